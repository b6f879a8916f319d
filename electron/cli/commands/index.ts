import type { CliCommand } from '../command';
import { handoutCommand } from './handout';
import { libraryCommand } from './library';
import { newCommand } from './new';
import { packageCommand } from './package';
import { serveCommand } from './serve';
import { validateCommand } from './validate';

/** Every CLI command; later features add theirs here. */
export const commands: readonly CliCommand[] = [
  newCommand,
  validateCommand,
  serveCommand,
  handoutCommand,
  libraryCommand,
  packageCommand,
];
