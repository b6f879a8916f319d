/**
 * Moves keyboard focus to the control named `field` (its `data-place`), opening any closed <details> around
 * it and scrolling it into view. The control may appear a few frames later (an editor that opens first), so
 * it tries for a short while. Resolves true when focused.
 */
export function focusField(field: string, attempts = 20): Promise<boolean> {
  return new Promise((resolve) => {
    const tryOnce = (left: number) => {
      const element = document.querySelector<HTMLElement>(`[data-place="${CSS.escape(field)}"]`);
      if (element) {
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          if (parent instanceof HTMLDetailsElement && !parent.open) parent.open = true;
        }
        element.scrollIntoView({ block: 'center' });
        element.focus({ preventScroll: true });
        resolve(document.activeElement === element);
        return;
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
