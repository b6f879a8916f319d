import * as z from 'zod';
import { PackageMeta } from '../../core/package/packageFile';
import { PlanDiff } from '../../core/package/planDiffSchema';
import { Lifecycle } from '../../core/schema/plan';
import { DocId, FilePath } from '../common';
import { method } from '../define';
import { FileDelivery, OutputPath } from './files';

/** A package's text as the page read it from the chosen file. */
const PackageText = z
  .string()
  .min(1, 'Filen er tom.')
  .max(20 * 1024 * 1024);

const PackagedPlan = z.object({
  planId: z.string(),
  title: z.string(),
  municipality: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  lifecycle: Lifecycle,
  measureCount: z.number().int(),
  updatedAt: z.string(),
});

/** A plan file that holds the same plan (same plan id) as the package. */
export const ExistingPlan = z.object({
  path: z.string(),
  title: z.string(),
  updatedAt: z.string(),
  /** True when the package's plan was saved later than this one. */
  packageIsNewer: z.boolean(),
});

export const PackagePreview = z.object({
  fileName: z.string(),
  meta: PackageMeta,
  plan: PackagedPlan,
  migratedFrom: z.number().nullable(),
  /** The plan already here with the same id (newest first), and what would change if it were replaced. */
  existing: ExistingPlan.nullable(),
  diff: PlanDiff.nullable(),
});
export type PackagePreview = z.infer<typeof PackagePreview>;

export const packageMethods = {
  /** A plan as one file to send: the plan file plus when, by whom and from where it was exported. */
  'package.export': method(
    z.union([
      z.object({ docId: DocId, out: OutputPath }).strict(),
      z.object({ path: FilePath, out: OutputPath }).strict(),
    ]),
    FileDelivery,
  ),
  /** Reads a package without writing anything: what it holds, and what would change in the plan already here. */
  'package.preview': method(
    z.object({ fileName: z.string().max(500), text: PackageText, folder: FilePath.optional() }).strict(),
    PackagePreview,
  ),
  /**
   * Imports a package as a new plan file, or replaces the plan at `path` (same plan id only) after a backup.
   * `path` for a new file is where to write it (the data folder's plans when absent).
   */
  'package.import': method(
    z
      .object({
        fileName: z.string().max(500),
        text: PackageText,
        mode: z.enum(['new', 'replace']),
        path: FilePath.optional(),
      })
      .strict()
      .refine((r) => r.mode === 'new' || r.path !== undefined, {
        message: 'Velg hvilken plan som skal erstattes',
        path: ['path'],
      }),
    z.object({ path: z.string(), replaced: z.boolean(), backupId: z.string().nullable() }),
  ),
};
