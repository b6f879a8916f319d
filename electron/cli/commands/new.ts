import { resolve } from 'node:path';
import { call } from '../../api/dispatch';
import { parseCommandArgs, parseYear, requireString } from '../args';
import { type CliCommand, UsageError } from '../command';
import { withCliContext } from '../context';

/** `Bodø` or `Bodø:1804`: the number, when given, has four digits. */
function partnerArg(text: string): { name: string; number?: string } {
  const [name = '', number] = text.split(':');
  if (name.trim() === '') throw new UsageError(`Mangler kommunenavn i «${text}».`);
  if (number !== undefined && !/^\d{4}$/.test(number.trim())) {
    throw new UsageError(
      `Kommunenummeret «${number}» for ${name.trim()} må ha fire sifre, for eksempel 1840.`,
    );
  }
  return { name: name.trim(), ...(number !== undefined ? { number: number.trim() } : {}) };
}

function municipalityArgs(text: string): { municipality: string; municipalityNumber?: string } {
  const { name, number } = partnerArg(text);
  return { municipality: name, ...(number ? { municipalityNumber: number } : {}) };
}

export const newCommand: CliCommand = {
  name: 'new',
  summary: 'Lag en ny plan fra malen',
  usage:
    'new --title T --municipality M[:NR] [--partner P[:NR] …] --from ÅÅÅÅ --to ÅÅÅÅ --out PLAN.planhjul.json [--lang nb|nn]',
  async run(args, io) {
    const { values } = parseCommandArgs(
      args,
      {
        title: { type: 'string' },
        municipality: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        partner: { type: 'string', multiple: true },
        data: { type: 'string' },
      },
      false,
    );
    const out = resolve(requireString(values.out, '--out'));
    const request = {
      title: requireString(values.title, '--title'),
      ...municipalityArgs(requireString(values.municipality, '--municipality')),
      ...(values.partner ? { partners: values.partner.map(partnerArg) } : {}),
      fromYear: parseYear(requireString(values.from, '--from'), '--from'),
      toYear: parseYear(requireString(values.to, '--to'), '--to'),
      path: out,
      ...(values.lang ? { language: values.lang } : {}),
    };
    const doc = await withCliContext(values.data, (ctx) => call(ctx, 'plan.create', request));
    io.out(`Laget «${doc.plan.title}» (${doc.plan.period.fromYear}–${doc.plan.period.toYear}) i ${doc.path}`);
    return 0;
  },
};
