import pg from 'pg';
import { JOURNAL_CHANNEL } from '../src/journal/journal.js';

/**
 * Resolves when `check` passes, re-checking whenever the hub journals a change (the journal's NOTIFY)
 * and, for conditions the journal does not cover, every 200 ms. Fails with `what` after the timeout.
 */
export async function waitUntil(databaseUrl: string, what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  await client.query(`listen ${JOURNAL_CHANNEL}`);
  try {
    await new Promise<void>((resolve, reject) => {
      let busy = false;
      let done = false;
      const attempt = async () => {
        if (busy || done) return;
        busy = true;
        try {
          if (await check()) {
            done = true;
            resolve();
          }
        } catch (e) {
          done = true;
          reject(e);
        } finally {
          busy = false;
        }
      };
      const timer = setInterval(attempt, 200);
      const deadline = setTimeout(() => {
        done = true;
        reject(new Error(`timed out waiting until ${what}`));
      }, timeoutMs);
      client.on('notification', attempt);
      void attempt();
      const finish = () => {
        clearInterval(timer);
        clearTimeout(deadline);
      };
      void new Promise<void>((r) => {
        const poll = setInterval(() => done && (clearInterval(poll), finish(), r()), 20);
      });
    });
  } finally {
    await client.end();
  }
}
