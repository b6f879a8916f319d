/** What a CLI command gets: its own arguments (after the command name) and where to write. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliCommand {
  name: string;
  /** One line for `--help`, Norwegian. */
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** A mistake in how the command was called; printed with the command's usage, exit code 1. */
export class UsageError extends Error {}
