import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedHub } from '../../fixtures/demo/seed-hub.js';
import { startTestHub, type TestHub } from './harness.js';

let hub: TestHub;
let admin: string;

beforeAll(async () => {
  hub = await startTestHub();
  await seedHub(hub.pool, { orders: 40, seed: 3 });
  admin = await hub.signIn('ADMIN', 'boss@example.com');
});
afterAll(() => hub?.close());

async function wsQuery(token: string | undefined, query: string): Promise<any> {
  const client = createClient({
    url: hub.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  try {
    return await new Promise((resolve, reject) => {
      let result: unknown;
      client.subscribe({ query }, { next: (r) => (result = r), error: reject, complete: () => resolve(result) });
    });
  } finally {
    await client.dispose();
  }
}

async function createToken(kind: 'SHIPPING_TOOL' | 'THREE_PL', partnerId?: string) {
  const res = await hub.gql(
    `mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token apiToken { id kind prefix } userErrors { code field } } }`,
    { input: { name: `${kind} token`, kind, partnerId } },
    admin,
  );
  return res.data.apiTokenCreate;
}

describe('sessions', () => {
  test('a wrong password and an unknown email get the same typed error', async () => {
    const login = `mutation($i: LoginInput!) { login(input: $i) { token userErrors { code message } } }`;
    const wrong = await hub.gql(login, { i: { email: 'boss@example.com', password: 'not the password' } });
    const unknown = await hub.gql(login, { i: { email: 'nobody@example.com', password: 'whatever it is' } });
    expect(wrong.data.login).toEqual(unknown.data.login);
    expect(wrong.data.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    expect(wrong.data.login.token).toBeNull();
  });

  test('passwords are stored as scrypt hashes and tokens only as digests', async () => {
    const { rows } = await hub.pool.query(`select password_hash from app.user where email = 'boss@example.com'`);
    expect(rows[0].password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    const sessions = await hub.pool.query('select token_hash from app.session');
    for (const s of sessions.rows) expect(s.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sessions.rows.map((s) => s.token_hash)).not.toContain(admin);
  });

  test('the same session token works over HTTP and in graphql-ws connectionParams', async () => {
    const http = await hub.gql(`{ viewer { user { email role } } }`, {}, admin);
    expect(http.data.viewer.user).toEqual({ email: 'boss@example.com', role: 'ADMIN' });
    const ws = await wsQuery(admin, `{ viewer { user { email role } } }`);
    expect(ws.data.viewer.user).toEqual({ email: 'boss@example.com', role: 'ADMIN' });
  });

  test('a WebSocket with bad credentials is refused; anonymous ones get UNAUTHENTICATED', async () => {
    await expect(wsQuery('cns_s_forged', `{ viewer { user { email } } }`)).rejects.toBeTruthy();
    const anon = await wsQuery(undefined, `{ orders(first: 1) { nodes { id } } }`);
    expect(anon.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  test('a session revoked while its WebSocket is open stops working on that socket', async () => {
    const token = await hub.signIn('PACKER');
    const client = createClient({
      url: hub.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      // Keep the one socket open between operations: the point is what happens on it after sign-out.
      lazy: false,
    });
    const run = () =>
      new Promise<any>((resolve, reject) => {
        let result: unknown;
        client.subscribe({ query: '{ orders(first: 1) { nodes { id } } }' }, { next: (r) => (result = r), error: reject, complete: () => resolve(result) });
      });
    try {
      expect((await run()).errors).toBeUndefined();
      await hub.gql(`mutation { logout }`, {}, token);
      expect((await run()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await client.dispose();
    }
  });

  test('logout revokes the session', async () => {
    const token = await hub.signIn('PACKER');
    expect((await hub.gql(`{ orders(first: 1) { nodes { id } } }`, {}, token)).errors).toBeUndefined();
    expect((await hub.gql(`mutation { logout }`, {}, token)).data.logout).toBe(true);
    const after = await hub.gql(`{ orders(first: 1) { nodes { id } } }`, {}, token);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('only ADMIN manages users; bad input returns typed userErrors and writes nothing', async () => {
    const packer = await hub.signIn('PACKER');
    const create = `mutation($i: UserCreateInput!) { userCreate(input: $i) { user { email } userErrors { code field } } }`;
    const input = { email: 'new@example.com', name: 'New', role: 'CUSTOMER_SERVICE', password: 'long enough password' };
    const denied = await hub.gql(create, { i: input }, packer);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await hub.gql(create, { i: { ...input, email: 'nope', password: 'short' } }, admin);
    expect(bad.data.userCreate.userErrors.map((e: any) => e.code).sort()).toEqual(['INVALID_EMAIL', 'PASSWORD_TOO_SHORT']);
    const { rows } = await hub.pool.query(`select count(*)::int as n from app.user where email in ('nope', 'new@example.com')`);
    expect(rows[0].n).toBe(0);
    expect((await hub.gql(create, { i: input }, admin)).data.userCreate.user.email).toBe('new@example.com');
    expect((await hub.gql(create, { i: input }, admin)).data.userCreate.userErrors[0].code).toBe('EMAIL_TAKEN');
  });
});

describe('API tokens', () => {
  test('a shipping-tool token reads everything but cannot administer', async () => {
    const { token, apiToken } = await createToken('SHIPPING_TOOL');
    expect(token).toMatch(/^cns_t_/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const orders = await hub.gql(`{ orders(first: 100) { totalCount } shops { name } }`, {}, token);
    expect(orders.data.orders.totalCount).toBe(40);
    expect(orders.data.shops.length).toBe(2);
    const admin_ = await hub.gql(`mutation { partnerCreate(name: "X") { partner { id } } }`, {}, token);
    expect(admin_.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('a 3PL token sees only its partner’s packages and their orders; the rest is not found', async () => {
    const partner = (await hub.gql(`mutation { partnerCreate(name: "Speedy 3PL") { partner { id } userErrors { code } } }`, {}, admin)).data
      .partnerCreate.partner;
    const partnerDbId = Number(partner.id.split('/').pop());
    const { rows: assigned } = await hub.pool.query(
      `update app.package set partner_id = $1 where id in (select id from app.package order by id limit 3) returning id`,
      [partnerDbId],
    );
    const { rows: other } = await hub.pool.query(`select id from app.package where partner_id is null limit 1`);
    const { token } = await createToken('THREE_PL', partner.id);

    const packages = await hub.gql(`{ packages(first: 100) { totalCount nodes { id orders { id } } } shops { id } }`, {}, token);
    expect(packages.data.packages.nodes.map((p: any) => p.id).sort()).toEqual(assigned.map((r) => `gid://consign/Package/${r.id}`).sort());
    expect(packages.data.shops).toEqual([]);

    const orders = await hub.gql(`{ orders(first: 100) { nodes { id packages { id } } } }`, {}, token);
    const visibleOrders = new Set(packages.data.packages.nodes.flatMap((p: any) => p.orders.map((o: any) => o.id)));
    expect(new Set(orders.data.orders.nodes.map((o: any) => o.id))).toEqual(visibleOrders);

    const hidden = await hub.gql(`query($id: ID!) { node(id: $id) { id } package(id: $id) { id } }`, { id: `gid://consign/Package/${other[0].id}` }, token);
    expect(hidden.data).toEqual({ node: null, package: null });
    expect(hidden.errors).toBeUndefined();
  });

  test('a 3PL token needs a partner; a revoked token stops working', async () => {
    const noPartner = await createToken('THREE_PL');
    expect(noPartner.userErrors[0]).toEqual({ code: 'PARTNER_REQUIRED', field: ['partnerId'] });
    const { token, apiToken } = await createToken('SHIPPING_TOOL');
    await hub.gql(`mutation($id: ID!) { apiTokenRevoke(id: $id) { revokedAt } }`, { id: apiToken.id }, admin);
    const res = await hub.gql(`{ orders(first: 1) { nodes { id } } }`, {}, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
