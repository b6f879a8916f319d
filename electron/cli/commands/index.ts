import type { CliCommand } from '../command';
import { adoptCommand } from './adopt';
import { checkCommand } from './check';
import { evaluateCommand } from './evaluate';
import { exportCommand } from './export';
import { handoutCommand } from './handout';
import { importCommand } from './import';
import { libraryCommand } from './library';
import { newCommand } from './new';
import { packageCommand } from './package';
import { reviseCommand } from './revise';
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
  evaluateCommand,
  reviseCommand,
  exportCommand,
  handoutCommand,
  libraryCommand,
  packageCommand,
  serveCommand,
];
