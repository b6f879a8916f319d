import { describe, expect, it } from 'vitest';
import { latestRequest } from './latestRequest';

describe('the latest request', () => {
  it('is the only one whose answer may be applied, whatever order the answers come in', async () => {
    const request = latestRequest();
    const applied: string[] = [];
    const ask = async (what: string, delayMs: number) => {
      const isLatest = request();
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (isLatest()) applied.push(what);
    };
    // The first answer comes last, and must not undo the second.
    await Promise.all([ask('saved folder', 30), ask('chosen folder', 5)]);
    expect(applied).toEqual(['chosen folder']);
    await ask('reloaded', 1);
    expect(applied).toEqual(['chosen folder', 'reloaded']);
  });

  it('keeps one count per user, so two lists do not cancel each other', () => {
    const a = latestRequest();
    const b = latestRequest();
    const first = a();
    b();
    expect(first()).toBe(true);
  });
});
