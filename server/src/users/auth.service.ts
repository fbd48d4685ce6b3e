import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { Pool } from '../db/pool.js';
import { select } from '../db/sql.js';
import { userError, type UserErrorShape } from '../graphql/user-errors.js';
import { ANONYMOUS, requireRole, type Actor } from '../platform/actor.js';
import { hashPassword, verifyPassword } from '../platform/passwords.js';
import { hashToken, newToken, TOKEN_PREFIX } from '../platform/tokens.js';
import { ApiToken, type ApiTokenKind } from './api-token.entity.js';
import { Partner } from './partner.entity.js';
import { Session } from './session.entity.js';
import { User, ROLES, type Role } from './user.entity.js';

/** Resolves a bearer token (session or API token) to an actor; anything unknown is anonymous. */
export async function authenticate(db: Pool, bearer: string | undefined): Promise<Actor> {
  if (!bearer) return ANONYMOUS;
  const hash = hashToken(bearer);
  if (bearer.startsWith(TOKEN_PREFIX.session)) {
    const [row] = await select(
      db,
      `select s.id, u.id as user_id, u.role from app.session s join app.user u on u.id = s.user_id
       where s.token_hash = ? and s.revoked_at is null and s.expires_at > now() and u.disabled_at is null`,
      [hash],
    );
    return row ? { kind: 'user', userId: row.user_id, role: row.role, sessionId: row.id } : ANONYMOUS;
  }
  if (bearer.startsWith(TOKEN_PREFIX.api)) {
    // One statement both authenticates and records use (at most once a minute, to keep reads cheap).
    const [row] = await select(
      db,
      `with t as (select id, kind, partner_id from app.api_token where token_hash = ? and revoked_at is null),
            touch as (update app.api_token set last_used_at = now() where id in (select id from t)
                      and (last_used_at is null or last_used_at < now() - interval '1 minute'))
       select * from t`,
      [hash],
    );
    return row ? { kind: 'api-token', tokenId: row.id, tokenKind: row.kind, partnerId: row.partner_id } : ANONYMOUS;
  }
  return ANONYMOUS;
}

/** Compared against when the email is unknown, so a login takes as long whether or not the account exists. */
let decoyHash: Promise<string> | undefined;

export type LoginCode = 'INVALID_CREDENTIALS';

export async function login(
  em: EntityManager,
  input: { email: string; password: string },
  sessionDays: number,
): Promise<{ token: string; user: User } | { userErrors: UserErrorShape<LoginCode>[] }> {
  const user = await em.findOne(User, { email: input.email.trim().toLowerCase(), disabledAt: null });
  decoyHash ??= hashPassword('decoy password that never matches');
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash));
  if (!user || !ok) return { userErrors: [userError('INVALID_CREDENTIALS', 'Email or password is wrong.')] };
  const token = newToken('session');
  em.create(Session, { user, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + sessionDays * 86_400_000) });
  await em.flush();
  return { token, user };
}

/** Revokes the caller's own session (sign out). */
export async function logout(em: EntityManager, actor: Actor): Promise<boolean> {
  if (actor.kind !== 'user') return false;
  const affected = await em.nativeUpdate(Session, { id: actor.sessionId, revokedAt: null }, { revokedAt: new Date() });
  return affected > 0;
}

export type UserCreateCode = 'INVALID_EMAIL' | 'EMAIL_TAKEN' | 'PASSWORD_TOO_SHORT' | 'NAME_REQUIRED' | 'INVALID_ROLE';

export async function createUser(
  em: EntityManager,
  actor: Actor,
  input: { email: string; name: string; role: Role; password: string },
): Promise<{ user?: User; userErrors: UserErrorShape<UserCreateCode>[] }> {
  requireRole(actor);
  const email = input.email.trim().toLowerCase();
  const errors: UserErrorShape<UserCreateCode>[] = [];
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.push(userError('INVALID_EMAIL', 'Enter a valid email address.', ['email']));
  if (!input.name.trim()) errors.push(userError('NAME_REQUIRED', 'Enter a name.', ['name']));
  if (input.password.length < 12) errors.push(userError('PASSWORD_TOO_SHORT', 'Use at least 12 characters.', ['password']));
  if (!ROLES.includes(input.role)) errors.push(userError('INVALID_ROLE', 'Unknown role.', ['role']));
  if (errors.length) return { userErrors: errors };
  if (await em.count(User, { email })) return { userErrors: [userError('EMAIL_TAKEN', 'A user with this email exists.', ['email'])] };
  const user = em.create(User, { email, name: input.name.trim(), role: input.role, passwordHash: await hashPassword(input.password) });
  // The count above answers the common case; the unique index decides a race between two admins.
  if (!(await flushUnique(em))) return { userErrors: [userError('EMAIL_TAKEN', 'A user with this email exists.', ['email'])] };
  return { user, userErrors: [] };
}

export type ApiTokenCreateCode = 'NAME_REQUIRED' | 'PARTNER_REQUIRED' | 'PARTNER_NOT_ALLOWED' | 'PARTNER_NOT_FOUND';

export async function createApiToken(
  em: EntityManager,
  actor: Actor,
  input: { name: string; kind: ApiTokenKind; partnerId: number | null },
): Promise<{ apiToken?: ApiToken; token?: string; userErrors: UserErrorShape<ApiTokenCreateCode>[] }> {
  const admin = requireRole(actor);
  if (!input.name.trim()) return { userErrors: [userError('NAME_REQUIRED', 'Name the token after who uses it.', ['name'])] };
  let partner: Partner | null = null;
  if (input.kind === 'THREE_PL') {
    if (input.partnerId === null) return { userErrors: [userError('PARTNER_REQUIRED', 'A 3PL token belongs to a partner.', ['partnerId'])] };
    partner = await em.findOne(Partner, { id: input.partnerId });
    if (!partner) return { userErrors: [userError('PARTNER_NOT_FOUND', 'No such partner.', ['partnerId'])] };
  } else if (input.partnerId !== null) {
    return { userErrors: [userError('PARTNER_NOT_ALLOWED', 'Only 3PL tokens belong to a partner.', ['partnerId'])] };
  }
  const token = newToken('api');
  const apiToken = em.create(ApiToken, {
    name: input.name.trim(),
    kind: input.kind,
    partner,
    tokenHash: hashToken(token),
    tokenPrefix: token.slice(0, TOKEN_PREFIX.api.length + 6),
    createdBy: em.getReference(User, admin.userId),
  });
  await em.flush();
  return { apiToken, token, userErrors: [] };
}

export async function revokeApiToken(em: EntityManager, actor: Actor, id: number): Promise<ApiToken | null> {
  requireRole(actor);
  const token = await em.findOne(ApiToken, { id });
  if (!token) return null;
  token.revokedAt ??= new Date();
  await em.flush();
  return token;
}

export type PartnerCreateCode = 'NAME_REQUIRED' | 'NAME_TAKEN';

export async function createPartner(
  em: EntityManager,
  actor: Actor,
  name: string,
): Promise<{ partner?: Partner; userErrors: UserErrorShape<PartnerCreateCode>[] }> {
  requireRole(actor);
  const trimmed = name.trim();
  if (!trimmed) return { userErrors: [userError('NAME_REQUIRED', 'Enter the partner name.', ['name'])] };
  if (await em.count(Partner, { name: trimmed })) return { userErrors: [userError('NAME_TAKEN', 'A partner with this name exists.', ['name'])] };
  const partner = em.create(Partner, { name: trimmed });
  if (!(await flushUnique(em))) return { userErrors: [userError('NAME_TAKEN', 'A partner with this name exists.', ['name'])] };
  return { partner, userErrors: [] };
}

/** Flushes; false when a unique constraint refused it (the unit of work is cleared, nothing is written). */
async function flushUnique(em: EntityManager): Promise<boolean> {
  try {
    await em.flush();
    return true;
  } catch (e) {
    if (!(e instanceof UniqueConstraintViolationException)) throw e;
    em.clear();
    return false;
  }
}
