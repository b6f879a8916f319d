import { ApiError } from '../api/apiError';
import { LibraryError } from '../library/libraryError';
import { StoreError } from '../store/storeError';
import { type CliIo, UsageError } from './command';
import { commands } from './commands';
import { errorLines } from './errorLines';

async function help(io: CliIo): Promise<void> {
  io.out('Planhjulet – kommunal handlingsplan mot vold i nære relasjoner');
  io.out('');
  io.out('Bruk: planhjulet <kommando> [valg]');
  for (const load of Object.values(commands)) {
    const command = await load();
    io.out(`  ${command.usage.padEnd(60)} ${command.summary}`);
  }
}

/** Runs one CLI invocation and returns its exit code: 0 on success, 1 with a readable message otherwise. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await help(io);
    return name ? 0 : 1;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.err(`Ukjent kommando «${name}».`);
    await help(io);
    return 1;
  }
  const command = await load();
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      io.err(`Bruk: planhjulet ${command.usage}`);
    } else if (error instanceof ApiError || error instanceof StoreError || error instanceof LibraryError) {
      for (const line of errorLines(error.message, error.body.problems)) io.err(line);
    } else {
      io.err(`Uventet feil: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 1;
  }
}
