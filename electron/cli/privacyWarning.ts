import type { QualityFinding } from '../../core/quality/finding';
import type { ApiContext } from '../api/context';
import { call } from '../api/dispatch';
import type { CliIo } from './command';
import { cliLanguage, cliText } from './planLanguage';

const HEADING = {
  nb: (count: number) =>
    `Advarsel: filen kan inneholde personopplysninger eller saksopplysninger (${count} ${count === 1 ? 'sted' : 'steder'}). Se over før den sendes videre:`,
  nn: (count: number) =>
    `Åtvaring: fila kan innehalde personopplysningar eller saksopplysningar (${count} ${count === 1 ? 'stad' : 'stader'}). Sjå over før ho vert send vidare:`,
};

/**
 * Before a file made from the plan leaves the machine: says on stderr where the plan seems to hold case data
 * (masked), and nothing else. It never stops the export nor changes its exit code; a plan that cannot be
 * checked is left to the export itself to report.
 */
export async function warnAboutCaseData(
  ctx: ApiContext,
  source: { path: string } | { docId: string },
  io: CliIo,
  carried: (finding: QualityFinding) => boolean = () => true,
): Promise<void> {
  let report: Awaited<ReturnType<typeof call<'plan.caseData'>>>;
  try {
    report = await call(ctx, 'plan.caseData', source);
  } catch {
    return;
  }
  const findings = report.findings.filter(carried);
  if (findings.length === 0) return;
  const language = cliLanguage(report.language);
  io.err(HEADING[language](findings.length));
  for (const finding of findings) io.err(`  - ${cliText(finding.text, finding.message, language)}`);
}
