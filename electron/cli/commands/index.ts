import type { CliCommand } from '../command';

/**
 * Every CLI command by name, each loaded when it is run: a command's imports are start-up time, and a plain
 * `validate` should not pay for the Word export. Later features add theirs here.
 */
export const commands: Readonly<Record<string, () => Promise<CliCommand>>> = {
  new: async () => (await import('./new')).newCommand,
  validate: async () => (await import('./validate')).validateCommand,
  check: async () => (await import('./check')).checkCommand,
  import: async () => (await import('./import')).importCommand,
  adopt: async () => (await import('./adopt')).adoptCommand,
  status: async () => (await import('./status')).statusCommand,
  evaluate: async () => (await import('./evaluate')).evaluateCommand,
  revise: async () => (await import('./revise')).reviseCommand,
  export: async () => (await import('./export')).exportCommand,
  handout: async () => (await import('./handout')).handoutCommand,
  library: async () => (await import('./library')).libraryCommand,
  package: async () => (await import('./package')).packageCommand,
  serve: async () => (await import('./serve')).serveCommand,
};
