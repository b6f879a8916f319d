import { resolve } from 'node:path';
import { catchments, plansByMunicipality, shelfPlanOf } from '../../../core/crisisCentre/catchment';
import { periodLabel } from '../../../core/labels/domainLabels';
import { LIFECYCLE_STATE_LABELS } from '../../../core/lifecycle/labels';
import { call } from '../../api/dispatch';
import { parseCommandArgs, parseToday } from '../args';
import type { CliCommand } from '../command';
import { UsageError } from '../command';
import { withCliContext } from '../context';

/**
 * `library [DIR] [--json] [--today D]`: the plans of a folder with their lifecycle on `today` (the real date
 * when absent). `--json` gives each file's entry as the app gets it: lifecycle state and days left included.
 */
export const libraryCommand: CliCommand = {
  name: 'library',
  summary: 'Vis planene i en mappe (kommune, periode, livsløp, tiltak, eierskap, siste status, kvalitet)',
  usage: 'library [MAPPE] [--json] [--today ÅÅÅÅ-MM-DD] [--by municipality|catchment]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      data: { type: 'string' },
      json: { type: 'boolean' },
      today: { type: 'string' },
      by: { type: 'string' },
    });
    if (values.by !== undefined && values.by !== 'municipality' && values.by !== 'catchment') {
      throw new UsageError(
        `--by må være municipality (per kommune) eller catchment (per krisesenter), ikke «${values.by}».`,
      );
    }
    if (positionals.length > 1) throw new UsageError('Oppgi høyst én mappe.');
    const folder = positionals[0] ? resolve(positionals[0]) : undefined;
    const today = parseToday(values.today);
    const listed = await withCliContext(values.data, (ctx) =>
      call(ctx, 'library.list', { ...(folder ? { folder } : {}), ...(today ? { today } : {}) }),
    );
    if (values.json) {
      io.out(JSON.stringify(listed, null, 2));
      return 0;
    }
    const shelf = listed.entries.flatMap((e) => (e.summary ? [shelfPlanOf(e.summary)] : []));
    if (values.by === 'municipality') {
      io.out(`Planer per kommune i ${listed.folder}:`);
      for (const group of plansByMunicipality(shelf)) {
        io.out(`  ${group.municipality}: ${group.plans.map((p) => `«${p.title}»`).join(', ')}`);
      }
      return 0;
    }
    if (values.by === 'catchment') {
      io.out(`Planer per krisesenter i ${listed.folder}:`);
      const groups = catchments(shelf);
      if (groups.length === 0) io.out('  (ingen planer har en krisesenterprofil)');
      for (const group of groups) {
        io.out(`  ${group.crisisCentre}:`);
        for (const m of group.members) {
          const lacks = [
            ...(m.hasPlan ? [] : ['plan']),
            ...(m.contact === true ? [] : ['kontaktperson']),
            ...(m.internalControl === true ? [] : ['internkontroll']),
          ];
          const plans = m.plans.length > 0 ? ` («${m.plans.join('», «')}»)` : '';
          io.out(
            `    ${m.municipality}${plans}: ${lacks.length === 0 ? 'alt på plass' : `mangler ${lacks.join(', ')}`}`,
          );
        }
      }
      return 0;
    }
    io.out(`Planer i ${listed.folder} (per ${listed.today}):`);
    if (listed.entries.length === 0) io.out('  (ingen)');
    for (const entry of listed.entries) {
      const s = entry.summary;
      const lock = entry.lock ? ` [åpen hos ${entry.lock.user} på ${entry.lock.host}]` : '';
      if (!s) {
        io.out(`  ${entry.fileName}: kan ikke åpnes – ${entry.problems[0]?.message ?? 'ukjent feil'}${lock}`);
        continue;
      }
      const share = s.ownerAndDeadlineShare === null ? '–' : `${s.ownerAndDeadlineShare} %`;
      const status = s.lastStatusPeriod ? periodLabel(s.lastStatusPeriod) : 'ingen status';
      const left = s.daysLeft >= 0 && s.lifecycleState !== 'replaced' ? `, ${s.daysLeft} dager igjen` : '';
      const state = `${LIFECYCLE_STATE_LABELS[s.lifecycleState].nb}${left}`;
      io.out(
        `  ${s.municipality}: «${s.title}» ${s.fromYear}–${s.toYear}, ${state}, ${s.measureCount} tiltak, ${share} med ansvarlig og frist, ${status}, kvalitet ${s.score} (${entry.fileName})${lock}`,
      );
    }
    return 0;
  },
};
