import * as z from 'zod';
import { Language } from '../../core/schema/common';
import { method } from '../define';

export const Settings = z.object({
  language: Language.default('nb'),
  recent: z
    .array(
      z.object({
        path: z.string(),
        title: z.string(),
        municipality: z.string().default(''),
        openedAt: z.string(),
      }),
    )
    .default([]),
  window: z
    .object({
      width: z.number().int().min(400).max(10000),
      height: z.number().int().min(300).max(10000),
      x: z.number().int().optional(),
      y: z.number().int().optional(),
      maximized: z.boolean().default(false),
    })
    .optional(),
  lastDirectory: z.string().optional(),
});
export type Settings = z.infer<typeof Settings>;

export const RecentPlan = z.object({
  path: z.string(),
  title: z.string(),
  municipality: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentPlan = z.infer<typeof RecentPlan>;

export const PlanFileEntry = z.object({
  path: z.string(),
  fileName: z.string(),
  modifiedAt: z.string(),
});

const Empty = z.object({}).strict();

export const appMethods = {
  'app.info': method(
    Empty,
    z.object({
      mode: z.enum(['electron', 'web', 'cli']),
      version: z.string(),
      dataDir: z.string(),
      nativeDialogs: z.boolean(),
    }),
  ),
  'settings.get': method(Empty, Settings),
  'settings.update': method(z.object({ language: Language.optional() }).strict(), Settings),
  'recent.list': method(Empty, z.array(RecentPlan)),
  'recent.remove': method(z.object({ path: z.string().min(1) }).strict(), z.array(RecentPlan)),
  /** Plan files in the data folder (browser mode has no native file dialog). */
  'files.list': method(Empty, z.array(PlanFileEntry)),
  /** Native dialogs; `null` when the user cancels or where there are none (browser mode). */
  'dialog.openPlan': method(Empty, z.object({ path: z.string().nullable() })),
  'dialog.savePlanAs': method(
    z.object({ suggestedName: z.string().max(200) }).strict(),
    z.object({ path: z.string().nullable() }),
  ),
};
