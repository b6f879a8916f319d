import { describe, expect, it } from 'vitest';
import { commands } from './index';

describe('the command list', () => {
  it('loads, under each name, the command of that name', async () => {
    const loaded = await Promise.all(
      Object.entries(commands).map(async ([name, load]) => [name, (await load()).name]),
    );
    for (const [name, loadedName] of loaded) expect(loadedName).toBe(name);
    expect(loaded.length).toBeGreaterThan(10);
  });
});
