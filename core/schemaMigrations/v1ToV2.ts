import type { Migration } from '../migrations';

/** Schema 1 called money set aside in the budget `new-money`; schema 2 calls it `earmarked`. */
const RENAMED_FUNDING: Readonly<Record<string, string>> = { 'new-money': 'earmarked' };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * 1 → 2: funding per measure gets the kinds within budget / earmarked / grant / not settled (and grant details,
 * all optional). Only the renamed kind changes; everything else is passed through untouched so the zod parse
 * that follows sees the file as it was written.
 */
export const v1ToV2: Migration = (file) => {
  const plan = file.plan;
  if (!isObject(plan) || !Array.isArray(plan.measures)) return { ...file, schemaVersion: 2 };
  const measures = plan.measures.map((measure: unknown) => {
    if (!isObject(measure) || !isObject(measure.resources)) return measure;
    const funding = measure.resources.funding;
    if (typeof funding !== 'string' || !(funding in RENAMED_FUNDING)) return measure;
    return { ...measure, resources: { ...measure.resources, funding: RENAMED_FUNDING[funding] } };
  });
  return { ...file, schemaVersion: 2, plan: { ...plan, measures } };
};
