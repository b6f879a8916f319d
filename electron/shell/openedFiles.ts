import { isAbsolute, resolve } from 'node:path';

const PLAN = /\.planhjul\.json$/i;
const PACKAGE = /\.planhjulpakke\.json$/i;

export const isPackageFile = (path: string) => PACKAGE.test(path);

/**
 * The plan files and plan packages among the arguments the system started the app with (a double-click, «Open
 * with», a second start while the app runs), made absolute against the folder they were given in. Flags and
 * everything else Electron or the system adds (`--…`, `-psn_…`, the app's own path) are left out.
 */
export function openableFiles(args: readonly string[], workingDirectory: string): string[] {
  return args
    .filter((arg) => !arg.startsWith('-') && (PLAN.test(arg) || PACKAGE.test(arg)))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
}
