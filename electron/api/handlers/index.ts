import type { Handlers } from '../handler';
import { appHandlers } from './app';
import { fileHandlers } from './files';
import { followupHandlers } from './followup';
import { planHandlers } from './plan';

/** One handler per contract method; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...fileHandlers,
  ...planHandlers,
  ...followupHandlers,
};
