// The one Web Crypto function core needs; Node and every secure browser context have it. Declared here so
// that core compiles without DOM or Node types.
declare const crypto: { randomUUID(): string };

let seeded: (() => string) | null = null;

/** A new identifier: random, or taken from the seed of the step being applied (see `withIdsFrom`). */
export function newId(): string {
  return seeded ? seeded() : crypto.randomUUID();
}

/** A new random identifier, also while a step is applied: for ids that name a step itself. */
export function randomId(): string {
  return crypto.randomUUID();
}

/**
 * Runs `work` with `newId()` giving `seed`, `seed.2`, `seed.3` … A step of edits is applied in the page, in the
 * backend and again when it is replayed on a plan changed from outside; ids taken from the step's own id make
 * every application give the same plan.
 */
export function withIdsFrom<T>(seed: string, work: () => T): T {
  const outer = seeded;
  let count = 0;
  seeded = () => {
    count += 1;
    return count === 1 ? seed : `${seed}.${count}`;
  };
  try {
    return work();
  } finally {
    seeded = outer;
  }
}
