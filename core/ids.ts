/** A new random identifier. `crypto.randomUUID` exists in Node and in every secure browser context. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
