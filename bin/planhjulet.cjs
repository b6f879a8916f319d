#!/usr/bin/env node
// Installed entry of the `planhjulet` command: the bundled CLI from `npm run build` when there is one,
// otherwise the TypeScript sources through tsx. CommonJS, as the bundle is: an ES module entry alone makes
// every command start a tenth slower.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist-electron', 'cli.cjs');
if (existsSync(bundle)) {
  require(bundle).run(process.argv.slice(2));
} else {
  import('tsx/esm/api').then(({ register }) => {
    register();
    return import('../electron/cli.ts');
  });
}
