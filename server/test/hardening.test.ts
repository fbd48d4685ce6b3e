import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestHub, type TestHub } from './harness.js';

let hub: TestHub;
let prod: TestHub;
let token: string;

beforeAll(async () => {
  [hub, prod] = await Promise.all([startTestHub(), startTestHub({ env: { NODE_ENV: 'production', CONSIGN_SECRET_KEY: 'ab'.repeat(32) } })]);
  token = await hub.signIn('PACKER');
});
afterAll(async () => {
  await hub?.close();
  await prod?.close();
});

async function post(body: string, contentType = 'application/json') {
  const res = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${token}` }, body });
  return { status: res.status, body: await res.json() };
}

describe('hardening', () => {
  test('malformed JSON gets 400 with a GraphQL error body', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  test('a body over 1 MB gets 413 with a GraphQL error body', async () => {
    const res = await post(JSON.stringify({ query: `{ viewer { user { id } } }`, variables: { pad: 'x'.repeat(1_100_000) } }));
    expect(res.status).toBe(413);
    expect(res.body.errors[0].message).toMatch(/exceeds 1mb/);
  });

  test('a query that is not GraphQL gets 400, never 500', async () => {
    const res = await post(JSON.stringify({ query: '{ orders(first: ' }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('depth, alias and cost limits refuse abusive queries', async () => {
    const deep = await hub.gql(
      `{ orders(first: 1) { nodes { packages { orders { packages { orders { packages { orders { packages { orders { packages { orders { id } } } } } } } } } } } } }`,
      {},
      token,
    );
    expect(deep.errors?.[0]?.message).toMatch(/levels deep; the limit is 12/);
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: viewer { user { id } }`).join(' ');
    expect((await hub.gql(`{ ${aliases} }`, {}, token)).errors?.[0]?.message).toMatch(/more than 30 aliases/);
    const costly = await hub.gql(
      `{ orders(first: 100) { nodes { packages { orders { lines { id sellerSku productName } packages { lines { id } } } } } } }`,
      {},
      token,
    );
    expect(costly.errors?.[0]?.message).toMatch(/Query cost \d+ exceeds the limit/);
  });

  test('introspection is refused in production unless the caller is an administrator', async () => {
    const packer = await prod.signIn('PACKER');
    const administrator = await prod.signIn('ADMIN');
    const q = `{ __schema { queryType { name } } }`;
    expect((await prod.gql(q, {}, packer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await prod.gql(q)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await prod.gql(q, {}, administrator)).data.__schema.queryType.name).toBe('Query');
    expect((await hub.gql(q, {}, token)).data.__schema.queryType.name).toBe('Query');
  });

  test('health and readiness endpoints answer', async () => {
    expect(await (await fetch(`${hub.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${hub.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  test('every response carries a request id for support', async () => {
    const res = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ viewer { user { id } } }"}' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
