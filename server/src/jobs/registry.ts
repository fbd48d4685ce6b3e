import { afterSaleJobs } from '../aftersales/aftersales.jobs.js';
import type { Hub } from '../hub.js';
import { idempotencyCleanupJob } from '../platform/idempotency.js';
import { shippingJobs } from '../shipping/push.job.js';
import { packageChangeJobs } from '../split-combine/push-change.js';
import { syncJobs } from '../sync/sync.jobs.js';
import { sessionCleanupJob } from '../users/session-cleanup.job.js';
import type { JobDefinition } from './queue.js';

/** The one list of background jobs; the worker process and `npm start` both run it. */
export function jobRegistry(hub: Hub): JobDefinition<any>[] {
  return [
    sessionCleanupJob(hub.orm),
    idempotencyCleanupJob(hub.pool),
    ...syncJobs(hub),
    ...shippingJobs(hub),
    ...afterSaleJobs(hub),
    ...packageChangeJobs(hub),
  ];
}
