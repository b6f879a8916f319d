import { useEffect, useState } from 'react';

/**
 * The committee-meeting layout: the whole window for the leadership view, larger type, no app header with
 * its editing controls. Marked on <html> so the page's CSS can widen everything; Escape leaves it.
 */
export function usePresentationMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(false);
  useEffect(() => {
    if (!on) return;
    const root = document.documentElement;
    root.dataset.presentation = '';
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !document.querySelector('dialog[open]')) setOn(false);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      delete root.dataset.presentation;
      window.removeEventListener('keydown', onKey);
    };
  }, [on]);
  return [on, setOn];
}
