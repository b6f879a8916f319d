import type { Handlers } from '../handler';
import { appHandlers } from './app';
import { exportHandlers } from './exports';
import { fileHandlers } from './files';
import { planHandlers } from './plan';

/** One handler per contract method; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...exportHandlers,
  ...fileHandlers,
  ...planHandlers,
};
