import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PackagePreview } from '../../contract/methods/package';
import { op } from '../../core/operations/registry';
import { newStep } from '../../core/operations/step';
import { buildPlanPackage, PACKAGE_FILE_EXTENSION, readPlanPackage } from '../../core/package/packageFile';
import { diffPlans } from '../../core/package/planDiff';
import type { Plan } from '../../core/schema/plan';
import type { PlanFile } from '../../core/schema/planFile';
import { wrapPlanFile } from '../../core/schema/planFile';
import { checkPlanFileText, describeProblems } from '../../core/validation';
import type { OutgoingFile } from '../export/outgoingFile';
import { currentUser } from '../store/currentUser';
import { backupsDir, planFileStem, plansDir, slugify, uniquePlanPath } from '../store/paths';
import { PlanBackups } from '../store/planBackups';
import { listPlanFiles } from '../store/planFiles';
import { LibraryError } from './libraryError';
import type { LibraryHost } from './libraryHost';

/** As many backups per plan as the store keeps. */
const KEEP_BACKUPS = 20;

/** The package file of a plan, ready to hand to the user. */
export function packageFileOf(ctx: LibraryHost, plan: Plan, sourcePath: string): OutgoingFile {
  const pkg = buildPlanPackage(wrapPlanFile(plan), {
    exportedAt: ctx.now().toISOString(),
    exportedBy: currentUser(),
    appVersion: ctx.version,
    source: { path: sourcePath, fileName: basename(sourcePath) },
  });
  return {
    fileName: `${slugify(planFileStem(sourcePath))}${PACKAGE_FILE_EXTENSION}`,
    bytes: new TextEncoder().encode(JSON.stringify(pkg, null, 2)),
    mimeType: 'application/json',
    filter: { name: 'Planpakke', extensions: ['planhjulpakke.json'] },
  };
}

/** Reads a valid plan file or throws the error the user sees. */
export async function readPlanAt(path: string): Promise<PlanFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new LibraryError({ code: 'not-found', message: `Fant ikke planen ${path}.`, path });
  }
  const check = checkPlanFileText(text);
  if (!check.ok) {
    throw new LibraryError({
      code: 'invalid-plan-file',
      message: `«${basename(path)}» er ikke en gyldig plan:\n${describeProblems(check.problems, 3)}`,
      problems: check.problems,
      path,
    });
  }
  return check.file;
}

/** The package's plan, or the error that says why the package cannot be used. */
export function openPackage(fileName: string, text: string) {
  const read = readPlanPackage(text);
  if (!read.ok) {
    throw new LibraryError({
      code: 'invalid-input',
      message: `«${basename(fileName)}» kan ikke importeres. Filen er ikke endret.\n${describeProblems(read.problems, 3)}`,
      problems: read.problems,
    });
  }
  return read;
}

/**
 * Plan files here that hold the plan with `planId`, newest first: in the data folder's plans, the library
 * folder shown, and the recently opened plans this host may open.
 */
export async function findPlansWithId(
  ctx: LibraryHost,
  planId: string,
  folder?: string,
): Promise<{ path: string; plan: Plan }[]> {
  const candidates = new Set<string>();
  for (const dir of [plansDir(ctx.dataDir), ...(folder ? [folder] : [])]) {
    for (const file of await listPlanFiles(dir)) candidates.add(file.path);
  }
  for (const recent of await ctx.settings.listRecent()) if (recent.exists) candidates.add(recent.path);
  const found: { path: string; plan: Plan }[] = [];
  for (const candidate of candidates) {
    let path: string;
    try {
      path = await ctx.resolvePlanPath(candidate);
    } catch {
      continue; // not a place this host may read (browser mode outside its data folder)
    }
    const check = checkPlanFileText(await readFile(path, 'utf8').catch(() => ''));
    if (check.ok && check.file.plan.id === planId) found.push({ path, plan: check.file.plan });
  }
  return found.sort((a, b) => b.plan.updatedAt.localeCompare(a.plan.updatedAt));
}

export async function previewPackage(
  ctx: LibraryHost,
  input: { fileName: string; text: string; folder?: string },
): Promise<PackagePreview> {
  const read = openPackage(input.fileName, input.text);
  const plan = read.planFile.plan;
  const [existing] = await findPlansWithId(ctx, plan.id, input.folder);
  return {
    fileName: basename(input.fileName),
    meta: read.meta,
    plan: {
      planId: plan.id,
      title: plan.title,
      municipality: plan.municipality.name,
      fromYear: plan.period.fromYear,
      toYear: plan.period.toYear,
      lifecycle: plan.lifecycle,
      measureCount: plan.measures.length,
      updatedAt: plan.updatedAt,
    },
    migratedFrom: read.migratedFrom,
    existing: existing
      ? {
          path: existing.path,
          title: existing.plan.title,
          updatedAt: existing.plan.updatedAt,
          packageIsNewer: plan.updatedAt > existing.plan.updatedAt,
        }
      : null,
    diff: existing ? diffPlans(existing.plan, plan) : null,
  };
}

/** Imports a package: as a new plan file, or over the plan with the same id at `path` after backing it up. */
export async function importPackage(
  ctx: LibraryHost,
  input: { fileName: string; text: string; mode: 'new' | 'replace'; path?: string },
): Promise<{ path: string; replaced: boolean; backupId: string | null }> {
  const read = openPackage(input.fileName, input.text);
  const incoming = read.planFile.plan;
  if (input.mode === 'new') {
    const path = input.path
      ? await ctx.resolvePlanPath(input.path)
      : await uniquePlanPath(plansDir(ctx.dataDir), incoming.title);
    const doc = await ctx.documents.create(path, incoming);
    await ctx.documents.close(doc.docId);
    return { path: doc.path, replaced: false, backupId: null };
  }
  const path = await ctx.resolvePlanPath(input.path ?? '');
  const existing = await readPlanAt(path);
  if (existing.plan.id !== incoming.id) {
    throw new LibraryError({
      code: 'operation',
      message: `Pakken inneholder en annen plan enn «${existing.plan.title}». Importer den som en ny plan i stedet.`,
      path,
    });
  }
  const doc = await ctx.documents.open(path);
  if (doc.readOnly) {
    await ctx.documents.close(doc.docId);
    throw new LibraryError({
      code: 'read-only',
      message: `Planen kan ikke erstattes nå. ${doc.readOnlyReason ?? ''} Lukk planen og prøv igjen.`.trim(),
      path,
    });
  }
  try {
    // A copy of exactly what is replaced, even if this session wrote the plan before (and so has no fresh backup).
    const backupId = await new PlanBackups(backupsDir(ctx.dataDir), KEEP_BACKUPS).add(
      path,
      await readFile(path),
      ctx.now(),
    );
    ctx.documents.applyOwn(doc.docId, newStep([op('plan.replace', { plan: incoming })], ctx.now()));
    await ctx.documents.close(doc.docId);
    return { path, replaced: true, backupId };
  } catch (error) {
    await ctx.documents.close(doc.docId).catch(() => undefined);
    throw error;
  }
}
