import type { Handlers } from '../handler';
import { appHandlers } from './app';
import { fileHandlers } from './files';
import { libraryHandlers } from './library';
import { packageHandlers } from './package';
import { planHandlers } from './plan';
import { workshopHandlers } from './workshop';

/** One handler per contract method; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...fileHandlers,
  ...planHandlers,
  ...libraryHandlers,
  ...packageHandlers,
  ...workshopHandlers,
};
