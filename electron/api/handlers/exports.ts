import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { format } from 'date-fns/format';
import type { ExportSource } from '../../../contract/methods/exports';
import { periodLabel } from '../../../core/labels/domainLabels';
import { requireMunicipality } from '../../../core/municipalities/municipalities';
import { planForMunicipality } from '../../../core/municipalities/scope';
import { findPeriod, reportingPeriods } from '../../../core/reporting/periods';
import type { Plan } from '../../../core/schema/plan';
import { describeProblems } from '../../../core/validation';
import { safeFileName, yearSpan } from '../../export/docx/format';
import { type DocumentLanguage, documentLanguageOf } from '../../export/docx/labels';
import { cacheDir } from '../../store/paths';
import { BUILD_ID } from '../../version';
import { ApiError } from '../apiError';
import type { ApiContext } from '../context';
import type { OutgoingFile } from '../delivery';
import type { Handlers } from '../handler';
import { checkedPlanText } from './checkedPlanText';

const WORD = {
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  filter: { name: 'Word-dokument', extensions: ['docx'] },
};

/** The open plan's current content, or a plan file read (and migrated) without opening or locking it. */
export async function planFrom(source: ExportSource, ctx: ApiContext): Promise<Plan> {
  if ('docId' in source) return ctx.documents.get(source.docId).plan;
  const path = await ctx.resolvePlanPath(source.path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ApiError({ code: 'not-found', message: `Fant ikke planfilen ${path}.`, path });
  }
  const check = checkedPlanText(text);
  if (!check.ok) {
    throw new ApiError({
      code: 'invalid-plan-file',
      message: `«${basename(path)}» er ikke en gyldig plan, så den kan ikke eksporteres. Rett feilene og prøv igjen:\n${describeProblems(check.problems)}`,
      problems: check.problems,
      path,
    });
  }
  return check.file.plan;
}

/** Pictures (wheels, charts) of earlier exports, by a hash of their drawing. */
const pictureCacheDir = (dataDir: string) => join(cacheDir(dataDir), 'wheel');

function languageOf(plan: Plan, requested: DocumentLanguage | undefined): DocumentLanguage {
  return requested ?? documentLanguageOf(plan);
}

function today(ctx: ApiContext): string {
  return format(ctx.now(), 'yyyy-MM-dd');
}

export function wordFile(name: string, bytes: Uint8Array): OutgoingFile {
  return { fileName: safeFileName(name, 'docx'), bytes, ...WORD };
}

export const exportHandlers: Handlers<
  'export.plan' | 'export.report' | 'export.supervision' | 'export.capabilities'
> = {
  'export.plan': async (input, ctx) => {
    ctx.files.checkOutPath?.(input.outPath);
    const plan = await planFrom(input.source, ctx);
    const language = languageOf(plan, input.language);
    const { planDocument } = await import('../../export/docx/planDocument');
    const { fourYearFigure, wheelFigure } = await import('../../export/wheel/wheelFigure');
    const pictures = { cacheDir: pictureCacheDir(ctx.dataDir), buildId: BUILD_ID };
    const wheelPng = input.includeWheel ? await wheelFigure(plan, language, ctx.now(), pictures) : undefined;
    const fourYearPng = input.includeWheel
      ? await fourYearFigure(plan, language, ctx.now(), pictures)
      : undefined;
    const bytes = await planDocument(plan, { language, today: today(ctx), wheelPng, fourYearPng });
    const name = `${plan.title} ${yearSpan(plan.period.fromYear, plan.period.toYear)}`;
    return ctx.files.deliver(wordFile(name, bytes), input.outPath);
  },
  'export.report': async (input, ctx) => {
    // Refused before anything is drawn: the status chart is kept in the picture cache.
    ctx.files.checkOutPath?.(input.outPath);
    const plan = await planFrom(input.source, ctx);
    const period = findPeriod(plan, input.periodId);
    if (!period) {
      const valid = reportingPeriods(plan).map((p) => p.id);
      throw new ApiError({
        code: 'invalid-input',
        message: `Planen har ingen rapporteringsperiode «${input.periodId}». Gyldige perioder er ${valid.join(', ')}.`,
      });
    }
    const language = languageOf(plan, input.language);
    const scoped = input.municipality ? planForMunicipality(plan, input.municipality) : plan;
    const scopedPeriod = findPeriod(scoped, input.periodId) ?? period;
    const { progressReport } = await import('../../export/docx/progressReport');
    const bytes = await progressReport(scoped, scopedPeriod, {
      language,
      variant: input.variant,
      today: today(ctx),
      pictureCacheDir: pictureCacheDir(ctx.dataDir),
    });
    const variant = input.variant === 'political' ? ' (politisk sammendrag)' : '';
    const where = input.municipality ? ` ${scoped.municipality.name}` : '';
    const name = `Framdriftsrapport ${periodLabel(period.id, language)}${variant}${where} – ${plan.title}`;
    return ctx.files.deliver(wordFile(name, bytes), input.outPath);
  },
  'export.supervision': async (input, ctx) => {
    const plan = await planFrom(input.source, ctx);
    const municipality = requireMunicipality(plan, input.municipality);
    const language = languageOf(plan, input.language);
    const { supervisionPack } = await import('../../export/docx/supervisionPack');
    const bytes = await supervisionPack(plan, municipality.name, { language, today: today(ctx) });
    const title = language === 'nn' ? 'Tilsynsmappe krisesentertilbodet' : 'Tilsynsmappe krisesentertilbudet';
    return ctx.files.deliver(wordFile(`${title} ${municipality.name}`, bytes), input.outPath);
  },
  'export.capabilities': () => ({ wheel: true }),
};
