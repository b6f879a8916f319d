import type { CliIo } from '../../command';

/** One kind of export (`export <name> …`); `export.ts` picks it by its name. */
export interface ExportSubcommand {
  name: string;
  /** One line for `--help`, Norwegian. */
  summary: string;
  /** Without the leading `export`. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
