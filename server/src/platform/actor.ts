import type { Role } from '../users/user.entity.js';
import type { ApiTokenKind } from '../users/api-token.entity.js';
import { AuthError } from './errors.js';

/** Who is asking. Resolved once per request (HTTP) or per connection (WebSocket) from the bearer token. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: number; role: Role; sessionId: number }
  | { kind: 'api-token'; tokenId: number; tokenKind: ApiTokenKind; partnerId: number | null };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

export function requireSignedIn(actor: Actor): Exclude<Actor, { kind: 'anonymous' }> {
  if (actor.kind === 'anonymous') throw new AuthError('UNAUTHENTICATED', 'Sign in or send an API token.');
  return actor;
}

/** Staff users with one of the roles (ADMIN always passes). */
export function requireRole(actor: Actor, ...roles: Role[]): Extract<Actor, { kind: 'user' }> {
  const a = requireSignedIn(actor);
  if (a.kind !== 'user' || (a.role !== 'ADMIN' && !roles.includes(a.role))) {
    throw new AuthError('FORBIDDEN', `This needs the role ${['ADMIN', ...roles].join(' or ')}.`);
  }
  return a;
}

/** The partner whose packages bound what this actor may see, or null when it is not partner-scoped. */
export function partnerScope(actor: Actor): number | null {
  return actor.kind === 'api-token' && actor.tokenKind === 'THREE_PL' ? actor.partnerId ?? -1 : null;
}
