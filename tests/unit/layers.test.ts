import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayers } from '../../scripts/checkLayers';

const repoRoot = path.resolve(import.meta.dirname, '../..');
let scratch: string | null = null;

function tree(files: Record<string, string>): string {
  scratch = mkdtempSync(path.join(tmpdir(), 'layers-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(scratch, name)), { recursive: true });
    writeFileSync(path.join(scratch, name), text);
  }
  return scratch;
}

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
});

describe('layer rules', () => {
  it('hold for the project itself', () => {
    expect(checkLayers(repoRoot)).toEqual([]);
  });

  it('refuse every arrow that points up', () => {
    const root = tree({
      'core/plan.ts':
        "import { x } from '../electron/store/planDocuments';\nimport { readFile } from 'node:fs';\n",
      'contract/methods.ts': "import type { Y } from '../electron/api/context';\n",
      'renderer/page.tsx': "import { call } from '../electron/api/dispatch';\n",
      'electron/store/doc.ts': "import { ApiError } from '../api/apiError';\n",
      'electron/export/word.ts': "export { thing } from '../cli/run';\n",
      'electron/library/lib.ts': "const lazy = () => import('../api/handlers');\n",
      'templates/units.ts': "import { invoke } from '../renderer/api/client';\n",
      'electron/api/handler.ts': "import { app } from 'electron';\n",
    });
    const found = checkLayers(root).map((v) => `${v.file} -> ${v.target}`);
    expect(found).toEqual([
      'contract/methods.ts -> electron/api/context',
      'core/plan.ts -> electron/store/planDocuments',
      'core/plan.ts -> node:fs',
      'electron/api/handler.ts -> electron',
      'electron/export/word.ts -> electron/cli/run',
      'electron/library/lib.ts -> electron/api/handlers',
      'electron/store/doc.ts -> electron/api/apiError',
      'renderer/page.tsx -> electron/api/dispatch',
      'templates/units.ts -> renderer/api/client',
    ]);
  });

  it('allow the arrows that point down', () => {
    const root = tree({
      'core/plan.ts': "import * as z from 'zod';\nimport { Id } from './schema/common';\n",
      'contract/methods.ts': "import { Plan } from '../core/schema/plan';\n",
      'renderer/page.tsx':
        "import { contract } from '../contract/contract';\nimport type { Plan } from '../core/schema/plan';\n",
      'electron/store/doc.ts':
        "import { Plan } from '../../core/schema/plan';\nimport type { LockInfo } from '../../contract/methods/plan';\n",
      'electron/api/handler.ts': "import { PlanDocuments } from '../store/planDocuments';\n",
      'electron/shell/window.ts': "import { BrowserWindow } from 'electron';\n",
    });
    expect(checkLayers(root)).toEqual([]);
  });
});
