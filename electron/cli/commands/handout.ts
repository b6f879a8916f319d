import { resolve } from 'node:path';
import { call } from '../../api/dispatch';
import { parseCommandArgs, requireString, singlePositional } from '../args';
import type { CliCommand } from '../command';
import { withCliContext } from '../context';
import { warnAboutCaseData } from '../privacyWarning';

export const handoutCommand: CliCommand = {
  name: 'handout',
  summary: 'Utdelingsark fra verksted (Word): utkastet etter ansvarlig, med åpne spørsmål',
  usage: 'handout PLAN --out X.docx',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      out: { type: 'string' },
      data: { type: 'string' },
    });
    const path = resolve(singlePositional(positionals, 'planfil'));
    const out = resolve(requireString(values.out, '--out'));
    const delivery = await withCliContext(values.data, async (ctx) => {
      await warnAboutCaseData(ctx, { path }, io);
      return call(ctx, 'workshop.handout', { path, out });
    });
    io.out(`Utdelingsarket er lagret i ${delivery.savedPath ?? out}`);
    return 0;
  },
};
