import { resolve } from 'node:path';
import { op } from '../../../core/operations/registry';
import { newStep } from '../../../core/operations/step';
import { call } from '../../api/dispatch';
import { parseCommandArgs, parseDay, requireString, singlePositional } from '../args';
import type { CliCommand } from '../command';
import { withCliContext } from '../context';
import { cliLanguage, cliText } from '../planLanguage';

/**
 * `adopt PLAN --body B --date D [--case NR]`: records the political adoption through the same operation as the
 * app (the measure numbers freeze). Quality findings do not stop it; they are printed after. Exits 1, with the
 * plan file unchanged, when the plan cannot be adopted (already adopted, no body, a date not yet come).
 */
export const adoptCommand: CliCommand = {
  name: 'adopt',
  summary: 'Registrer at planen er vedtatt (organ, dato, saksnummer); tiltaksnumrene låses',
  usage: 'adopt PLAN.planhjul.json --body "Kommunestyret" --date ÅÅÅÅ-MM-DD [--case 26/123]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      body: { type: 'string' },
      date: { type: 'string' },
      case: { type: 'string' },
      data: { type: 'string' },
    });
    const path = resolve(singlePositional(positionals, 'planfil'));
    const body = requireString(values.body, '--body');
    const date = parseDay(values.date, '--date');
    return withCliContext(values.data, async (ctx) => {
      const doc = await call(ctx, 'plan.open', { path });
      const language = cliLanguage(doc.plan.language);
      const step = newStep(
        [op('lifecycle.adopt', { body, date, ...(values.case ? { caseNumber: values.case } : {}) })],
        ctx.now(),
      );
      const result = await call(ctx, 'plan.apply', {
        docId: doc.docId,
        baseRevision: doc.revision,
        steps: [step],
      });
      if (result.refused) {
        io.err(`${cliText(result.refused.text, result.refused.message, language)} Planen er ikke endret.`);
        return 1;
      }
      await call(ctx, 'plan.flush', { docId: doc.docId });
      const report = await call(ctx, 'plan.check', { docId: doc.docId });
      io.out(
        language === 'nn'
          ? `«${doc.plan.title}» er registrert som vedteken av ${body} ${date}. Tiltaksnummera er låste.`
          : `«${doc.plan.title}» er registrert som vedtatt av ${body} ${date}. Tiltaksnumrene er låst.`,
      );
      const warnings = report.findings.filter((f) => f.severity !== 'info');
      if (warnings.length > 0) {
        io.out(language === 'nn' ? 'Merk (kvalitetssjekken):' : 'Merk (kvalitetssjekken):');
        for (const f of warnings) io.out(`  ${cliText(f.text, f.message, language)}`);
      }
      return 0;
    });
  },
};
