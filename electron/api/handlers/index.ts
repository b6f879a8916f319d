import type { Handlers } from '../handler';
import { anchoringHandlers } from './anchoring';
import { appHandlers } from './app';
import { draftingHandlers } from './drafting';
import { evaluationHandlers } from './evaluation';
import { exportHandlers } from './exports';
import { fileHandlers } from './files';
import { followupHandlers } from './followup';
import { libraryHandlers } from './library';
import { packageHandlers } from './package';
import { planHandlers } from './plan';
import { reminderHandlers } from './reminders';
import { wheelHandlers } from './wheel';
import { workshopHandlers } from './workshop';

/** One handler per contract method; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...draftingHandlers,
  ...exportHandlers,
  ...fileHandlers,
  ...planHandlers,
  ...wheelHandlers,
  ...followupHandlers,
  ...libraryHandlers,
  ...packageHandlers,
  ...workshopHandlers,
  ...evaluationHandlers,
  ...reminderHandlers,
  ...anchoringHandlers,
};
