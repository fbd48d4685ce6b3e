import type { Pool } from '../db/pool.js';
import type { ShopSyncHealth } from './sync.types.js';

/** Sync health of a shop; `lastWebhookAt` is derived from the deliveries themselves. */
export async function syncHealth(pool: Pool, shopId: number): Promise<ShopSyncHealth> {
  const { rows } = await pool.query(
    `select ss.*, (select max(received_at) from app.inbound_event e where e.tiktok_shop_id = s.tiktok_shop_id) as last_webhook_at,
       (select count(*)::int from app.incident i where i.shop_id = s.id and i.resolved_at is null) as open_incidents
     from app.shop s left join app.shop_sync ss on ss.shop_id = s.id where s.id = $1`,
    [shopId],
  );
  const r = rows[0] ?? {};
  return {
    watermark: r.watermark ?? null,
    lagSeconds: r.watermark ? Math.max(0, Math.round((Date.now() - new Date(r.watermark).getTime()) / 1000)) : null,
    lastWebhookAt: r.last_webhook_at ?? null,
    lastPollAt: r.last_poll_at ?? null,
    lastSuccessfulPollAt: r.last_poll_ok_at ?? null,
    consecutiveFailures: r.consecutive_failures ?? 0,
    lastError: r.last_error ?? null,
    backfill: {
      status: r.backfill_status ?? 'NOT_STARTED',
      done: r.backfill_done ?? 0,
      total: r.backfill_total ?? null,
      since: r.backfill_since ?? null,
    },
    reauthorizeBy: r.reauthorize_by ?? null,
    openIncidents: r.open_incidents ?? 0,
  };
}
