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

/** Clients inside `withTransaction`, and what each runs with its COMMIT. */
const commitTails = new WeakMap<pg.PoolClient, string[]>();

/**
 * Runs `sql` (no parameters) when the caller's `withTransaction` commits, in the same message as the
 * COMMIT: a lock it takes is held only while the server works, not while this process is busy with
 * other things before it sends COMMIT (the journal's lock, held that way, queued every sync writer).
 */
export function atCommit(tx: pg.PoolClient, sql: string): void {
  const tail = commitTails.get(tx);
  if (!tail) throw new Error('atCommit needs a transaction opened by withTransaction');
  tail.push(sql);
}

/** Runs `fn` in a transaction; any error rolls everything back, so nothing half-written remains. */
export async function withTransaction<T>(pool: pg.Pool, fn: (tx: pg.PoolClient) => Promise<T>): Promise<T> {
  const tx = await pool.connect();
  try {
    await tx.query('begin');
    commitTails.set(tx, []);
    const result = await fn(tx);
    // If a statement of the tail fails, the server skips the COMMIT after it and the catch rolls back.
    await tx.query([...commitTails.get(tx)!, 'commit'].join(';\n'));
    return result;
  } catch (e) {
    await tx.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    commitTails.delete(tx);
    tx.release();
  }
}
