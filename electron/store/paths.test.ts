import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/support/tempDir';
import { backupsDir, defaultDataDir, isPlanPath, plansDir, slugify, uniquePlanPath } from './paths';

describe('defaultDataDir', () => {
  it('uses PLANHJULET_HOME before anything else', () => {
    expect(defaultDataDir({ PLANHJULET_HOME: '/srv/planer', APPDATA: 'C:\\x' }, 'win32', '/home/kari')).toBe(
      '/srv/planer',
    );
  });
  it('follows each platform’s convention', () => {
    expect(defaultDataDir({}, 'linux', '/home/kari')).toBe('/home/kari/.config/planhjulet');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/data/cfg' }, 'linux', '/home/kari')).toBe(
      '/data/cfg/planhjulet',
    );
    expect(defaultDataDir({ XDG_CONFIG_HOME: 'relativ' }, 'linux', '/home/kari')).toBe(
      '/home/kari/.config/planhjulet',
    );
    expect(defaultDataDir({}, 'darwin', '/Users/kari')).toBe(
      '/Users/kari/Library/Application Support/Planhjulet',
    );
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\kari\\AppData\\Roaming' }, 'win32', 'C:\\Users\\kari')).toBe(
      'C:\\Users\\kari\\AppData\\Roaming\\Planhjulet',
    );
  });
});

describe('plan paths', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('puts plans and backups in their own folders', () => {
    expect(plansDir('/d')).toBe(join('/d', 'plans'));
    expect(backupsDir('/d')).toBe(join('/d', 'backups'));
  });

  it('keeps Norwegian letters and drops what is unsafe in a file name', () => {
    expect(slugify('Trygg hverdag – Bodø 2026–2029')).toBe('trygg-hverdag-bodø-2026-2029');
    expect(slugify('Vold i nære relasjoner: Ål/Åsnes "kommune" <2026>?*|')).toBe(
      'vold-i-nære-relasjoner-ål-åsnes-kommune-2026',
    );
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('   ')).toBe('plan');
    expect(slugify('CON')).toBe('con-plan');
    expect(Array.from(slugify('æ'.repeat(200)))).toHaveLength(60);
  });

  it('picks a name not yet taken, with -2, -3 … suffixes', async () => {
    const first = await uniquePlanPath(temp.dir, 'Trygg hverdag');
    expect(first).toBe(join(temp.dir, 'trygg-hverdag.planhjul.json'));
    await writeFile(first, '{}');
    expect(await uniquePlanPath(temp.dir, 'Trygg hverdag')).toBe(
      join(temp.dir, 'trygg-hverdag-2.planhjul.json'),
    );
    // A lock without its plan means someone is creating that file right now.
    await writeFile(join(temp.dir, 'trygg-hverdag-2.planhjul.json.lock'), '{}');
    expect(await uniquePlanPath(temp.dir, 'Trygg hverdag')).toBe(
      join(temp.dir, 'trygg-hverdag-3.planhjul.json'),
    );
  });

  it('recognises plan files by their extension', () => {
    expect(isPlanPath('/a/plan.planhjul.json')).toBe(true);
    expect(isPlanPath('C:\\Planer\\Plan.PLANHJUL.JSON')).toBe(true);
    expect(isPlanPath('/a/.planhjul.json')).toBe(false);
    expect(isPlanPath('/a/plan.json')).toBe(false);
    expect(isPlanPath('/a/plan.planhjul.json.lock')).toBe(false);
  });
});
