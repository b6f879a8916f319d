import { hostname, userInfo } from 'node:os';

/** Who is exporting, for a package's «exported by». */
export function currentUser(): { user: string; host: string } {
  let user = 'ukjent';
  try {
    user = userInfo().username;
  } catch {
    // Some sandboxes have no passwd entry.
  }
  return { user, host: hostname() };
}
