import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its English errors turned into a Norwegian usage error. */
export function parseCommandArgs<O extends Options>(args: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`Ukjent eller ufullstendig argument (${detail}).`);
  }
}

export function requireString(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`Mangler ${flag}.`);
  return value;
}

export function parseYear(value: string, flag: string): number {
  if (!/^\d{4}$/.test(value))
    throw new UsageError(`${flag} må være et årstall med fire sifre, ikke «${value}».`);
  return Number(value);
}

export function singlePositional(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`Oppgi én ${what}.`);
  return positionals[0] as string;
}

/** `--today YYYY-MM-DD`: judge as on that day (for scripts and tests); it never changes what is stored. */
export function parseToday(value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !validDay(value)) {
    throw new UsageError(`--today må være en dato som ÅÅÅÅ-MM-DD, ikke «${String(value)}».`);
  }
  return value;
}

/** `--date YYYY-MM-DD` (a decision's date). */
export function parseDay(value: string | boolean | undefined, flag: string): string {
  const text = requireString(value, flag);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !validDay(text)) {
    throw new UsageError(`${flag} må være en dato som ÅÅÅÅ-MM-DD, ikke «${text}».`);
  }
  return text;
}

function validDay(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
