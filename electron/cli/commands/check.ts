import { resolve } from 'node:path';
import type { QualityFinding } from '../../../core/quality/finding';
import { call } from '../../api/dispatch';
import { parseCommandArgs, singlePositional } from '../args';
import type { CliCommand } from '../command';
import { withCliContext } from '../context';

/** The parts of the plan, in the order of the drafting steps, that findings are grouped under. */
const PARTS: { title: string; holds: (f: QualityFinding) => boolean }[] = [
  {
    title: 'Oppstart og forankring',
    holds: (f) =>
      f.target.kind === 'anchoring' ||
      (f.target.kind === 'plan' && /^(coordinator|mandate)/.test(f.target.field ?? '')),
  },
  { title: 'KOSTRA', holds: (f) => f.target.kind === 'plan' && (f.target.field ?? '').startsWith('kostra') },
  {
    title: 'Satsingsområder og mål',
    holds: (f) =>
      f.target.kind === 'focusArea' ||
      f.target.kind === 'goal' ||
      (f.target.kind === 'plan' && ['focusAreas', 'measures'].includes(f.target.field ?? '')),
  },
  { title: 'Tiltak', holds: (f) => f.target.kind === 'measure' },
  { title: 'Målgrupper og voldsformer', holds: (f) => f.target.kind === 'coverage' },
  {
    title: 'Plantekst',
    holds: (f) => f.target.kind === 'section' || (f.target.kind === 'plan' && f.target.field === 'sections'),
  },
];

const SEVERITY = { error: 'feil', warning: 'advarsel', info: 'merknad' } as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * `check PLAN`: the plan-quality findings, grouped by the part of the plan to fix. Exits 0 for every valid plan
 * file, with or without findings (they are advice, not failures), and 1 when the file cannot be read as a plan.
 */
export const checkCommand: CliCommand = {
  name: 'check',
  summary:
    'Kvalitetssjekk av en plan: manglende eiere, frister, mål, målgrupper … (exit 0 med funn, 1 ved ugyldig fil)',
  usage: 'check PLAN.planhjul.json [--json]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      data: { type: 'string' },
      json: { type: 'boolean' },
    });
    const path = resolve(singlePositional(positionals, 'planfil'));
    const report = await withCliContext(values.data, (ctx) => call(ctx, 'plan.check', { path }));
    if (values.json) {
      io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    if (report.findings.length === 0) {
      io.out(
        `Ingen funn: «${report.title}» har alt kvalitetssjekken ser etter (kvalitet ${report.score}/100).`,
      );
      return 0;
    }
    const { error, warning, info } = report.counts;
    io.out(
      `Kvalitetssjekk av «${report.title}»: ${plural(error, 'feil', 'feil')}, ${plural(warning, 'advarsel', 'advarsler')}, ${plural(info, 'merknad', 'merknader')} (kvalitet ${report.score}/100)`,
    );
    const shown = new Set<QualityFinding>();
    for (const part of PARTS) {
      const findings = report.findings.filter((f) => !shown.has(f) && part.holds(f));
      if (findings.length === 0) continue;
      io.out('');
      io.out(part.title);
      for (const finding of findings) {
        shown.add(finding);
        io.out(`  [${SEVERITY[finding.severity]}] ${finding.message}`);
      }
    }
    const rest = report.findings.filter((f) => !shown.has(f));
    if (rest.length > 0) {
      io.out('');
      io.out('Annet');
      for (const finding of rest) io.out(`  [${SEVERITY[finding.severity]}] ${finding.message}`);
    }
    return 0;
  },
};
