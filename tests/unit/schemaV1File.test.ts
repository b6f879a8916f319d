import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../core/schema/planFile';
import { checkPlanFileText } from '../../core/validation';

const FIXTURE = 'tests/fixtures/schema-v1/fjordvik.v1.planhjul.json';

/** Drops the keys schema 2 adds with defaults, so what was in the old file can be compared with what is read. */
function withoutUndefined(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('a plan file written by schema version 1', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const old = JSON.parse(text) as {
    schemaVersion: number;
    plan: { measures: Array<{ id: string; resources: Record<string, unknown> }> } & Record<string, unknown>;
  };

  it('is really a version-1 file with all three old funding kinds', () => {
    expect(old.schemaVersion).toBe(1);
    expect(new Set(old.plan.measures.map((m) => m.resources.funding).filter(Boolean))).toEqual(
      new Set(['within-budget', 'new-money', 'grant']),
    );
  });

  it('opens, is migrated to the current version and says it was', () => {
    const check = checkPlanFileText(text);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
    expect(check.migratedFrom).toBe(1);
  });

  it('keeps every field and its meaning: «new money» becomes earmarked, the rest is as written', () => {
    const check = checkPlanFileText(text);
    if (!check.ok) throw new Error('did not open');
    const migrated = withoutUndefined(check.file.plan) as typeof old.plan;
    const expected = structuredClone(old.plan);
    for (const measure of expected.measures) {
      if (measure.resources.funding === 'new-money') measure.resources.funding = 'earmarked';
    }
    expect(migrated).toEqual(expected);
    const byId = new Map(check.file.plan.measures.map((m) => [m.id, m.resources]));
    expect(byId.get('m-2-4')).toEqual({ funding: 'earmarked', amountNok: 350000, note: '' });
    expect(byId.get('m-1-3')).toEqual({ funding: 'within-budget', note: 'Kursavgift dekkes av legevakten' });
    expect(byId.get('m-1-1')).toEqual({
      funding: 'grant',
      amountNok: 350000,
      note: 'TryggEst-tilskudd fra Bufdir',
    });
  });

  it('is written back as the current version: a second read needs no migration', () => {
    const check = checkPlanFileText(text);
    if (!check.ok) throw new Error('did not open');
    const again = checkPlanFileText(JSON.stringify(check.file));
    expect(again.ok && again.migratedFrom).toBeNull();
    expect(again.ok && again.file.schemaVersion).toBe(2);
  });
});
