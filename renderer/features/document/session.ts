/**
 * The plan open in this tab (its path and the backend's document id), kept for the tab's lifetime so that
 * reloading the page (browser mode) can close the old document, which still holds the plan's lock, and
 * open the same plan again instead of dropping the user on the start page.
 */
const KEY = 'planhjulet.openPlan';

export interface RememberedPlan {
  path: string;
  docId: string;
}

export function rememberOpenPlan(plan: RememberedPlan): void {
  sessionStorage.setItem(KEY, JSON.stringify(plan));
}

export function forgetOpenPlan(): void {
  sessionStorage.removeItem(KEY);
}

export function lastOpenPlan(): RememberedPlan | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (
      typeof value === 'object' &&
      value !== null &&
      'path' in value &&
      'docId' in value &&
      typeof value.path === 'string' &&
      typeof value.docId === 'string'
    ) {
      return { path: value.path, docId: value.docId };
    }
  } catch {
    // Not ours or damaged: treat as nothing remembered.
  }
  return null;
}
