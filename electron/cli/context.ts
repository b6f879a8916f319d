import { createHostContext, type HostContext } from '../api/createContext';
import { defaultDataDir } from '../store/paths';

/**
 * The CLI runs the same handlers as the app, with saves written at once (no autosave delay), and its results are
 * not checked against the contract a second time (`ApiContext.checkResults`).
 */
export function createCliContext(dataDir?: string): Promise<HostContext> {
  return createHostContext({
    mode: 'cli',
    dataDir: dataDir ?? defaultDataDir(),
    autosaveDelayMs: 0,
    checkResults: false,
  });
}

/** Runs `work` with a CLI context and always releases locks and flushes saves afterwards. */
export async function withCliContext<T>(
  dataDir: string | undefined,
  work: (ctx: HostContext) => Promise<T>,
): Promise<T> {
  const ctx = await createCliContext(dataDir);
  let result: T;
  try {
    result = await work(ctx);
  } catch (error) {
    // The command's own failure is the one to report; closing afterwards may fail for the same reason.
    await ctx.dispose().catch(() => undefined);
    throw error;
  }
  await ctx.dispose();
  return result;
}
