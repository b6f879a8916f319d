import { type CliCommand, UsageError } from '../command';
import { statusFormsExport } from './export/status-forms';
import type { ExportSubcommand } from './export/subcommand';

/** Every kind of export; later features add theirs here. */
export const exportSubcommands: readonly ExportSubcommand[] = [statusFormsExport];

export const exportCommand: CliCommand = {
  name: 'export',
  summary: `Eksporter (${exportSubcommands.map((s) => s.name).join(', ')})`,
  usage: `export <${exportSubcommands.map((s) => s.name).join('|')}> PLAN [valg]`,
  async run(args, io) {
    const [name, ...rest] = args;
    const sub = exportSubcommands.find((s) => s.name === name);
    if (!sub) {
      const known = exportSubcommands.map((s) => `  export ${s.usage.padEnd(56)} ${s.summary}`).join('\n');
      throw new UsageError(
        `${name ? `Ukjent eksport «${name}».` : 'Oppgi hva som skal eksporteres.'} Dette kan eksporteres:\n${known}`,
      );
    }
    try {
      return await sub.run(rest, io);
    } catch (error) {
      if (error instanceof UsageError)
        throw new UsageError(`${error.message}\nBruk: planhjulet export ${sub.usage}`);
      throw error;
    }
  },
};
