import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Actor } from '../src/platform/actor.js';
import { idempotent } from '../src/platform/idempotency.js';
import { startTestHub, type TestHub } from './harness.js';

let hub: TestHub;
const alice: Actor = { kind: 'user', userId: 1, role: 'PACKER', sessionId: 1 };
const bob: Actor = { kind: 'user', userId: 2, role: 'PACKER', sessionId: 2 };

beforeAll(async () => {
  hub = await startTestHub();
  await hub.pool.query('create table app.idem_probe (n int)');
});
afterAll(() => hub?.close());

async function count() {
  return Number((await hub.pool.query('select count(*) from app.idem_probe')).rows[0].count);
}

/** A unit of work whose effect is visible: one row per run. */
function insertOne(result: string) {
  return async (tx: import('pg').PoolClient) => {
    await tx.query('insert into app.idem_probe values (1)');
    return { result, userErrors: [] as { code: string }[] };
  };
}

describe('idempotent mutations', () => {
  test('the same key and input replay the first outcome without running again', async () => {
    await hub.pool.query('truncate app.idem_probe');
    const call = { actor: alice, operation: 'probe', key: 'k1', input: { a: 1, b: [1, 2] } };
    const first = await idempotent(hub.pool, call, insertOne('first'));
    const second = await idempotent(hub.pool, { ...call, input: { b: [1, 2], a: 1 } }, insertOne('second'));
    expect(first).toEqual({ result: 'first', userErrors: [] });
    expect(second).toEqual(first);
    expect(await count()).toBe(1);
  });

  test('the same key with a different input is refused; other callers and operations have their own keys', async () => {
    await hub.pool.query('truncate app.idem_probe');
    const call = { actor: alice, operation: 'probe', key: 'k2', input: { a: 1 } };
    await idempotent(hub.pool, call, insertOne('first'));
    expect(await idempotent(hub.pool, { ...call, input: { a: 2 } }, insertOne('x'))).toEqual({ reused: true });
    expect(await idempotent(hub.pool, { ...call, actor: bob }, insertOne('bob'))).toMatchObject({ result: 'bob' });
    expect(await idempotent(hub.pool, { ...call, operation: 'other' }, insertOne('other'))).toMatchObject({ result: 'other' });
    expect(await count()).toBe(3);
  });

  test('50 concurrent calls with one key: one effect, every caller sees the same outcome', async () => {
    await hub.pool.query('truncate app.idem_probe');
    const call = { actor: alice, operation: 'probe', key: 'k3', input: {} };
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => idempotent(hub.pool, call, insertOne(`run ${i}`))));
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(await count()).toBe(1);
  });

  test('an outcome with user errors writes nothing and leaves the key free', async () => {
    await hub.pool.query('truncate app.idem_probe');
    const call = { actor: alice, operation: 'probe', key: 'k4', input: {} };
    const failed = await idempotent(hub.pool, call, async (tx) => {
      await tx.query('insert into app.idem_probe values (1)');
      return { result: 'no', userErrors: [{ code: 'CONFLICT' }] };
    });
    expect(failed).toEqual({ result: 'no', userErrors: [{ code: 'CONFLICT' }] });
    expect(await count()).toBe(0);
    expect(await idempotent(hub.pool, call, insertOne('retried'))).toMatchObject({ result: 'retried' });
    expect(await count()).toBe(1);
  });

  test('a thrown error rolls back and leaves the key free', async () => {
    const call = { actor: alice, operation: 'probe', key: 'k5', input: {} };
    await expect(idempotent(hub.pool, call, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await idempotent(hub.pool, call, insertOne('ok'))).toMatchObject({ result: 'ok' });
  });
});
