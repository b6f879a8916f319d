import { type CliCommand, UsageError } from '../command';
import { planExportCommand } from './export/plan';
import { reportExportCommand } from './export/report';

/** `export <what> …`: one subcommand per kind of file, each in its own module under export/. */
const subcommands: readonly CliCommand[] = [
  // One line per subcommand, so adding one is a one-line change.
  planExportCommand,
  reportExportCommand,
];

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Lag dokumenter og filer fra planen (se «export --help»)',
  usage: `export ${subcommands.map((s) => s.name).join('|')} PLAN … --out FIL`,
  async run(args, io) {
    const [name, ...rest] = args;
    const subcommand = subcommands.find((s) => s.name === name);
    if (!subcommand) {
      const help = name === '--help' || name === '-h';
      if (!help)
        io.err(name ? `Ukjent eksport «${name}». Velg en av disse:` : 'Oppgi hva du vil eksportere:');
      for (const s of subcommands) io.out(`  planhjulet ${s.usage}\n      ${s.summary}`);
      return help ? 0 : 1;
    }
    try {
      return await subcommand.run(rest, io);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err(error.message);
      io.err(`Bruk: planhjulet ${subcommand.usage}`);
      return 1;
    }
  },
};
