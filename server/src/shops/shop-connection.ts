import { randomBytes } from 'node:crypto';
import { withTransaction } from '../db/pool.js';
import type { Hub } from '../hub.js';
import { enqueue } from '../jobs/queue.js';
import { appendJournal } from '../journal/journal.js';
import type { JournalSource } from '../journal/journal.entity.js';
import { LOGISTICS_SYNC_JOB } from '../shipping/logistics-sync.js';
import { InMemoryRateLimiter, InMemoryTokenStore, shopTokenFromWire, TikTokClient, type TikTokError } from '../tiktok/index.js';

export const BACKFILL_JOB = 'shop-backfill';
const STATE_TTL_MS = 30 * 60_000;

/** Starts TikTok's consent flow: the link to send the seller to, with a single-use CSRF `state`. */
export async function startConnect(hub: Hub, userId: number | null, warehouseId: number | null): Promise<{ url: string; state: string }> {
  const state = randomBytes(24).toString('base64url');
  await hub.pool.query('insert into app.oauth_state (state, created_by_id, warehouse_id, expires_at) values ($1, $2, $3, $4)', [
    state,
    userId,
    warehouseId,
    new Date(Date.now() + STATE_TTL_MS),
  ]);
  const url = new URL(hub.tiktokApp.consentUrl);
  url.searchParams.set('service_id', hub.tiktokApp.serviceId);
  url.searchParams.set('state', state);
  return { url: url.toString(), state };
}

export type ConnectError = 'STATE_INVALID' | 'CODE_REJECTED' | 'NO_SHOPS';

/**
 * The consent callback: checks `state`, exchanges the code, reads the shops the authorization covers
 * (one authorization may bring several), stores each with its sealed tokens and starts its backfill.
 * Reconnecting a disconnected shop reuses its record, so its history stays.
 */
export async function completeConnect(
  hub: Hub,
  code: string,
  state: string,
): Promise<{ shopIds: number[] } | { error: ConnectError; message: string }> {
  const claimed = await hub.pool.query(
    `update app.oauth_state set used_at = now() where state = $1 and used_at is null and expires_at > now() returning warehouse_id`,
    [state],
  );
  if (!claimed.rows.length) return { error: 'STATE_INVALID', message: 'This authorization link was already used or has expired. Start again.' };
  const warehouseId: number | null = claimed.rows[0].warehouse_id;

  let token;
  let shops;
  try {
    token = shopTokenFromWire(await hub.tiktok.auth.getAccessToken(code));
    // The new token is not stored yet: ask for its shops with a client that holds just this token.
    const probe = new TikTokClient({
      appKey: hub.tiktokApp.appKey,
      appSecret: hub.tiktokApp.appSecret,
      apiBaseUrl: hub.tiktokApp.apiBaseUrl,
      authBaseUrl: hub.tiktokApp.authBaseUrl,
      tokenStore: new InMemoryTokenStore({ seller: token }),
      rateLimiter: new InMemoryRateLimiter(),
    });
    shops = (await probe.authorization.getAuthorizedShops({ id: 'seller' })).shops ?? [];
  } catch (e) {
    return { error: 'CODE_REJECTED', message: `TikTok did not accept the authorization: ${(e as TikTokError).message}` };
  }
  if (!shops.length) return { error: 'NO_SHOPS', message: 'The authorization covers no shop.' };

  const sealed = hub.tokens.sealed(token);
  const shopIds = await withTransaction(hub.pool, async (tx) => {
    const ids: number[] = [];
    for (const s of shops) {
      const { rows } = await tx.query(
        `insert into app.shop (tiktok_shop_id, name, region, seller_type, cipher, status, access_token_sealed, access_token_expires_at,
           refresh_token_sealed, refresh_token_expires_at, default_warehouse_id, connected_at, disconnected_at, created_at, updated_at)
         values ($1, $2, $3, $4, $5, 'CONNECTED', $6, $7, $8, $9, $10, now(), null, now(), now())
         on conflict (tiktok_shop_id) do update set name = excluded.name, region = excluded.region, seller_type = excluded.seller_type,
           cipher = excluded.cipher, status = 'CONNECTED', access_token_sealed = excluded.access_token_sealed,
           access_token_expires_at = excluded.access_token_expires_at, refresh_token_sealed = excluded.refresh_token_sealed,
           refresh_token_expires_at = excluded.refresh_token_expires_at,
           default_warehouse_id = coalesce(excluded.default_warehouse_id, app.shop.default_warehouse_id),
           connected_at = now(), disconnected_at = null, updated_at = now()
         returning id`,
        [s.id, s.name ?? s.id, s.region ?? '', s.seller_type ?? null, s.cipher ?? null, ...sealed, warehouseId],
      );
      const id: number = rows[0].id;
      ids.push(id);
      await tx.query(
        `insert into app.shop_sync (shop_id) values ($1) on conflict (shop_id) do update set reauthorize_by = null, consecutive_failures = 0, last_error = null`,
        [id],
      );
      await enqueue(hub.boss, BACKFILL_JOB, { shopId: id }, { tx, singletonKey: String(id) });
      // Warehouses, delivery options and carriers: needed to map carriers and to ship.
      await enqueue(hub.boss, LOGISTICS_SYNC_JOB, { shopId: id }, { tx, singletonKey: String(id) });
    }
    await appendJournal(
      tx,
      ids.map((id) => ({ shopId: id, entityType: 'Shop', entityId: id, kind: 'SHOP_CONNECTED', source: 'USER' as const })),
    );
    return ids;
  });
  return { shopIds };
}

/** Stops syncing and pushing for the shop and forgets its tokens; its orders stay readable. */
export async function disconnectShop(hub: Hub, shopId: number, source: JournalSource, reason: string): Promise<boolean> {
  return withTransaction(hub.pool, async (tx) => {
    const { rowCount } = await tx.query(
      `update app.shop set status = 'DISCONNECTED', access_token_sealed = null, refresh_token_sealed = null,
         access_token_expires_at = null, refresh_token_expires_at = null, disconnected_at = now(), updated_at = now()
       where id = $1 and status = 'CONNECTED'`,
      [shopId],
    );
    if (!rowCount) return false;
    await tx.query(`update app.shop_sync set backfill_status = case when backfill_status = 'RUNNING' then 'FAILED' else backfill_status end,
      last_error = $2 where shop_id = $1`, [shopId, reason]);
    await appendJournal(tx, [{ shopId, entityType: 'Shop', entityId: shopId, kind: 'SHOP_DISCONNECTED', source, data: { reason } }]);
    return true;
  });
}
