import { describe, expect, it } from 'vitest';
import { type Migration, MigrationError, migratePlanFile } from './migrations';

describe('migratePlanFile', () => {
  const v1 = { format: 'planhjulet', schemaVersion: 1, plan: { name: 'Gammel' } };
  const table: Record<number, Migration> = {
    1: (file) => ({ ...file, schemaVersion: 2, plan: { title: (file.plan as { name: string }).name } }),
    2: (file) => ({ ...file, schemaVersion: 3, plan: { ...(file.plan as object), lifecycle: 'draft' } }),
  };

  it('runs each step in order up to the target version', () => {
    const { file, migratedFrom } = migratePlanFile(v1, table, 3);
    expect(file).toEqual({
      format: 'planhjulet',
      schemaVersion: 3,
      plan: { title: 'Gammel', lifecycle: 'draft' },
    });
    expect(migratedFrom).toBe(1);
  });

  it('leaves a current file alone and reports no migration', () => {
    const { file, migratedFrom } = migratePlanFile(v1, table, 1);
    expect(file).toBe(v1);
    expect(migratedFrom).toBeNull();
  });

  it('does not change its input', () => {
    const input = structuredClone(v1);
    migratePlanFile(input, table, 3);
    expect(input).toEqual(v1);
  });

  it('refuses a file from a newer program with a clear message', () => {
    expect(() => migratePlanFile({ ...v1, schemaVersion: 9 }, table, 3)).toThrow(
      /nyere versjon av Planhjulet/,
    );
  });

  it('refuses a gap in the table and a step that gives the wrong version', () => {
    expect(() => migratePlanFile(v1, { 2: table[2]! }, 3)).toThrow(MigrationError);
    expect(() => migratePlanFile(v1, { 1: (f) => ({ ...f, schemaVersion: 3 }) }, 3)).toThrow(/feil versjon/);
  });

  it('refuses something that is not a plan file at all', () => {
    expect(() => migratePlanFile({ hello: 'world' }, table, 3)).toThrow(/ikke en Planhjulet-plan/);
  });
});
