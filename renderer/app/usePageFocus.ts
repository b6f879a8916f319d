import { useEffect, useRef } from 'react';

/**
 * After moving to another page, puts focus on its h1 so screen-reader and keyboard users start at the top
 * of the new content (a single-page app gets no page load to do that). Not on first load.
 */
export function usePageFocus(pageKey: string, skip: boolean): void {
  const shown = useRef(pageKey);
  useEffect(() => {
    if (shown.current === pageKey) return;
    shown.current = pageKey;
    if (skip) return;
    const frame = requestAnimationFrame(() => {
      document.querySelector<HTMLElement>('main h1')?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pageKey, skip]);
}
