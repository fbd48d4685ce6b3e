/**
 * A fresh idempotency key. `crypto.randomUUID` exists only in secure contexts, and a bench tablet may
 * reach the hub over plain HTTP on the local network; `getRandomValues` works everywhere.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
