import { spawn } from 'node:child_process';
import type { CliIo } from './command';

/** Opens a URL in the system browser where there is one; says so when there isn't. */
export function openInBrowser(url: string, io: CliIo): void {
  const opener =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer.exe' : 'xdg-open';
  try {
    const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => io.err('Fant ingen nettleser å åpne. Åpne adressen over selv.'));
    child.unref();
  } catch {
    io.err('Fant ingen nettleser å åpne. Åpne adressen over selv.');
  }
}
