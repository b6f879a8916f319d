import { execFile } from 'node:child_process';
import { chmod } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Makes `dir` a folder nobody can write in, as a read-only share would be. An administrator writes anywhere
 * whatever the mode says, so as root the folder is made immutable instead (`chattr +i`).
 */
export async function makeFolderReadOnly(dir: string): Promise<void> {
  if (isRoot()) await run('chattr', ['+i', dir]);
  else await chmod(dir, 0o555);
}

export async function makeFolderWritable(dir: string): Promise<void> {
  if (isRoot()) await run('chattr', ['-i', dir]);
  else await chmod(dir, 0o755);
}
