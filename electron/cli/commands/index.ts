import type { CliCommand } from '../command';
import { adoptCommand } from './adopt';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { handoutCommand } from './handout';
import { importCommand } from './import';
import { libraryCommand } from './library';
import { newCommand } from './new';
import { packageCommand } from './package';
import { serveCommand } from './serve';
import { statusCommand } from './status';
import { validateCommand } from './validate';

/** Every CLI command; later features add theirs here. */
export const commands: readonly CliCommand[] = [
  newCommand,
  validateCommand,
  checkCommand,
  importCommand,
  adoptCommand,
  statusCommand,
  exportCommand,
  handoutCommand,
  libraryCommand,
  packageCommand,
  serveCommand,
];
