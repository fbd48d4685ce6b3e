import { PgBoss } from 'pg-boss';
import type { Logger } from '../platform/logger.js';

/** pg-boss keeps its tables apart from the app's. */
export const QUEUE_SCHEMA = 'pgboss';

export interface JobDefinition<T extends object = object> {
  name: string;
  /** Cron expression (UTC) for recurring jobs. */
  schedule?: string;
  retryLimit?: number;
  handler: (data: T) => Promise<void>;
}

export function createBoss(databaseUrl: string): PgBoss {
  // A low backstop poll: retries and deferred jobs are found only by polling (pg-boss notifies new jobs only).
  return new PgBoss({ connectionString: databaseUrl, schema: QUEUE_SCHEMA, max: 5 });
}

/** Creates every queue in the registry, subscribes a worker to each and installs the schedules. */
export async function startWorkers(boss: PgBoss, jobs: readonly JobDefinition<any>[], log: Logger): Promise<void> {
  for (const job of jobs) {
    await boss.createQueue(job.name, { retryLimit: job.retryLimit ?? 5, retryDelay: 2, retryBackoff: true });
    await boss.work(job.name, { batchSize: 10 }, async (batch) => {
      for (const item of batch) {
        const started = Date.now();
        await job.handler(item.data as object);
        log.debug({ job: job.name, id: item.id, ms: Date.now() - started }, 'job done');
      }
    });
    if (job.schedule) await boss.schedule(job.name, job.schedule);
  }
}
