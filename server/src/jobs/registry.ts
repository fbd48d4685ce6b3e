import type { MikroORM } from '@mikro-orm/postgresql';
import { sessionCleanupJob } from '../users/session-cleanup.job.js';
import type { JobDefinition } from './queue.js';

/** The one list of background jobs; the worker process and `npm start` both run it. */
export function jobRegistry(orm: MikroORM): JobDefinition<any>[] {
  return [sessionCleanupJob(orm)];
}
