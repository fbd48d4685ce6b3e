import pg from 'pg';

export type Pool = pg.Pool;
export type Tx = pg.PoolClient;

/** Bulk paths (sync upserts, webhook intake, the journal) use plain pg on this pool. */
export function createPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'consign' });
  // An idle connection dropped by the server (restart, failover) is replaced on next use; the error it
  // raises meanwhile must not crash the process. Errors of queries in flight reach their callers.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `fn` in a transaction; any error rolls everything back, so nothing half-written remains. */
export async function withTransaction<T>(pool: pg.Pool, fn: (tx: pg.PoolClient) => Promise<T>): Promise<T> {
  const tx = await pool.connect();
  try {
    await tx.query('begin');
    const result = await fn(tx);
    await tx.query('commit');
    return result;
  } catch (e) {
    await tx.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    tx.release();
  }
}
