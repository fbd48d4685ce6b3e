import { afterEach, describe, expect, test } from 'vitest';
import { TikTokClient, type TikTokClientOptions } from './client.js';
import { signRequest } from './signing.js';
import { failure, ok, startLocalServer, type CannedResponse, type RecordedRequest } from './test/local-server.js';
import { TikTokError } from './tiktok-error.js';
import { InMemoryTokenStore } from './token-store.js';

const APP_KEY = 'test-app-key';
const APP_SECRET = 'test-app-secret';
const SHOP = { id: '7494049642642441621', cipher: 'ROW_TESTCIPHER01' };
const START_MS = 1_700_000_000_000;
const START_S = START_MS / 1000;

let server: Awaited<ReturnType<typeof startLocalServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(respond: (request: RecordedRequest, index: number) => CannedResponse, options: Partial<TikTokClientOptions> = {}) {
  server = await startLocalServer(respond);
  const store = new InMemoryTokenStore({
    [SHOP.id]: { accessToken: 'TTP_old', accessTokenExpiresAt: START_S + 86_400, refreshToken: 'RT_old', refreshTokenExpiresAt: START_S + 1e7 },
  });
  const limiterKeys: string[] = [];
  let nowMs = START_MS;
  const client = new TikTokClient({
    appKey: APP_KEY,
    appSecret: APP_SECRET,
    apiBaseUrl: server.url,
    authBaseUrl: server.url,
    tokenStore: store,
    rateLimiter: { acquire: async (key) => void limiterKeys.push(key) },
    // Every reading of the clock moves it a second, so each attempt gets its own timestamp.
    now: () => (nowMs += 1000),
    retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5 },
    timeoutMs: 2_000,
    ...options,
  });
  return { client, store, requests: server.requests, limiterKeys };
}

/** Recomputes `sign` from what the server received. */
function expectValidSignature(request: RecordedRequest) {
  const { sign, ...query } = request.query;
  const body = request.method === 'GET' ? undefined : request.body;
  expect(sign).toBe(signRequest({ appSecret: APP_SECRET, path: request.path, query, body }));
}

const isApiCall = (request: RecordedRequest) => !request.path.startsWith('/api/v2/token/');

describe('request shape', () => {
  test('GET: signed query, comma-joined list, shop_cipher, token and content-type headers', async () => {
    const { client, requests, limiterKeys } = await setup(() => ok({ orders: [{ id: '1' }, { id: '2' }] }));
    const data = await client.orders.getDetail(SHOP, ['576461413038785752', '576461413038785753']);
    expect(data.orders?.map((o) => o.id)).toEqual(['1', '2']);

    const [request] = requests;
    expect(request!.method).toBe('GET');
    expect(request!.path).toBe('/order/202309/orders');
    expect(request!.rawQuery).toContain('ids=576461413038785752%2C576461413038785753');
    expect(request!.query).toMatchObject({ app_key: APP_KEY, shop_cipher: SHOP.cipher, ids: '576461413038785752,576461413038785753' });
    expect(request!.query.timestamp).toMatch(/^\d{10}$/);
    expect(request!.headers['x-tts-access-token']).toBe('TTP_old');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.query).not.toHaveProperty('access_token');
    expect(request!.body).toBe('');
    expectValidSignature(request!);
    expect(limiterKeys).toEqual([`${APP_KEY}:${SHOP.id}`]);
  });

  test('POST: the exact body bytes are signed and sent; paging and sorting go in the query', async () => {
    const { client, requests } = await setup(() => ok({ orders: [], total_count: 0, next_page_token: '' }));
    const body = { order_status: 'AWAITING_SHIPMENT', update_time_ge: 1699990000 } as const;
    await client.orders.search(SHOP, body, { page_size: 20, sort_field: 'update_time', sort_order: 'ASC' });
    const [request] = requests;
    expect(request!.body).toBe(JSON.stringify(body));
    expect(request!.query).toMatchObject({ page_size: '20', sort_field: 'update_time', sort_order: 'ASC' });
    expectValidSignature(request!);
  });

  test('no shop_cipher on /authorization and /seller paths', async () => {
    const { client, requests } = await setup(() => ok({ shops: [{ id: SHOP.id, cipher: SHOP.cipher, code: 'CNGBCBA4LLU8' }] }));
    const data = await client.authorization.getAuthorizedShops({ id: SHOP.id });
    await client.authorization.getActiveShops(SHOP);
    expect(data.shops?.[0]?.cipher).toBe(SHOP.cipher);
    for (const request of requests) {
      expect(request.query).not.toHaveProperty('shop_cipher');
      expectValidSignature(request);
    }
  });

  test('POST without a body sends and signs `{}`; idempotent writes carry an idempotency_key', async () => {
    const { client, requests } = await setup(() => ok({}));
    await client.returnRefund.approveCancellation(SHOP, '4035318504086604100', { idempotency_key: 'k-1' });
    await client.returnRefund.approveCancellation(SHOP, '4035318504086604100');
    expect(requests[0]!.path).toBe('/return_refund/202309/cancellations/4035318504086604100/approve');
    expect(requests[0]!.body).toBe('{}');
    expect(requests[0]!.query.idempotency_key).toBe('k-1');
    expect(requests[1]!.query.idempotency_key).toMatch(/^[0-9a-f-]{36}$/);
    requests.forEach(expectValidSignature);
  });

  test('DELETE with a body is signed over the body', async () => {
    const { client, requests } = await setup(() => ok({}));
    await client.events.deleteWebhook(SHOP, { event_type: 'ORDER_STATUS_CHANGE' });
    expect(requests[0]!.method).toBe('DELETE');
    expect(requests[0]!.body).toBe('{"event_type":"ORDER_STATUS_CHANGE"}');
    expectValidSignature(requests[0]!);
  });
});

describe('pagination', () => {
  test('follows next_page_token, percent-encoded on the wire and signed decoded', async () => {
    const tokens = ['aB+c/d==', 'x/y+z=', ''];
    const { client, requests } = await setup((_request, index) =>
      ok({ orders: [{ id: `order-${index}` }], total_count: 3, next_page_token: tokens[index] }),
    );
    const ids: string[] = [];
    for await (const page of client.orders.searchPages(SHOP, {}, { page_size: 1 })) ids.push(...(page.orders ?? []).map((o) => o.id!));
    expect(ids).toEqual(['order-0', 'order-1', 'order-2']);
    expect(requests).toHaveLength(3);
    expect(requests[0]!.query).not.toHaveProperty('page_token');
    expect(requests[1]!.rawQuery).toContain('page_token=aB%2Bc%2Fd%3D%3D');
    expect(requests[1]!.query.page_token).toBe('aB+c/d==');
    expect(requests[2]!.query.page_token).toBe('x/y+z=');
    requests.forEach(expectValidSignature);
  });

  test('stops with an error when TikTok repeats a page token', async () => {
    const { client } = await setup(() => ok({ combinable_packages: [], next_page_token: 'same' }));
    const pages = client.fulfillment.searchCombinablePackagesPages(SHOP, { page_size: 50 });
    await expect(
      (async () => {
        for await (const _page of pages);
      })(),
    ).rejects.toMatchObject({ kind: 'UNKNOWN' });
  });
});

describe('retries', () => {
  test('a temporary failure is retried with a new timestamp and a new signature', async () => {
    const { client, requests } = await setup((_request, index) => (index === 0 ? failure(36009003, 'Internal error. Please try again.') : ok({ warehouses: [] })));
    await client.logistics.getWarehouses(SHOP);
    expect(requests).toHaveLength(2);
    expect(requests[1]!.query.timestamp).not.toBe(requests[0]!.query.timestamp);
    expect(requests[1]!.query.sign).not.toBe(requests[0]!.query.sign);
    requests.forEach(expectValidSignature);
  });

  test('HTTP 429 / 36009002 backs off and retries, also for writes that are not idempotent', async () => {
    const { client, requests, limiterKeys } = await setup((_request, index) =>
      index < 2
        ? { status: 429, body: { code: 36009002, message: 'Too many requests', request_id: 'r', data: null }, headers: { 'retry-after': '0.02' } }
        : ok({ order_id: '1', package_id: 'p1', order_line_item_ids: ['l1'] }),
    );
    const started = performance.now();
    const data = await client.fulfillment.markPackageShipped(SHOP, '1', { tracking_number: 'T1', shipping_provider_id: 'P1' });
    expect(data.package_id).toBe('p1');
    expect(requests).toHaveLength(3);
    // Retry-After (20 ms) is a floor under the jittered backoff of each of the two retries.
    expect(performance.now() - started).toBeGreaterThanOrEqual(40);
    // Every attempt takes rate budget again.
    expect(limiterKeys).toHaveLength(3);
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
  });

  test('a write without idempotency key is not replayed after a 5xx', async () => {
    const { client, requests } = await setup(() => failure(36009003, 'Internal error', 500));
    await expect(client.fulfillment.shipPackage(SHOP, 'pkg-1', { handover_method: 'PICKUP' })).rejects.toMatchObject({
      kind: 'TEMPORARY',
      code: 36009003,
      httpStatus: 500,
    });
    expect(requests).toHaveLength(1);
  });

  test('an idempotent write is replayed with the same idempotency_key', async () => {
    const { client, requests } = await setup((_r, index) => (index === 0 ? failure(36009007, 'Gateway timeout') : ok({})));
    await client.returnRefund.approveReturn(SHOP, 'ret-1', { decision: 'APPROVE_REFUND' });
    expect(requests).toHaveLength(2);
    expect(requests[1]!.query.idempotency_key).toBe(requests[0]!.query.idempotency_key);
  });

  test('gives up after maxAttempts with the last classified error', async () => {
    const { client, requests } = await setup(() => ({ status: 503, body: 'Service Unavailable' }));
    await expect(client.logistics.getWarehouses(SHOP)).rejects.toMatchObject({ kind: 'TEMPORARY', httpStatus: 503 });
    expect(requests).toHaveLength(4);
  });

  test('a call limited to one attempt answers its first temporary failure at once', async () => {
    const { client, requests } = await setup(() => failure(36009003, 'Internal error. Please try again.'));
    await expect(
      client.fulfillment.getPackageShippingDocument(SHOP, '1152', { document_type: 'SHIPPING_LABEL' }, { attempts: 1 }),
    ).rejects.toMatchObject({ kind: 'TEMPORARY', code: 36009003 });
    expect(requests).toHaveLength(1);
  });

  test('a request without an answer times out as TEMPORARY and is retried', async () => {
    const { client, requests } = await setup((_r, index) => (index === 0 ? { hang: true, body: '' } : ok({ tracking: [] })), { timeoutMs: 100 });
    await client.fulfillment.getTracking(SHOP, 'order-1');
    expect(requests).toHaveLength(2);
  });
});

describe('tokens', () => {
  const refreshed = {
    access_token: 'TTP_new',
    access_token_expire_in: START_S + 7 * 86_400,
    refresh_token: 'RT_new',
    refresh_token_expire_in: START_S + 1e8,
    open_id: 'o',
    seller_name: 's',
    seller_base_region: 'GB',
    user_type: 0,
  };

  test('105002: refreshes once on the auth host, stores both tokens, replays the call', async () => {
    const { client, store, requests } = await setup((request) => {
      if (request.path === '/api/v2/token/refresh') return ok(refreshed);
      return request.headers['x-tts-access-token'] === 'TTP_new'
        ? ok({ order_id: 'o1', package_id: 'p1' })
        : failure(105002, 'access token is expired, please refresh it');
    });
    const data = await client.fulfillment.markPackageShipped(SHOP, 'o1', { tracking_number: 'T', shipping_provider_id: 'P' });
    expect(data.package_id).toBe('p1');
    const refresh = requests.filter((r) => r.path === '/api/v2/token/refresh');
    expect(refresh).toHaveLength(1);
    expect(refresh[0]!.query).toMatchObject({ app_key: APP_KEY, app_secret: APP_SECRET, refresh_token: 'RT_old', grant_type: 'refresh_token' });
    expect(refresh[0]!.query).not.toHaveProperty('sign');
    expect(await store.get(SHOP.id)).toMatchObject({ accessToken: 'TTP_new', refreshToken: 'RT_new' });
    const calls = requests.filter(isApiCall);
    expect(calls.map((r) => r.headers['x-tts-access-token'])).toEqual(['TTP_old', 'TTP_new']);
    calls.forEach(expectValidSignature);
  });

  test('a second 105002 after the refresh is AUTH_EXPIRED, with no second refresh', async () => {
    const { client, requests } = await setup((request) =>
      request.path === '/api/v2/token/refresh' ? ok(refreshed) : failure(105002, 'Expired credentials.'),
    );
    const error = await client.orders.getPriceDetail(SHOP, 'o1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TikTokError);
    expect(error).toMatchObject({ kind: 'AUTH_EXPIRED', code: 105002, requestId: 'req-105002' });
    expect(requests.filter((r) => r.path === '/api/v2/token/refresh')).toHaveLength(1);
    expect(requests.filter(isApiCall)).toHaveLength(2);
  });

  test('refreshes ahead of expiry, once for concurrent calls', async () => {
    const { client, store, requests } = await setup((request) => (request.path === '/api/v2/token/refresh' ? ok(refreshed) : ok({ warehouses: [] })), {
      refreshMarginSeconds: 600,
    });
    store.set(SHOP.id, { accessToken: 'TTP_old', accessTokenExpiresAt: START_S + 300, refreshToken: 'RT_old', refreshTokenExpiresAt: START_S + 1e7 });
    await Promise.all([client.logistics.getWarehouses(SHOP), client.logistics.getWarehouses(SHOP)]);
    expect(requests.filter((r) => r.path === '/api/v2/token/refresh')).toHaveLength(1);
    expect(requests.filter(isApiCall).map((r) => r.headers['x-tts-access-token'])).toEqual(['TTP_new', 'TTP_new']);
  });

  test('an early renewal that fails temporarily falls back to the still-valid token', async () => {
    const { client, store, requests } = await setup(
      (request) => (request.path === '/api/v2/token/refresh' ? { status: 503, body: 'down' } : ok({ warehouses: [] })),
      { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } },
    );
    store.set(SHOP.id, { accessToken: 'TTP_old', accessTokenExpiresAt: START_S + 300, refreshToken: 'RT_old', refreshTokenExpiresAt: START_S + 1e7 });
    await client.logistics.getWarehouses(SHOP);
    expect(requests.filter((r) => r.path === '/api/v2/token/refresh')).toHaveLength(2);
    expect(requests.filter(isApiCall).map((r) => r.headers['x-tts-access-token'])).toEqual(['TTP_old']);
  });

  test('a refused refresh means the seller must authorize again', async () => {
    const { client, store } = await setup(() => failure(36004001, 'rt has expired'));
    store.set(SHOP.id, { accessToken: 'TTP_old', accessTokenExpiresAt: START_S, refreshToken: 'RT_old', refreshTokenExpiresAt: START_S + 1e7 });
    await expect(client.logistics.getWarehouses(SHOP)).rejects.toMatchObject({ kind: 'AUTH_EXPIRED' });
  });

  test('an unknown shop is AUTH_EXPIRED without a request', async () => {
    const { client, requests } = await setup(() => ok({}));
    await expect(client.logistics.getWarehouses({ id: 'nope', cipher: 'x' })).rejects.toMatchObject({ kind: 'AUTH_EXPIRED' });
    expect(requests).toHaveLength(0);
  });

  test('getAccessToken exchanges an auth code with the documented grant type', async () => {
    const { client, requests } = await setup(() => ok(refreshed));
    const data = await client.auth.getAccessToken('code-1');
    expect(data.access_token).toBe('TTP_new');
    expect(requests[0]!.path).toBe('/api/v2/token/get');
    expect(requests[0]!.query).toMatchObject({ auth_code: 'code-1', grant_type: 'authorized_code', app_secret: APP_SECRET });
  });
});

describe('envelope errors', () => {
  test('code ≠ 0 on HTTP 200 is an error with TikTok code, message and request_id', async () => {
    const { client, requests } = await setup(() => failure(21011040, 'Package has already been shipped.'));
    await expect(client.fulfillment.shipPackage(SHOP, 'pkg-1', {})).rejects.toMatchObject({
      kind: 'REJECTED',
      code: 21011040,
      message: 'Package has already been shipped.',
      requestId: 'req-21011040',
      httpStatus: 200,
      endpoint: 'POST /fulfillment/202309/packages/pkg-1/ship',
    });
    expect(requests).toHaveLength(1);
  });

  test('HTTP 401 with 106001 (live shape, data null) is REJECTED, not retried', async () => {
    const { client, requests } = await setup(() => failure(106001, "Invalid credentials. The 'sign' query parameter is invalid.", 401));
    await expect(client.authorization.getAuthorizedShops({ id: SHOP.id })).rejects.toMatchObject({ kind: 'REJECTED', code: 106001, httpStatus: 401 });
    expect(requests).toHaveLength(1);
  });

  test('an error envelope without a data key (live 2024 shape) is still classified', async () => {
    const { client } = await setup(() => ({ body: { code: 25007006, message: 'Order not found.', request_id: 'r1' } }));
    await expect(client.returnRefund.getAftersaleEligibility(SHOP, 'o1', { initiate_aftersale_user: 'SELLER' })).rejects.toMatchObject({
      kind: 'NOT_FOUND',
      code: 25007006,
    });
  });

  test('a success whose data has the wrong shape is UNKNOWN', async () => {
    const { client } = await setup(() => ok({ orders: [{ id: 576461413038785752 }] }));
    await expect(client.orders.getDetail(SHOP, ['1'])).rejects.toMatchObject({ kind: 'UNKNOWN', code: 0 });
  });

  test('partial failure inside code 0 is returned, not thrown', async () => {
    const { client } = await setup(() =>
      ok({ packages: [], errors: [{ code: 10007014, message: 'fulfillment not allow combine package', detail: { package_id: '1231231231231313123132' } }] }),
    );
    const data = await client.fulfillment.combinePackages(SHOP, { combinable_packages: [{ id: 'p', order_ids: ['a', 'b'] }] });
    expect(data.errors?.[0]?.detail?.package_id).toBe('1231231231231313123132');
  });
});
