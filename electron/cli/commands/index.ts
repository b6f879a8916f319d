import type { CliCommand } from '../command';
import { exportCommand } from './export';
import { newCommand } from './new';
import { serveCommand } from './serve';
import { statusCommand } from './status';
import { validateCommand } from './validate';

/** Every CLI command; later features add theirs here. */
export const commands: readonly CliCommand[] = [
  newCommand,
  validateCommand,
  serveCommand,
  statusCommand,
  exportCommand,
];
