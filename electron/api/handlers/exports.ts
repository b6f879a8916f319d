import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { format } from 'date-fns';
import type { ExportSource } from '../../../contract/methods/exports';
import { periodLabel } from '../../../core/labels/domainLabels';
import { findPeriod, reportingPeriods } from '../../../core/reporting/periods';
import type { Plan } from '../../../core/schema/plan';
import { checkPlanFileText, describeProblems } from '../../../core/validation';
import { safeFileName, yearSpan } from '../../export/docx/format';
import type { DocumentLanguage } from '../../export/docx/labels';
import { ApiError } from '../apiError';
import type { ApiContext } from '../context';
import type { OutgoingFile } from '../delivery';
import type { Handlers } from '../handler';

const WORD = {
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  filter: { name: 'Word-dokument', extensions: ['docx'] },
};

/** The open plan's current content, or a plan file read (and migrated) without opening or locking it. */
export async function planFrom(source: ExportSource, ctx: ApiContext): Promise<Plan> {
  if ('docId' in source) return ctx.documents.get(source.docId).plan;
  const path = ctx.resolvePlanPath(source.path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ApiError({ code: 'not-found', message: `Fant ikke planfilen ${path}.`, path });
  }
  const check = checkPlanFileText(text);
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

function languageOf(plan: Plan, requested: DocumentLanguage | undefined): DocumentLanguage {
  return requested ?? (plan.language === 'nn' ? 'nn' : 'nb');
}

function today(ctx: ApiContext): string {
  return format(ctx.now(), 'yyyy-MM-dd');
}

export function wordFile(name: string, bytes: Uint8Array): OutgoingFile {
  return { fileName: safeFileName(name, 'docx'), bytes, ...WORD };
}

export const exportHandlers: Handlers<'export.plan' | 'export.report' | 'export.capabilities'> = {
  'export.plan': async (input, ctx) => {
    const plan = await planFrom(input.source, ctx);
    const language = languageOf(plan, input.language);
    const { planDocument } = await import('../../export/docx/planDocument');
    const { wheelFigure } = await import('../../export/wheel/wheelFigure');
    const wheelPng = input.includeWheel ? wheelFigure(plan, language, ctx.now()) : undefined;
    const bytes = await planDocument(plan, { language, today: today(ctx), wheelPng });
    const name = `${plan.title} ${yearSpan(plan.period.fromYear, plan.period.toYear)}`;
    return ctx.files.deliver(wordFile(name, bytes), input.outPath);
  },
  'export.report': async (input, ctx) => {
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
    const { progressReport } = await import('../../export/docx/progressReport');
    const bytes = await progressReport(plan, period, { language, variant: input.variant, today: today(ctx) });
    const variant = input.variant === 'political' ? ' (politisk sammendrag)' : '';
    const name = `Framdriftsrapport ${periodLabel(period.id, language)}${variant} – ${plan.title}`;
    return ctx.files.deliver(wordFile(name, bytes), input.outPath);
  },
  'export.capabilities': () => ({ wheel: true }),
};
