#!/usr/bin/env node
// Installed entry of the `planhjulet` command: the bundled CLI from `npm run build` when there is one,
// otherwise the TypeScript sources through tsx.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist-electron/cli.mjs', import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../electron/cli.ts');
}
