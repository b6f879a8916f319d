import { describe, expect, it } from 'vitest';
import { migratePlanFile } from '../migrations';
import { v1ToV2 } from './v1ToV2';

describe('schema 1 → 2', () => {
  const measure = (funding?: string) => ({
    id: 'm',
    resources: funding ? { funding, note: '' } : { note: '' },
  });
  const v1 = {
    format: 'planhjulet',
    schemaVersion: 1,
    plan: {
      id: 'p',
      measures: [measure('new-money'), measure('grant'), measure('within-budget'), measure()],
    },
  };

  it('renames «new money» to earmarked and leaves the other kinds alone', () => {
    const { file, migratedFrom } = migratePlanFile(v1);
    expect(migratedFrom).toBe(1);
    expect(file).toEqual({
      format: 'planhjulet',
      schemaVersion: 2,
      plan: {
        id: 'p',
        measures: [measure('earmarked'), measure('grant'), measure('within-budget'), measure()],
      },
    });
  });

  it('does not change its input and passes odd shapes through for the schema to judge', () => {
    const input = structuredClone(v1);
    v1ToV2(input);
    expect(input).toEqual(v1);
    expect(v1ToV2({ schemaVersion: 1, plan: {} })).toEqual({ schemaVersion: 2, plan: {} });
    expect(v1ToV2({ schemaVersion: 1, plan: { measures: [null, { resources: 'x' }] } })).toEqual({
      schemaVersion: 2,
      plan: { measures: [null, { resources: 'x' }] },
    });
  });
});
