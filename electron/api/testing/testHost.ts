import { afterEach, beforeEach } from 'vitest';
import { makeTempDir } from '../../../tests/support/tempDir';
import { createHostContext, type HostContext, type HostOptions } from '../createContext';

/**
 * A fresh host for each test of the surrounding `describe`, in its own temp folder, removed afterwards. By
 * default it keeps browser mode's rules (plans only in the data folder) and autosaves at once.
 */
export function useTestHost(options: Partial<HostOptions> = {}) {
  const host = { ctx: undefined as unknown as HostContext, dir: '' };
  let cleanup = async () => {};
  beforeEach(async () => {
    const temp = await makeTempDir();
    cleanup = temp.cleanup;
    host.dir = temp.dir;
    host.ctx = await createHostContext({
      mode: 'web',
      dataDir: temp.dir,
      restrictToPlansDir: true,
      autosaveDelayMs: 0,
      ...options,
    });
  });
  afterEach(async () => {
    await host.ctx.dispose();
    await cleanup();
  });
  return host;
}
