import { resolve } from 'node:path';
import { periodLabel } from '../../../core/labels/domainLabels';
import { call } from '../../api/dispatch';
import { parseCommandArgs } from '../args';
import type { CliCommand } from '../command';
import { UsageError } from '../command';
import { withCliContext } from '../context';

export const libraryCommand: CliCommand = {
  name: 'library',
  summary: 'Vis planene i en mappe (kommune, periode, tiltak, eierskap, siste status, kvalitet)',
  usage: 'library [MAPPE]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, { data: { type: 'string' } });
    if (positionals.length > 1) throw new UsageError('Oppgi høyst én mappe.');
    const folder = positionals[0] ? resolve(positionals[0]) : undefined;
    const listed = await withCliContext(values.data, (ctx) =>
      call(ctx, 'library.list', folder ? { folder } : {}),
    );
    io.out(`Planer i ${listed.folder}:`);
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
      io.out(
        `  ${s.municipality}: «${s.title}» ${s.fromYear}–${s.toYear}, ${s.measureCount} tiltak, ${share} med ansvarlig og frist, ${status}, kvalitet ${s.score} (${entry.fileName})${lock}`,
      );
    }
    return 0;
  },
};
