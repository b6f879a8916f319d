import { describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../plan/create';
import { samplePlan } from '../plan/testPlan';
import { checkPlanFileData } from '../validation';
import { CURRENT_SCHEMA_VERSION, PlanFile } from './planFile';
import { unknownFields } from './unknownFields';

const fileJson = () => JSON.parse(JSON.stringify(wrapPlanFile(samplePlan())));

describe('unknownFields', () => {
  it('finds nothing in a file this version wrote', () => {
    const raw = fileJson();
    expect(unknownFields(raw, PlanFile.parse(raw))).toEqual([]);
  });

  it('names every field the schema left out, in objects and arrays, but not one that is only null', () => {
    const raw = fileJson();
    raw.plan.crisisProfile = { nights: 3 };
    raw.plan.measures[2].budget = 1000;
    raw.plan.measures[0].note = null;
    raw.extra = 'x';
    expect(unknownFields(raw, PlanFile.parse(raw))).toEqual([
      'plan.measures[2].budget',
      'plan.crisisProfile',
      'extra',
    ]);
  });
});

describe('checkPlanFileData and newer files', () => {
  it('marks a file with unknown fields as newer', () => {
    const raw = fileJson();
    raw.plan.crisisProfile = { nights: 3 };
    const check = checkPlanFileData(raw);
    expect(check.ok && check.newer).toEqual({ schemaVersion: null, unknownFields: ['plan.crisisProfile'] });
  });

  it('refuses a newer schema version unless asked to read it as far as it can', () => {
    const raw = { ...fileJson(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    const refused = checkPlanFileData(raw);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems[0]?.message).toContain('laget med en nyere versjon av Planhjulet');
    const read = checkPlanFileData(raw, { allowNewer: true });
    expect(read.ok && read.newer).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, unknownFields: [] });
    expect(read.ok && read.file.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('leaves the unknown fields unsought for a plan that will only be read, and reads it the same', () => {
    const raw = fileJson();
    raw.plan.crisisProfile = { nights: 3 };
    const readOnly = checkPlanFileData(raw, { readOnly: true });
    const forSaving = checkPlanFileData(raw);
    expect(readOnly.ok && 'newer' in readOnly).toBe(false);
    expect(readOnly.ok && readOnly.file).toEqual(forSaving.ok && forSaving.file);
  });

  it('gives a plain file no newer mark', () => {
    const check = checkPlanFileData(fileJson());
    expect(check.ok && 'newer' in check).toBe(false);
  });
});
