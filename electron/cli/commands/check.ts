import { resolve } from 'node:path';
import type { QualityFinding } from '../../../core/quality/finding';
import { call } from '../../api/dispatch';
import { parseCommandArgs, parseToday, singlePositional } from '../args';
import type { CliCommand } from '../command';
import { withCliContext } from '../context';
import { cliLanguage, cliText } from '../planLanguage';
import { CHECK_TEXTS } from './checkTexts';

type Part = keyof (typeof CHECK_TEXTS)['nb']['parts'];

/** The parts of the plan, in the order of the drafting steps, that findings are grouped under. */
const PARTS: { part: Exclude<Part, 'other'>; holds: (f: QualityFinding) => boolean }[] = [
  {
    part: 'anchoring',
    holds: (f) =>
      f.target.kind === 'anchoring' ||
      (f.target.kind === 'plan' && /^(coordinator|mandate)/.test(f.target.field ?? '')),
  },
  { part: 'lifecycle', holds: (f) => f.target.kind === 'plan' && f.target.field === 'lifecycle' },
  { part: 'kostra', holds: (f) => f.target.kind === 'plan' && (f.target.field ?? '').startsWith('kostra') },
  {
    part: 'focusAreas',
    holds: (f) =>
      f.target.kind === 'focusArea' ||
      f.target.kind === 'goal' ||
      (f.target.kind === 'plan' && ['focusAreas', 'measures'].includes(f.target.field ?? '')),
  },
  { part: 'measures', holds: (f) => f.target.kind === 'measure' },
  { part: 'coverage', holds: (f) => f.target.kind === 'coverage' },
  {
    part: 'text',
    holds: (f) => f.target.kind === 'section' || (f.target.kind === 'plan' && f.target.field === 'sections'),
  },
];

/**
 * `check PLAN`: the plan-quality findings, grouped by the part of the plan to fix, in the plan's language.
 * Exits 0 for every valid plan file, with or without findings (they are advice, not failures), and 1 when the
 * file cannot be read as a plan. `--json` gives each finding's id, severity and target, its `message` in the
 * plan's language and its `text` (key and parameters) for scripts.
 */
export const checkCommand: CliCommand = {
  name: 'check',
  summary:
    'Kvalitetssjekk av en plan: manglende eiere, frister, mål, målgrupper … (exit 0 med funn, 1 ved ugyldig fil)',
  usage: 'check PLAN.planhjul.json [--json] [--today ÅÅÅÅ-MM-DD]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      data: { type: 'string' },
      json: { type: 'boolean' },
      today: { type: 'string' },
    });
    const path = resolve(singlePositional(positionals, 'planfil'));
    const today = parseToday(values.today);
    const report = await withCliContext(values.data, (ctx) =>
      call(ctx, 'plan.check', { path, ...(today ? { today } : {}) }),
    );
    const language = cliLanguage(report.language);
    const said = (f: QualityFinding) => cliText(f.text, f.message, language);
    if (values.json) {
      const findings = report.findings.map((f) => ({ ...f, message: said(f) }));
      io.out(JSON.stringify({ ...report, findings }, null, 2));
      return 0;
    }
    const texts = CHECK_TEXTS[language];
    if (report.findings.length === 0) {
      io.out(texts.clean(report.title, report.score));
      return 0;
    }
    io.out(texts.summary(report.title, report.counts, report.score));
    const shown = new Set<QualityFinding>();
    const list = (title: string, findings: readonly QualityFinding[]) => {
      if (findings.length === 0) return;
      io.out('');
      io.out(title);
      for (const finding of findings) {
        shown.add(finding);
        io.out(`  [${texts.severity[finding.severity]}] ${said(finding)}`);
      }
    };
    for (const { part, holds } of PARTS) {
      list(
        texts.parts[part],
        report.findings.filter((f) => !shown.has(f) && holds(f)),
      );
    }
    list(
      texts.parts.other,
      report.findings.filter((f) => !shown.has(f)),
    );
    return 0;
  },
};
