import { useCallback, useEffect, useState } from 'react';

/**
 * The whole window in full screen (Fullscreen API) where the browser or app allows it. The workshop page hides
 * the app's header while full screen, so the projector shows only the workshop.
 */
export function useFullscreen(): { available: boolean; active: boolean; toggle(): Promise<void> } {
  const available = typeof document !== 'undefined' && document.fullscreenEnabled;
  const [active, setActive] = useState(
    () => typeof document !== 'undefined' && document.fullscreenElement !== null,
  );
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
    } catch {
      // Refused (no user gesture, policy): the page simply stays as it is.
    }
  }, []);
  return { available, active, toggle };
}
