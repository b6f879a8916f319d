import { processIo } from './processIo';
import { runCli } from './run';

export { runCli };

/** Resolves when everything written to `stream` so far has been handed to the system (pipes write later). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

/** Runs one command line and ends the process with its exit code. */
export async function main(argv: string[]): Promise<never> {
  const code = await runCli(argv, processIo());
  // Every command awaits its own work (files written, locks released, `serve` until it is stopped), so once the
  // output is out there is nothing left to wait for. Leaving Node to wind down by itself took a tenth of a short
  // command's time (the collector finishing work nobody needs any more).
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}
