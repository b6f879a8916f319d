// The one Web Crypto function core needs; Node and every secure browser context have it. Declared here so
// that core compiles without DOM or Node types.
declare const crypto: { randomUUID(): string };

/** A new random identifier. */
export function newId(): string {
  return crypto.randomUUID();
}
