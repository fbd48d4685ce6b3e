import { PgBoss, type QueuePolicy } from 'pg-boss';
import type { Tx } from '../db/pool.js';
import type { Logger } from '../platform/logger.js';

/** pg-boss keeps its tables apart from the app's. */
export const QUEUE_SCHEMA = 'pgboss';
/** Jobs that failed every retry land here and become incidents. */
export const DEAD_LETTER_QUEUE = 'dead-letter';

interface JobOptions {
  name: string;
  /** Cron expression (UTC) for recurring jobs. */
  schedule?: string;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** `stately`: at most one queued and one running job per singleton key (one poll per shop). */
  policy?: QueuePolicy;
  /** A job still active after this long is considered dead (worker killed) and retried. */
  expireInSeconds?: number;
  /**
   * For long jobs: the running worker refreshes a heartbeat; one silent this long (killed) has its job
   * retried, without waiting for `expireInSeconds`.
   */
  heartbeatSeconds?: number;
  batchSize?: number;
}

/** A job handled one item at a time, or a whole fetched batch at once (e.g. one TikTok call for many webhooks). */
export type JobDefinition<T extends object = object> = JobOptions &
  (
    | { handler: (data: T, attempt: { retryCount: number }) => Promise<void>; batchHandler?: never }
    | { batchHandler: (items: T[]) => Promise<void>; handler?: never }
  );

export function createBoss(databaseUrl: string): PgBoss {
  // LISTEN/NOTIFY wakes a worker within milliseconds of a send instead of at its next poll.
  // Supervision every 5 s: a job whose worker died is noticed (heartbeat) and retried within seconds.
  return new PgBoss({
    connectionString: databaseUrl,
    schema: QUEUE_SCHEMA,
    max: 5,
    useListenNotify: true,
    superviseIntervalSeconds: 5,
    monitorIntervalSeconds: 5,
  });
}

/**
 * Enqueues a job; with `tx`, inside that transaction, so the job exists exactly when the change that
 * asked for it was committed.
 */
export async function enqueue(boss: PgBoss, name: string, data: object, opts: { tx?: Tx; singletonKey?: string; startAfterSeconds?: number } = {}) {
  return boss.send(name, data, {
    ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}),
    ...(opts.startAfterSeconds ? { startAfter: opts.startAfterSeconds } : {}),
    ...(opts.tx ? { db: { executeSql: (text: string, values?: unknown[]) => opts.tx!.query(text, values as unknown[]) } } : {}),
  });
}

/** Creates every queue in the registry (idempotent). Every process that sends jobs calls it at start. */
export async function createQueues(boss: PgBoss, jobs: readonly JobDefinition<any>[]): Promise<void> {
  await boss.createQueue(DEAD_LETTER_QUEUE);
  for (const job of jobs) {
    await boss.createQueue(job.name, {
      policy: job.policy ?? 'standard',
      retryLimit: job.retryLimit ?? 5,
      retryDelay: job.retryDelaySeconds ?? 2,
      retryBackoff: true,
      expireInSeconds: job.expireInSeconds ?? 300,
      ...(job.heartbeatSeconds ? { heartbeatSeconds: job.heartbeatSeconds } : {}),
      notify: true,
      ...(job.name === DEAD_LETTER_QUEUE ? {} : { deadLetter: DEAD_LETTER_QUEUE }),
    });
  }
}

/** Creates the queues, subscribes a worker to each and installs the schedules. */
export async function startWorkers(boss: PgBoss, jobs: readonly JobDefinition<any>[], log: Logger): Promise<void> {
  await createQueues(boss, jobs);
  for (const job of jobs) {
    await boss.work(job.name, { batchSize: job.batchSize ?? 5, pollingIntervalSeconds: 1, notifyPollingIntervalSeconds: 1, burstWhenBatchFull: true }, async (batch) => {
      if (job.batchHandler) return job.batchHandler(batch.map((item) => item.data as object));
      const handler = job.handler;
      // Jobs of a batch are independent: one failing must not fail (and retry) the others.
      const results = await Promise.allSettled(
        batch.map(async (item) => {
          const started = Date.now();
          await handler(item.data as object, { retryCount: item.retryCount ?? 0 });
          log.debug({ job: job.name, id: item.id, ms: Date.now() - started }, 'job done');
        }),
      );
      const failures = results.flatMap((r, i) => (r.status === 'rejected' ? [{ id: batch[i]!.id, err: r.reason }] : []));
      for (const f of failures) log.warn({ job: job.name, id: f.id, err: f.err }, 'job failed');
      if (failures.length === batch.length && failures.length) throw failures[0]!.err;
      if (failures.length) await boss.fail(job.name, failures.map((f) => f.id), { message: String(failures[0]!.err) });
    });
    if (job.schedule) await boss.schedule(job.name, job.schedule);
  }
}
