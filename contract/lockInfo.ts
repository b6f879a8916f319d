import * as z from 'zod';

/** Who holds a plan's lock file and since when; its own module, since the store reads lock files with it. */
export const LockInfo = z.object({
  user: z.string(),
  host: z.string(),
  since: z.string(),
  pid: z.number().optional(),
  /**
   * Set by the backend (never read from a lock file): the lock is from another machine and older than 12
   * hours, so it is probably left behind by a crash. The user may take the plan over (`plan.takeOver`).
   */
  probablyStale: z.boolean().optional(),
  /** Set by the backend: the user may take the plan over (a lock held by someone else, not another window here). */
  canTakeOver: z.boolean().optional(),
});
export type LockInfo = z.infer<typeof LockInfo>;
