import { format } from 'date-fns/format';
import fc from 'fast-check';
import type { z } from 'zod';
import { hostileText } from './hostileText';

/**
 * Where a generated value may be chosen from the test's own world instead of from the schema: a real document
 * id, a plan path, a measure id … `key` is the object key the value sits under (for an array, the array's key),
 * `depth` how deep in the input it is (0 = a key of the input itself).
 */
export type Overrides = (key: string, depth: number) => fc.Arbitrary<unknown> | undefined;

// zod 4 keeps a schema's shape in `_zod.def`; the checks of a string, number or array in `def.checks`.
interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  [key: string]: unknown;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => (def.checks ?? []).map((c) => c._zod.def);

const ISO_DATE_PATTERN = String(/^\d{4}-\d{2}-\d{2}$/);
const dateBetween = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2100-12-31T00:00:00Z'),
  noInvalidDate: true,
});

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  let min = 0;
  let max = 60;
  // A format schema (z.iso.datetime()) is its own check; a plain string carries its checks in a list.
  for (const check of [def as Record<string, unknown>, ...checksOf(def)]) {
    if (check.check === 'min_length') min = check.minimum as number;
    if (check.check === 'max_length') max = Math.min(max, check.maximum as number);
    if (check.check === 'string_format') {
      if (check.format === 'datetime') return dateBetween.map((d) => d.toISOString());
      const pattern = check.pattern as RegExp | undefined;
      if (pattern && String(pattern) === ISO_DATE_PATTERN)
        return dateBetween.map((d) => format(d, 'yyyy-MM-dd'));
      if (pattern && check.format === 'regex') return fc.stringMatching(pattern);
    }
  }
  max = Math.max(max, min);
  const plain = fc.string({ minLength: min, maxLength: max });
  const hostile = hostileText.filter((t) => t.length >= min && t.length <= max);
  return fc.oneof({ arbitrary: plain, weight: 4 }, { arbitrary: hostile, weight: 1 });
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  let min = -1e6;
  let max = 1e6;
  let integer = false;
  for (const check of checksOf(def)) {
    if (check.check === 'number_format') integer = true;
    if (check.check === 'greater_than')
      min = Math.max(min, (check.value as number) + (check.inclusive ? 0 : 1));
    if (check.check === 'less_than') max = Math.min(max, (check.value as number) - (check.inclusive ? 0 : 1));
  }
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function arrayArbitrary(def: Def, key: string, depth: number, overrides: Overrides): fc.Arbitrary<unknown[]> {
  let min = 0;
  let max = 3;
  for (const check of checksOf(def)) {
    if (check.check === 'min_length') min = check.minimum as number;
    if (check.check === 'max_length') max = Math.min(max, check.maximum as number);
  }
  return fc.array(arbitraryOf(def.element as z.ZodType, overrides, key, depth + 1), {
    minLength: min,
    maxLength: Math.max(min, max),
  });
}

/** An optional (or defaulted) key of an object: absent half of the time. */
function isOptional(schema: z.ZodType): boolean {
  const type = defOf(schema).type;
  return type === 'optional' || type === 'default';
}

function objectArbitrary(
  def: Def,
  depth: number,
  overrides: Overrides,
): fc.Arbitrary<Record<string, unknown>> {
  const shape = def.shape as Record<string, z.ZodType>;
  const entries = Object.entries(shape).map(([key, schema]) => {
    const value = arbitraryOf(schema, overrides, key, depth + 1);
    return [key, isOptional(schema) ? fc.option(value, { nil: undefined, freq: 2 }) : value] as const;
  });
  return fc
    .tuple(...entries.map(([, arb]) => arb))
    .map((values) =>
      Object.fromEntries(
        entries.map(([key], i) => [key, values[i]] as const).filter(([, value]) => value !== undefined),
      ),
    );
}

/**
 * Values of the shape a zod schema describes, most of them valid (refinements across fields, such as a period
 * that ends before it begins, are left for the schema to refuse). `overrides` picks values for keys the test
 * knows better.
 */
export function arbitraryOf(
  schema: z.ZodType,
  overrides: Overrides = () => undefined,
  key = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (key !== '' && def.type !== 'optional' && def.type !== 'default' && def.type !== 'nullable') {
    const chosen = overrides(key, depth - 1);
    if (chosen && def.type !== 'array') return chosen;
  }
  if (depth > 8) return fc.constant(undefined);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'optional':
    case 'default':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
    case 'prefault':
      return arbitraryOf(def.innerType as z.ZodType, overrides, key, depth);
    case 'nullable':
      return fc.option(arbitraryOf(def.innerType as z.ZodType, overrides, key, depth), {
        nil: null,
        freq: 4,
      });
    case 'array':
      return arrayArbitrary(def, key, depth, overrides);
    case 'object':
      return objectArbitrary(def, depth, overrides);
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => arbitraryOf(o, overrides, key, depth)));
    case 'pipe':
      return arbitraryOf(def.in as z.ZodType, overrides, key, depth);
    case 'lazy':
      return arbitraryOf((def.getter as () => z.ZodType)(), overrides, key, depth + 1);
    case 'record':
      return fc.dictionary(
        fc.string({ maxLength: 10 }),
        arbitraryOf(def.valueType as z.ZodType, overrides, key, depth + 1),
        {
          maxKeys: 3,
        },
      );
    default:
      return fc.anything({ maxDepth: 2, maxKeys: 4, size: 'small' });
  }
}

/**
 * Inputs that are wrong in one way or another: anything at all, or a value of the right shape with one key
 * replaced by something else or an unknown key added.
 */
export function brokenArbitrary(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const anything = fc.anything({ maxDepth: 2, maxKeys: 4, size: 'small' });
  const replaced = fc.tuple(valid, fc.nat(), anything).map(([value, index, junk]) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return junk;
    const keys = Object.keys(value);
    if (keys.length === 0) return { [`extra${index}`]: junk };
    return { ...value, [keys[index % keys.length] as string]: junk };
  });
  const extra = fc
    .tuple(valid, fc.string({ minLength: 1, maxLength: 8 }), anything)
    .map(([value, k, junk]) =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? { ...value, [`x-${k}`]: junk }
        : junk,
    );
  return fc.oneof(anything, replaced, extra);
}
