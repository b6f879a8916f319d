import { readFile } from 'node:fs/promises';
import { planForMunicipality } from '../../../core/municipalities/scope';
import type { Plan } from '../../../core/schema/plan';
import { planCalendarFile } from '../../export/ics/planCalendar';
import { ApiError } from '../apiError';
import type { ApiContext } from '../context';
import type { Handlers } from '../handler';
import { checkedPlanText } from './checkedPlanText';

/** The plan an export reads: the open document, or a plan file read (not opened: no lock, no backup). */
async function exportSource(ctx: ApiContext, input: { docId?: string; path?: string }): Promise<Plan> {
  if (input.docId !== undefined) return ctx.documents.get(input.docId).plan;
  const path = await ctx.resolvePlanPath(input.path ?? '');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ApiError({ code: 'not-found', message: `Fant ikke planfilen ${path}.`, path });
  }
  // The command line's privacy warning has read the same file just before.
  const result = checkedPlanText(text);
  if (!result.ok) {
    throw new ApiError({
      code: 'invalid-plan-file',
      message: `${path} er ikke en gyldig planfil. Rett feilene og prøv igjen.`,
      problems: result.problems,
      path,
    });
  }
  return result.file.plan;
}

/** Noon on `day` (`YYYY-MM-DD`), local time: a `--today` given on the command line. */
export function dayAt(day: string): Date {
  return new Date(`${day}T12:00:00`);
}

export const wheelHandlers: Handlers<'wheel.holidays' | 'wheel.exportImage' | 'wheel.exportCalendar'> = {
  'wheel.holidays': async (input) => {
    const { norwegianPublicHolidays } = await import('../../export/wheel/holidays');
    return norwegianPublicHolidays(input.fromYear, input.toYear);
  },
  'wheel.exportImage': async (input, ctx) => {
    const whole = await exportSource(ctx, input);
    const plan = input.municipality ? planForMunicipality(whole, input.municipality) : whole;
    const { fromYear, toYear } = plan.period;
    const now = input.today ? dayAt(input.today) : ctx.now();
    if (input.year !== undefined && (input.year < fromYear || input.year > toYear)) {
      throw new ApiError({
        code: 'invalid-input',
        message: `${input.year} er utenfor planperioden ${fromYear}–${toYear}. Velg et år i planperioden.`,
      });
    }
    const { wheelImageFile } = await import('../../export/wheel/wheelImage');
    const file = wheelImageFile(plan, {
      year: input.fourYear ? null : (input.year ?? fromYear),
      format: input.format,
      language: input.language ?? plan.language,
      now,
      ...(input.rings ? { rings: input.rings } : {}),
      ...(input.ownerUnitId ? { ownerUnitId: input.ownerUnitId } : {}),
    });
    return ctx.files.deliver(file, input.out);
  },
  'wheel.exportCalendar': async (input, ctx) => {
    const whole = await exportSource(ctx, input);
    const plan = input.municipality ? planForMunicipality(whole, input.municipality) : whole;
    const file = planCalendarFile(plan, {
      now: input.today ? dayAt(input.today) : ctx.now(),
      language: input.language ?? plan.language,
      version: ctx.version,
    });
    return ctx.files.deliver(file, input.out);
  },
};
