// `npm run bench`: the performance budgets of DESIGN.md, each figure beside a floor measured in the same run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchAutosave } from './bench/autosave';
import { benchCli } from './bench/cli';
import { benchExports } from './bench/exports';
import { benchRoundTrip } from './bench/roundTrip';
import { benchServe } from './bench/serve';
import { benchTable } from './bench/table';

const dir = await mkdtemp(join(tmpdir(), 'planhjulet-bench-'));
try {
  console.log('Planhjulet bench: 300 measures in 5 focus areas, 12 reporting periods of status updates\n');
  for (const result of await benchAutosave(dir)) console.log(result);
  for (const result of await benchExports()) console.log(result);
  for (const result of await benchCli(dir, ['validate', 'check'])) console.log(result);
  console.log(await benchServe(dir));
  console.log(await benchTable(dir));
  console.log(await benchRoundTrip(dir));
} finally {
  await rm(dir, { recursive: true, force: true });
}
