import { processIo } from './cli/processIo';
import { runCli } from './cli/run';

/** Resolves when everything written to `stream` so far has been handed to the system (pipes write later). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

const code = await runCli(process.argv.slice(2), processIo());
// Every command awaits its own work (files written, locks released, `serve` until it is stopped), so once the
// output is out there is nothing left to wait for. Leaving Node to wind down by itself took a tenth of a short
// command's time (the collector finishing work nobody needs any more).
await Promise.all([drained(process.stdout), drained(process.stderr)]);
process.exit(code);
