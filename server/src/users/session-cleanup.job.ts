import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../jobs/queue.js';

/** Deletes sessions that expired or were revoked more than a week ago; they can no longer authenticate. */
export function sessionCleanupJob(orm: MikroORM): JobDefinition {
  return {
    name: 'session-cleanup',
    schedule: '17 3 * * *',
    handler: async () => {
      await orm.em.fork().execute(
        `delete from app.session where expires_at < now() - interval '7 days' or revoked_at < now() - interval '7 days'`,
      );
    },
  };
}
