import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { TikTokClient } from '../tiktok/client.js';
import { failure, ok, startLocalServer, type CannedResponse } from '../tiktok/test/local-server.js';
import { TikTokError } from '../tiktok/tiktok-error.js';
import { InMemoryTokenStore } from '../tiktok/token-store.js';
import { prepareOrder } from './order-upsert.js';
import { OrderPageReader } from './order-pages.js';
import { orderFromWire } from './wire-order.js';

// The thread runs compiled JavaScript: `npm test` builds it before the suite.
const THREAD = new URL('../../../dist/server/src/sync/order-page-thread.js', import.meta.url);
const SHOP = { id: '7494049642642441621', cipher: 'ROW_TESTCIPHER01' };

function wireOrder(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    status: 'AWAITING_SHIPMENT',
    create_time: 1_790_000_000,
    update_time: 1_790_000_100,
    buyer_message: 'leave it at the door\tplease\nthanks \\ "ok"',
    recipient_address: { name: 'K. E.', full_address: '1 Sunset Ln, Denver', region_code: 'US', district_info: [{ address_level: 'L1', address_name: 'Colorado' }] },
    payment: { currency: 'USD', total_amount: '45.98', sub_total: '41.99', tax: '3.70' },
    line_items: [
      { id: `${id}1`, sku_id: '1729', product_id: '1730', product_name: 'Hoodie\tL', sale_price: '41.99', original_price: '41.99', package_id: `${id}9`, package_status: 'TO_FULFILL' },
      { id: `${id}2`, sku_id: '1731', product_id: '1732', product_name: 'Gift', is_gift: true, package_id: `${id}9`, item_tax: [{ tax_type: 'SALES_TAX', tax_amount: '0.10', tax_rate: '0.0881' }] },
    ],
    ...overrides,
  };
}

const threads = new OrderPageReader(THREAD, 2);
const inline = new OrderPageReader(null);
let server: Awaited<ReturnType<typeof startLocalServer>> | undefined;

beforeAll(() => {
  if (!existsSync(fileURLToPath(THREAD))) throw new Error(`${fileURLToPath(THREAD)} is missing: run \`npm run build:server\` first`);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(() => threads.close());

async function client(respond: (index: number) => CannedResponse) {
  server = await startLocalServer((_, index) => respond(index));
  return new TikTokClient({
    appKey: 'key',
    appSecret: 'secret',
    apiBaseUrl: server.url,
    authBaseUrl: server.url,
    tokenStore: new InMemoryTokenStore({ [SHOP.id]: { accessToken: 'TTP', accessTokenExpiresAt: 4e9, refreshToken: 'RT', refreshTokenExpiresAt: 4e9 } }),
    rateLimiter: { acquire: async () => undefined },
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
    timeoutMs: 5_000,
  });
}

describe('order pages read on a thread', () => {
  test('come out as the calling thread prepares them, for every page at once', async () => {
    const orders = Array.from({ length: 40 }, (_, i) => wireOrder(`57642000000000${100 + i}`));
    const tiktok = await client((i) => ok({ next_page_token: i < 9 ? `page-${i + 1}` : '', total_count: 400, orders }));
    const expected = orders.map((o) => prepareOrder(orderFromWire(o)));
    const pages = await Promise.all(Array.from({ length: 10 }, () => tiktok.orders.searchWith(SHOP, {}, { page_size: 100 }, threads.read)));
    for (const page of pages) expect(page.orders).toEqual(expected);
    expect(pages.map((p) => p.next_page_token).sort()).toEqual(['', ...Array.from({ length: 9 }, (_, i) => `page-${i + 1}`)].sort());
    expect(await tiktok.orders.searchWith(SHOP, {}, { page_size: 100 }, inline.read)).toEqual({ next_page_token: '', total_count: 400, orders: expected });
  });

  test("TikTok's throttling is retried by the client, its refusals arrive as TikTokErrors", async () => {
    const throttled = await client((i) =>
      i === 0 ? { status: 429, body: { code: 36009002, message: 'Too many requests', request_id: 'r', data: null }, headers: { 'retry-after': '0.01' } } : ok({ orders: [wireOrder('1')] }),
    );
    expect((await throttled.orders.searchWith(SHOP, {}, { page_size: 100 }, threads.read)).orders.map((o) => o.tiktokOrderId)).toEqual(['1']);
    expect(server!.requests).toHaveLength(2);

    const refusing = await client(() => failure(36009004, 'Unexpected identifier', 400));
    const refused = await refusing.orders.searchWith(SHOP, {}, { page_size: 100 }, threads.read).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TikTokError);
    expect(refused).toMatchObject({ kind: 'REJECTED', code: 36009004, requestId: 'req-36009004', httpStatus: 400, endpoint: 'POST /order/202309/orders/search' });
  });

  test('a page that does not match the wire schema, or an order the hub cannot map, fails the read', async () => {
    const malformed = await client(() => ok({ orders: [{ ...wireOrder('2'), update_time: 'yesterday' }] }));
    await expect(malformed.orders.searchWith(SHOP, {}, { page_size: 100 }, threads.read)).rejects.toMatchObject({ kind: 'UNKNOWN' });
    const unmapped = await client(() => ok({ orders: [wireOrder('3', { status: 'TELEPORTED' })] }));
    await expect(unmapped.orders.searchWith(SHOP, {}, { page_size: 100 }, threads.read)).rejects.toThrow('unknown TikTok order status "TELEPORTED"');
  });
});
