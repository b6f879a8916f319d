import * as z from 'zod';
import { LIFECYCLE_STATES } from '../../core/lifecycle/state';
import { IsoDate, Year } from '../../core/schema/common';
import { Lifecycle } from '../../core/schema/plan';
import { DocId, FilePath } from '../common';
import { method } from '../define';
import { LockInfo } from '../lockInfo';

/** What the library shows about a valid plan file. */
export const LibraryPlanSummary = z.object({
  planId: z.string(),
  title: z.string(),
  municipality: z.string(),
  municipalityNumber: z.string().nullable(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  lifecycle: Lifecycle,
  /** The lifecycle on the day the library was listed (derived from the dates, never stored). */
  lifecycleState: z.enum(LIFECYCLE_STATES),
  /** Days left of the plan period on that day (0 on its last day, negative after it). */
  daysLeft: z.number().int(),
  /** Never adopted though its period has begun, or run out: the library's first filter. */
  expiredOrNotAdopted: z.boolean(),
  /** In force (or under revision) in its last 12 months: the library's second filter. */
  expiresWithinYear: z.boolean(),
  measureCount: z.number().int(),
  withOwnerAndDeadline: z.number().int(),
  /** Per cent of measures with both an owner and a deadline; null for a plan without measures. */
  ownerAndDeadlineShare: z.number().int().min(0).max(100).nullable(),
  /** The newest reporting period with a status report (`2027-T2`), or null. */
  lastStatusPeriod: z.string().nullable(),
  /** Plan-quality score 0–100. */
  score: z.number().min(0).max(100),
  updatedAt: z.string(),
  /** All the plan's municipalities, host first (an inter-municipal plan is shelved under each). */
  municipalities: z.array(z.string()).optional(),
  /** The crisis centre the plan's municipalities share, from its profile. */
  crisisCentre: z
    .object({
      name: z.string(),
      catchment: z.array(z.string()),
      duties: z.array(
        z.object({ municipality: z.string(), contact: z.boolean(), internalControl: z.boolean() }),
      ),
    })
    .nullable()
    .optional(),
});
export type LibraryPlanSummary = z.infer<typeof LibraryPlanSummary>;

/** One plan file in the library folder: valid (with its summary) or not (with why), locked or not. */
export const LibraryEntry = z.object({
  path: z.string(),
  fileName: z.string(),
  modifiedAt: z.string(),
  sizeBytes: z.number().int(),
  /** Who has the plan open, when a lock file lies beside it. */
  lock: LockInfo.nullable(),
  /** Set for a file written by an older Planhjulet (it opens, and is upgraded on the next save). */
  olderSchemaVersion: z.number().int().nullable(),
  summary: LibraryPlanSummary.nullable(),
  /** Why the file cannot be opened; empty for a valid plan. */
  problems: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type LibraryEntry = z.infer<typeof LibraryEntry>;

export const PlanOutline = z.object({
  title: z.string(),
  municipality: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  focusAreas: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      title: z.string(),
      measures: z.array(z.object({ id: z.string(), number: z.string(), title: z.string() })),
    }),
  ),
});
export type PlanOutline = z.infer<typeof PlanOutline>;

export const CopyPlanRequest = z
  .object({
    sourcePath: FilePath,
    title: z.string().trim().min(1, 'Skriv en tittel').max(500),
    municipality: z.string().trim().min(1, 'Skriv kommunens navn').max(200),
    municipalityNumber: z
      .string()
      .regex(/^\d{4}$/, 'Kommunenummer har fire sifre')
      .optional(),
    fromYear: Year,
    toYear: Year,
    focusAreaIds: z.array(DocId).max(500).optional(),
    measureIds: z.array(DocId).max(5000).optional(),
    /** Where to write the copy; beside the source plan, named after the title, when absent. */
    path: FilePath.optional(),
  })
  .strict()
  .refine((r) => r.toYear >= r.fromYear, {
    message: 'Planperioden slutter før den begynner',
    path: ['toYear'],
  });

export const libraryMethods = {
  /**
   * The plan files of a folder (the data folder's plans when absent; browser mode allows only that one).
   * Only reads: no file in the folder is ever changed by listing it.
   */
  'library.list': method(
    z.object({ folder: FilePath.optional(), today: IsoDate.optional() }).strict(),
    z.object({ folder: z.string(), today: IsoDate, entries: z.array(LibraryEntry) }),
  ),
  /** Lets the user pick the library folder (desktop app); null when cancelled or not possible here. */
  'library.chooseFolder': method(z.object({}).strict(), z.object({ folder: z.string().nullable() })),
  /** Focus areas and measures of a plan file, to choose what to copy. */
  'library.outline': method(z.object({ path: FilePath }).strict(), PlanOutline),
  /** Writes a new plan for another municipality from a plan (or chosen parts); the source is only read. */
  'library.copy': method(CopyPlanRequest, z.object({ path: z.string(), title: z.string() })),
};
