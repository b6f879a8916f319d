import { processIo } from './cli/processIo';
import { runCli } from './cli/run';

process.exitCode = await runCli(process.argv.slice(2), processIo());
