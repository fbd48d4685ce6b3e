import { AFTER_SALE_POLL_JOB } from '../aftersales/aftersales.jobs.js';
import type { Hub } from '../hub.js';
import { DEAD_LETTER_QUEUE, enqueue, type JobDefinition } from '../jobs/queue.js';
import { BACKFILL_JOB } from '../shops/shop-connection.js';
import { shopTokenFromWire } from '../tiktok/index.js';
import { backfillShop } from './backfill.js';
import { incidentOnRefusal, recordIncident } from './incidents.js';
import { pollShop } from './poll.js';
import { WEBHOOK_JOB } from './webhook-intake.js';
import { processWebhooks } from './webhook-process.js';

export const POLL_ALL_JOB = 'shop-poll-all';
export const POLL_JOB = 'shop-poll';
export const TOKEN_REFRESH_JOB = 'shop-token-refresh';

/** `incidentOnRefusal`, and every other failure counted against the shop's sync health before the retry. */
async function guarded(hub: Hub, job: string, data: { shopId?: number }, run: () => Promise<unknown>) {
  try {
    await incidentOnRefusal(hub, job, data, run);
  } catch (e) {
    if (data.shopId) {
      await hub.pool.query(
        'update app.shop_sync set consecutive_failures = consecutive_failures + 1, last_error = $2 where shop_id = $1',
        [data.shopId, e instanceof Error ? e.message : String(e)],
      );
    }
    throw e;
  }
}

export function syncJobs(hub: Hub): JobDefinition<any>[] {
  return [
    {
      name: WEBHOOK_JOB,
      batchSize: 100,
      batchHandler: async (items: { eventId: number }[]) => processWebhooks(hub, items.map((i) => i.eventId)),
    },
    {
      name: BACKFILL_JOB,
      policy: 'stately',
      // A killed worker's job is retried once its heartbeat goes silent; the next page continues from the saved token.
      heartbeatSeconds: 10,
      expireInSeconds: 3600,
      retryLimit: 10,
      handler: async (data: { shopId: number }) =>
        guarded(hub, BACKFILL_JOB, data, async () => {
          await backfillShop(hub, data.shopId);
          // After-sales of the look-back window follow the orders (their first poll reads the whole window).
          await enqueue(hub.boss, AFTER_SALE_POLL_JOB, { shopId: data.shopId }, { singletonKey: String(data.shopId) });
        }),
    },
    {
      name: POLL_ALL_JOB,
      schedule: `*/${Math.max(1, Math.round(hub.config.SYNC_POLL_SECONDS / 60))} * * * *`,
      retryLimit: 0,
      handler: async () => {
        const { rows } = await hub.pool.query(`select id from app.shop where status = 'CONNECTED'`);
        for (const r of rows) await enqueue(hub.boss, POLL_JOB, { shopId: r.id }, { singletonKey: String(r.id) });
      },
    },
    {
      name: POLL_JOB,
      policy: 'stately',
      heartbeatSeconds: 10,
      expireInSeconds: 1800,
      retryLimit: 2,
      handler: async (data: { shopId: number }) => guarded(hub, POLL_JOB, data, () => pollShop(hub, data.shopId)),
    },
    {
      name: TOKEN_REFRESH_JOB,
      schedule: '7 * * * *',
      retryLimit: 2,
      handler: async () => {
        // Renew access tokens that expire within a day; the client serializes renewals per shop.
        const { rows } = await hub.pool.query(
          `select id, tiktok_shop_id from app.shop where status = 'CONNECTED' and access_token_expires_at < now() + interval '1 day'`,
        );
        for (const r of rows) {
          await guarded(hub, TOKEN_REFRESH_JOB, { shopId: r.id }, () =>
            hub.tokens.update(r.tiktok_shop_id, async (current) => {
              if (!current) throw new Error('the shop was disconnected meanwhile');
              // Another worker may have renewed it since the query above.
              if (current.accessTokenExpiresAt * 1000 > Date.now() + 86_400_000) return current;
              return shopTokenFromWire(await hub.tiktok.auth.refreshAccessToken(current.refreshToken));
            }),
          );
        }
      },
    },
    {
      name: DEAD_LETTER_QUEUE,
      retryLimit: 0,
      handler: async (data: { shopId?: number }) =>
        recordIncident(hub, {
          shopId: data.shopId ?? null,
          kind: 'job-failed',
          message: 'A background job failed after every retry.',
          retryJob: null,
          retryData: data,
        }),
    },
  ];
}
