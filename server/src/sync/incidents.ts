import type { Hub } from '../hub.js';
import { isTikTokError } from '../tiktok/index.js';

/**
 * Records a failure that needs a person. The same open failure (shop + kind) is counted, not repeated,
 * so a shop whose authorization lapsed shows one incident, not one per poll.
 */
export async function recordIncident(
  hub: Hub,
  i: { shopId: number | null; kind: string; message: string; retryJob: string | null; retryData: object | null },
): Promise<void> {
  const updated = await hub.pool.query(
    `update app.incident set occurrences = occurrences + 1, last_seen_at = now(), message = $3
     where resolved_at is null and shop_id is not distinct from $1 and kind = $2`,
    [i.shopId, i.kind, i.message],
  );
  if (updated.rowCount) return;
  await hub.pool.query(
    `insert into app.incident (shop_id, kind, message, retry_job, retry_data, occurrences, created_at, last_seen_at)
     values ($1, $2, $3, $4, $5, 1, now(), now())`,
    [i.shopId, i.kind, i.message, i.retryJob, i.retryData ? JSON.stringify(i.retryData) : null],
  );
  hub.log.warn({ shopId: i.shopId, kind: i.kind, message: i.message }, 'incident recorded');
}

/**
 * Runs a shop job's work. A TikTok refusal or lapsed authorization, which retrying cannot fix, becomes an
 * incident (retryable with the same job and data) at once instead of burning retries; anything else is
 * thrown, so pg-boss retries it with backoff and, in the end, dead-letters it.
 */
export async function incidentOnRefusal(hub: Hub, job: string, data: { shopId?: number | null }, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (isTikTokError(e) && (e.kind === 'AUTH_EXPIRED' || e.kind === 'REJECTED')) {
      await recordIncident(hub, { shopId: data.shopId ?? null, kind: `${job}:${e.kind}`, message: e.message, retryJob: job, retryData: data });
      return;
    }
    throw e;
  }
}
