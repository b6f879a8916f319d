import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDir';

// electron-builder and its YAML reader are CommonJS build tools; only this test loads them.
const require = createRequire(import.meta.url);
const { build, Platform } = require('electron-builder') as typeof import('electron-builder');
const yaml = require('js-yaml') as { load(text: string): Record<string, unknown> };

/** The marker @electron/fuses looks for in Electron's binary, followed by the wire's version and length. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * Fuse order in wire version 1: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect,
 * EmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, BrowserProcessV8Snapshot, GrantFileProtocolPrivileges.
 * The stand-in starts with every fuse we set the other way round, so each one must be flipped.
 */
const WIRE_BEFORE = '11110011';
const WIRE_AFTER = '01001110';

describe('packaging with electron-builder (a stand-in Electron binary, since the real one cannot be fetched)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let config: Record<string, unknown>;

  beforeAll(async () => {
    temp = await makeTempDir('planhjulet-pack-');
    config = yaml.load(await readFile('electron-builder.yml', 'utf8'));
    const dist = join(temp.dir, 'electron-dist');
    const project = join(temp.dir, 'project');
    await mkdir(dist);
    await mkdir(project);
    await writeFile(
      join(dist, 'electron'),
      Buffer.concat([
        Buffer.from('stand-in '),
        Buffer.from(SENTINEL),
        Buffer.from([1, 8]),
        Buffer.from(WIRE_BEFORE),
      ]),
    );
    await chmod(join(dist, 'electron'), 0o755);
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({
        name: 'planhjulet',
        version: '0.1.0',
        main: 'main.js',
        description: 'Planhjulet',
        author: 'Planhjulet',
      }),
    );
    await writeFile(join(project, 'main.js'), "import('./dist-electron/main.mjs');\n");
    await build({
      projectDir: project,
      targets: Platform.LINUX.createTarget('dir'),
      config: {
        ...config,
        electronVersion: '45.4.1',
        electronDist: dist,
        directories: { output: join(temp.dir, 'out'), buildResources: 'build' },
        files: ['main.js', 'package.json'],
        asarUnpack: [],
        npmRebuild: false,
      },
    });
  });
  afterAll(() => temp.cleanup());

  it('flips the fuses in the packaged binary: no run-as-node, NODE_OPTIONS or inspect; app only from a checked asar', async () => {
    const binary = await readFile(join(temp.dir, 'out', 'linux-unpacked', 'planhjulet'));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length;
    expect(binary.subarray(at + 2, at + 10).toString('latin1')).toBe(WIRE_AFTER);
  });

  it('associates plan files and plan packages with the app', () => {
    const associations = config.fileAssociations as Array<{ ext: string; mimeType: string }>;
    expect(associations.map((a) => a.ext)).toEqual(['planhjul.json', 'planhjulpakke.json']);
    expect(new Set(associations.map((a) => a.mimeType)).size).toBe(2);
  });
});
