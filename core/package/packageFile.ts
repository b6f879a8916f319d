import * as z from 'zod';
import { IsoDateTime, ShortText } from '../schema/common';
import type { PlanFile } from '../schema/planFile';
import { checkPlanFileData, type Problem, problemsFromZod } from '../validation';

/**
 * A plan package: one file to send a plan to a municipality (or back to the adviser). It holds the plan file
 * as it was, plus who exported it, when and from where. The plan inside is validated (and migrated) like any
 * plan file when the package is read.
 */
export const PACKAGE_FORMAT = 'planhjulet-pakke';
export const PACKAGE_VERSION = 1;
export const PACKAGE_FILE_EXTENSION = '.planhjulpakke.json';

export const PackageMeta = z.object({
  exportedAt: IsoDateTime,
  exportedBy: z.object({ user: ShortText, host: ShortText }),
  /** Planhjulet's version that wrote the package. */
  appVersion: z.string().max(50),
  source: z.object({ path: z.string().max(4000), fileName: z.string().max(500) }),
});
export type PackageMeta = z.infer<typeof PackageMeta>;

/** Checked first and alone, so a file that is no package at all gets one clear sentence, not a list. */
const PackageKind = z.object({
  format: z.literal(PACKAGE_FORMAT, {
    error: 'Filen er ikke en planpakke fra Planhjulet (feltet «format» mangler eller er feil)',
  }),
});
const PackageVersion = z.object({
  packageVersion: z.literal(PACKAGE_VERSION, {
    error: 'Planpakken er laget med en annen versjon av Planhjulet. Oppdater programmet og prøv igjen.',
  }),
});
const PackageEnvelope = PackageMeta.extend({
  ...PackageKind.shape,
  ...PackageVersion.shape,
  planFile: z.unknown(),
});

export interface PlanPackage extends PackageMeta {
  format: typeof PACKAGE_FORMAT;
  packageVersion: typeof PACKAGE_VERSION;
  planFile: PlanFile;
}

export function buildPlanPackage(planFile: PlanFile, meta: PackageMeta): PlanPackage {
  return { format: PACKAGE_FORMAT, packageVersion: PACKAGE_VERSION, ...PackageMeta.parse(meta), planFile };
}

export type PackageCheck =
  | { ok: true; meta: PackageMeta; planFile: PlanFile; migratedFrom: number | null }
  | { ok: false; problems: Problem[] };

/** Reads a package's text: its envelope, then the plan inside (migrated and validated). Never throws. */
export function readPlanPackage(text: string): PackageCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = text.trim() ? `Filen er ikke gyldig JSON (${reason}).` : 'Filen er tom.';
    return { ok: false, problems: [{ path: '', message }] };
  }
  for (const stage of [PackageKind, PackageVersion]) {
    const checked = stage.safeParse(raw);
    if (!checked.success) return { ok: false, problems: problemsFromZod(checked.error) };
  }
  const envelope = PackageEnvelope.safeParse(raw);
  if (!envelope.success) return { ok: false, problems: problemsFromZod(envelope.error) };
  const { planFile, format: _format, packageVersion: _version, ...meta } = envelope.data;
  const check = checkPlanFileData(planFile);
  if (!check.ok) {
    return {
      ok: false,
      problems: check.problems.map((p) => ({
        path: p.path ? `planFile.${p.path}` : 'planFile',
        message: p.message,
      })),
    };
  }
  if (check.newer) {
    // Imported, the plan is written as this version understands it: what it does not know would be gone.
    return {
      ok: false,
      // The reason once, with the first field; the others are only named.
      problems: check.newer.unknownFields.map((field, index) => ({
        path: `planFile.${field}`,
        message:
          index === 0
            ? 'Pakken er laget med en nyere versjon av Planhjulet, og planen har felt denne versjonen ikke kjenner. ' +
              'De ville gått tapt ved import. Oppdater Planhjulet og importer pakken på nytt.'
            : 'Også et felt denne versjonen ikke kjenner.',
      })),
    };
  }
  return { ok: true, meta, planFile: check.file, migratedFrom: check.migratedFrom };
}
