// `npm run bench`: the performance budgets of DESIGN.md, each figure beside a floor measured in the same run.
// `npm run bench -- exports cli` runs only the parts named (autosave, exports, cli, serve, table, roundtrip).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchAutosave } from './bench/autosave';
import { benchCli } from './bench/cli';
import { benchCliExports } from './bench/cliExports';
import { benchExports } from './bench/exports';
import { benchRoundTrip } from './bench/roundTrip';
import { benchServe } from './bench/serve';
import { benchTable } from './bench/table';

const parts: Record<string, (dir: string) => Promise<string | string[]>> = {
  autosave: benchAutosave,
  exports: async (dir) => [...(await benchExports()), ...(await benchCliExports(dir))],
  cli: (dir) => benchCli(dir, ['validate', 'check']),
  serve: benchServe,
  table: benchTable,
  roundtrip: benchRoundTrip,
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in parts));
if (unknown.length > 0)
  throw new Error(`Unknown bench part ${unknown.join(', ')}: ${Object.keys(parts).join(', ')}`);

const dir = await mkdtemp(join(tmpdir(), 'planhjulet-bench-'));
try {
  console.log('Planhjulet bench: 300 measures in 5 focus areas, 12 reporting periods of status updates\n');
  for (const [name, run] of Object.entries(parts)) {
    if (asked.length > 0 && !asked.includes(name)) continue;
    const result = await run(dir);
    for (const text of Array.isArray(result) ? result : [result]) console.log(text);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
