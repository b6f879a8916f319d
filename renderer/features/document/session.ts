/**
 * The path of the plan open in this window, kept for the tab's lifetime so that reloading the page
 * (browser mode) opens the same plan again instead of dropping the user on the start page.
 */
const KEY = 'planhjulet.openPlanPath';

export function rememberOpenPlan(path: string): void {
  sessionStorage.setItem(KEY, path);
}

export function forgetOpenPlan(): void {
  sessionStorage.removeItem(KEY);
}

export function lastOpenPlan(): string | null {
  return sessionStorage.getItem(KEY);
}
