import type { Language } from '../../../../core/schema/common';
import { UsageError } from '../../command';

/** `--lang nb|nn|en` for exports; absent means the plan's own language. */
export function parseLanguage(value: string | boolean | undefined): Language | undefined {
  if (value === undefined) return undefined;
  if (value === 'nb' || value === 'nn' || value === 'en') return value;
  throw new UsageError(`--lang må være nb, nn eller en, ikke «${String(value)}».`);
}
