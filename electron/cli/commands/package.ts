import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { call } from '../../api/dispatch';
import { parseCommandArgs, requireString } from '../args';
import type { CliCommand } from '../command';
import { UsageError } from '../command';
import { withCliContext } from '../context';
import { warnAboutCaseData } from '../privacyWarning';

const USAGE =
  'package export PLAN --out X.planhjulpakke.json | package import PAKKE [--replace PLAN | --out PLAN]';

async function readPackage(path: string): Promise<{ fileName: string; text: string }> {
  try {
    return { fileName: basename(path), text: await readFile(path, 'utf8') };
  } catch {
    throw new UsageError(`Fant ikke planpakken ${path}.`);
  }
}

export const packageCommand: CliCommand = {
  name: 'package',
  summary: 'Planpakke: send en plan som én fil, eller importer en (viser endringene før noe erstattes)',
  usage: USAGE,
  async run(args, io) {
    const [action, ...rest] = args;
    const { positionals, values } = parseCommandArgs(rest, {
      out: { type: 'string' },
      replace: { type: 'string' },
      data: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('Oppgi én fil.');
    const file = resolve(positionals[0] as string);
    if (action === 'export') {
      const out = resolve(requireString(values.out, '--out'));
      const delivery = await withCliContext(values.data, async (ctx) => {
        await warnAboutCaseData(ctx, { path: file }, io);
        return call(ctx, 'package.export', { path: file, out });
      });
      io.out(`Planpakken er lagret i ${delivery.savedPath ?? out}`);
      return 0;
    }
    if (action !== 'import') throw new UsageError('Skriv «package export» eller «package import».');
    const pkg = await readPackage(file);
    const target = values.replace ? resolve(values.replace) : undefined;
    return withCliContext(values.data, async (ctx) => {
      const preview = await call(ctx, 'package.preview', {
        ...pkg,
        ...(target ? { folder: dirname(target) } : {}),
      });
      io.out(
        `Pakken inneholder «${preview.plan.title}» (${preview.plan.municipality}), ${preview.plan.measureCount} tiltak.`,
      );
      if (target) {
        const diff = preview.existing?.path === target ? preview.diff : null;
        if (diff) {
          const m = diff.measures;
          io.out(
            `Endringer i tiltak: ${m.added.length} nye, ${m.removed.length} fjernet, ${m.edited.length} endret.`,
          );
        }
        const result = await call(ctx, 'package.import', { ...pkg, mode: 'replace', path: target });
        io.out(`Planen i ${result.path} er erstattet. Den forrige er tatt vare på som sikkerhetskopi.`);
        return 0;
      }
      const result = await call(ctx, 'package.import', {
        ...pkg,
        mode: 'new',
        ...(values.out ? { path: resolve(values.out) } : {}),
      });
      io.out(`Planen er importert og lagret i ${result.path}`);
      return 0;
    });
  },
};
