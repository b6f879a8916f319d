/** Opens every closed <details> around `element`; true when one had to be opened. */
function openAround(element: HTMLElement): boolean {
  let opened = false;
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (parent instanceof HTMLDetailsElement && !parent.open) {
      parent.open = true;
      opened = true;
    }
  }
  return opened;
}

/**
 * Moves keyboard focus to the control named `field` (its `data-place`), opening any closed <details> around
 * it and scrolling it into view. The control may appear a few frames later (an editor that opens first, a
 * folded part that must render before it can take focus), so it keeps trying for a short while.
 * Resolves true when focused.
 */
export function focusField(field: string, attempts = 30): Promise<boolean> {
  return new Promise((resolve) => {
    const tryOnce = (left: number) => {
      const element = document.querySelector<HTMLElement>(`[data-place="${CSS.escape(field)}"]`);
      if (element && !openAround(element)) {
        element.scrollIntoView({ block: 'center' });
        element.focus({ preventScroll: true });
        if (document.activeElement === element) {
          resolve(true);
          return;
        }
      }
      if (left <= 0) {
        resolve(false);
        return;
      }
      requestAnimationFrame(() => tryOnce(left - 1));
    };
    tryOnce(attempts);
  });
}
