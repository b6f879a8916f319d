/**
 * Puts keyboard focus on an idea card after the board has re-rendered (a card that changes group is a new
 * element in another column), or on `fallback` when the card is gone.
 */
export function focusIdeaSoon(id: string | null, fallback?: () => HTMLElement | null): void {
  requestAnimationFrame(() => {
    const card = id ? document.querySelector<HTMLElement>(`[data-idea-id="${CSS.escape(id)}"]`) : null;
    (card ?? fallback?.())?.focus();
  });
}

/** The idea cards of the board in reading order. */
export function ideaCards(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-idea-id]')];
}
