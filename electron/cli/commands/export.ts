import { type CliCommand, UsageError } from '../command';
import { exportSubcommands } from './export/index';

const names = () => exportSubcommands.map((s) => s.name).join('|');

/** `export <what> …`: one command, one subcommand per kind of file. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Lag filer fra planen (se «export <type> --help»)',
  get usage() {
    return `export ${names()} PLAN --out FIL …`;
  },
  async run(args, io) {
    const [name, ...rest] = args;
    if (name === '--help' || name === '-h') {
      for (const s of exportSubcommands) io.out(`  planhjulet export ${s.usage}\n      ${s.summary}`);
      return 0;
    }
    const sub = exportSubcommands.find((s) => s.name === name);
    if (!sub) {
      throw new UsageError(
        name ? `Ukjent eksport «${name}». Velg ${names()}.` : `Oppgi hva som skal eksporteres: ${names()}.`,
      );
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`${sub.summary}`);
      io.out(`Bruk: planhjulet export ${sub.usage}`);
      return 0;
    }
    try {
      return await sub.run(rest, io);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err(error.message);
      io.err(`Bruk: planhjulet export ${sub.usage}`);
      return 1;
    }
  },
};
