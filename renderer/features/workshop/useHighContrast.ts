import { useCallback, useState } from 'react';

const KEY = 'planhjulet.workshop.highContrast';

/** High contrast for the projector, remembered on this machine. */
export function useHighContrast(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    try {
      return localStorage.getItem(KEY) === 'on';
    } catch {
      return false;
    }
  });
  const change = useCallback((value: boolean) => {
    setOn(value);
    try {
      localStorage.setItem(KEY, value ? 'on' : 'off');
    } catch {
      // Not remembered; still applied now.
    }
  }, []);
  return [on, change];
}
