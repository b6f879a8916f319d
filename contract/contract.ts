import type { z } from 'zod';
import { anchoringMethods } from './methods/anchoring';
import { appMethods } from './methods/app';
import { draftingMethods } from './methods/drafting';
import { editMethods } from './methods/edits';
import { evaluationMethods } from './methods/evaluation';
import { exportMethods } from './methods/exports';
import { fileMethods } from './methods/files';
import { followupMethods } from './methods/followup';
import { libraryMethods } from './methods/library';
import { packageMethods } from './methods/package';
import { planMethods } from './methods/plan';
import { reminderMethods } from './methods/reminders';
import { wheelMethods } from './methods/wheel';
import { workshopMethods } from './methods/workshop';

/**
 * The one API contract: every method the renderer, the browser mode and the CLI can call, each with a zod
 * schema for its input and output. Features add their own table in `methods/` and spread it in here.
 */
export const contract = {
  ...appMethods,
  ...draftingMethods,
  ...editMethods,
  ...exportMethods,
  ...fileMethods,
  ...planMethods,
  ...wheelMethods,
  ...followupMethods,
  ...libraryMethods,
  ...packageMethods,
  ...workshopMethods,
  ...evaluationMethods,
  ...reminderMethods,
  ...anchoringMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Contract[M]['output']>;
