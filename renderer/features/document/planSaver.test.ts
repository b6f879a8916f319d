import { describe, expect, it } from 'vitest';
import type { SaveState } from '../../../contract/methods/plan';
import { PlanSaver, type SaveStatus } from './planSaver';

function fakeBackend(failFirst = false) {
  const written: string[] = [];
  let current = '';
  let fail = failFirst;
  return {
    written,
    backend: {
      async update(plan: string): Promise<SaveState> {
        if (fail) {
          fail = false;
          throw new Error('Disken er full');
        }
        current = plan;
        return { savedAt: null, pending: true };
      },
      async flush(): Promise<SaveState> {
        written.push(current);
        return { savedAt: '2026-03-03T10:42:00.000Z', pending: false };
      },
    },
  };
}

describe('PlanSaver', () => {
  it('sends only the latest plan after a pause and reports it saved', async () => {
    const { backend, written } = fakeBackend();
    const statuses: SaveStatus[] = [];
    const saver = new PlanSaver(backend, (s) => statuses.push(s), 5);
    saver.schedule('a');
    saver.schedule('b');
    saver.schedule('c');
    await saver.flush();
    expect(written).toEqual(['c']);
    expect(statuses.at(-1)).toEqual({ kind: 'saved', savedAt: '2026-03-03T10:42:00.000Z' });
  });

  it('keeps a plan that failed to save and sends it on flush', async () => {
    const { backend, written } = fakeBackend(true);
    const statuses: SaveStatus[] = [];
    const saver = new PlanSaver(backend, (s) => statuses.push(s), 5);
    saver.schedule('a');
    await saver.flush();
    expect(statuses.at(-1)).toEqual({ kind: 'failed', reason: 'Disken er full' });
    expect(saver.hasUnsavedChanges).toBe(true);
    await saver.flush();
    expect(written).toEqual(['a']);
    expect(saver.hasUnsavedChanges).toBe(false);
  });
});
