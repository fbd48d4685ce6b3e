import { createHash, randomBytes } from 'node:crypto';

/** Prefixes make leaked tokens recognisable (secret scanners) and tell the kind at a glance. */
export const TOKEN_PREFIX = { session: 'cns_s_', api: 'cns_t_' } as const;

export function newToken(kind: keyof typeof TOKEN_PREFIX): string {
  return TOKEN_PREFIX[kind] + randomBytes(32).toString('base64url');
}

/** Tokens are 256-bit random, so a plain SHA-256 is enough to store them: there is nothing to brute-force. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
