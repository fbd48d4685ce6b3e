import type { Hub } from '../hub.js';
import { enqueue, type JobDefinition } from '../jobs/queue.js';
import { incidentOnRefusal } from '../sync/incidents.js';
import { AFTER_SALE_PUSH_JOB } from './after-sale-actions.js';
import { pollAfterSales } from './after-sale-poll.js';
import { scanDeadlines } from './deadline-warnings.js';
import { pushAction } from './push-action.js';

export const AFTER_SALE_POLL_ALL_JOB = 'after-sale-poll-all';
export const AFTER_SALE_POLL_JOB = 'after-sale-poll';
export const AFTER_SALE_DEADLINE_JOB = 'after-sale-deadlines';
const PUSH_RETRIES = 5;

export function afterSaleJobs(hub: Hub): JobDefinition<any>[] {
  return [
    {
      name: AFTER_SALE_PUSH_JOB,
      retryLimit: PUSH_RETRIES,
      retryDelaySeconds: 5,
      handler: async (data: { actionId: number }, attempt) => pushAction(hub, data.actionId, attempt.retryCount >= PUSH_RETRIES),
    },
    {
      name: AFTER_SALE_POLL_ALL_JOB,
      schedule: `*/${Math.max(1, Math.round(hub.config.SYNC_POLL_SECONDS / 60))} * * * *`,
      retryLimit: 0,
      handler: async () => {
        const { rows } = await hub.pool.query(`select id from app.shop where status = 'CONNECTED'`);
        for (const r of rows) await enqueue(hub.boss, AFTER_SALE_POLL_JOB, { shopId: r.id }, { singletonKey: String(r.id) });
      },
    },
    {
      name: AFTER_SALE_POLL_JOB,
      policy: 'stately',
      heartbeatSeconds: 10,
      expireInSeconds: 1800,
      retryLimit: 2,
      handler: async (data: { shopId: number }) => {
        // As for orders: a refusal or lost access needs a person, anything else is retried.
        await incidentOnRefusal(hub, AFTER_SALE_POLL_JOB, data, () => pollAfterSales(hub, data.shopId));
      },
    },
    {
      name: AFTER_SALE_DEADLINE_JOB,
      schedule: '* * * * *',
      retryLimit: 0,
      handler: async () => {
        await scanDeadlines(hub);
      },
    },
  ];
}
