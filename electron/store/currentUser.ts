import { hostname, userInfo } from 'node:os';

/** Who runs this program: the OS user («ukjent» where a sandbox has none) and the machine, for locks,
 * conflict copies and a package's «exported by». */
export function currentUser(): { user: string; host: string } {
  let user = 'ukjent';
  try {
    user = userInfo().username;
  } catch {
    // Some sandboxes have no passwd entry.
  }
  return { user, host: hostname() };
}
