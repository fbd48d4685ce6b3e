/** Authorization, token renewal, error classification, throttling and platform faults (API.md §3, §4). */
import { expect } from 'vitest';
import { InMemoryRateLimiter, type RateLimiter } from '../../src/tiktok/index.js';
import { emulatorOf, type ContractCase } from './contract-case.js';
import { deliveryOptionId, readyOrder } from './emulator-world.js';
import { failureOf, retryLog, upsTrackingNumber } from './support.js';
import type { EmulatorTarget } from './target.js';

/** An order id in TikTok's format that no shop owns. */
const UNKNOWN_ORDER_ID = '576461413038785999';

/** The client's limiter switched off: every call goes straight out. */
const noLimiter: RateLimiter = { acquire: async () => undefined };

function refreshCount(t: EmulatorTarget): number {
  return t.emulator.controls.ledger({ kind: 'token.refreshed' }).length;
}

async function storedToken(t: EmulatorTarget) {
  const token = await t.tokens.get(t.shop.id);
  if (!token) throw new Error('no token stored for the shop');
  return token;
}

export const platformCases: ContractCase[] = [
  {
    name: 'Get Authorized Shops lists the shop with its cipher',
    target: 'any',
    async run(t) {
      const { shops = [] } = await t.client().authorization.getAuthorizedShops({ id: t.shop.id });
      expect(shops.map((s) => ({ id: s.id, cipher: s.cipher }))).toContainEqual({ id: t.shop.id, cipher: t.shop.cipher });
      for (const shop of shops) {
        expect(shop.cipher, `cipher of shop ${shop.id}`).toMatch(/\S/);
        expect(['LOCAL', 'CROSS_BORDER']).toContain(shop.seller_type);
      }
      const emu = emulatorOf(t);
      if (emu) {
        const seller = emu.emulator.controls.defaultShop().sellerOpenId;
        const truth = emu.emulator.controls.shops().filter((s) => s.sellerOpenId === seller);
        expect(shops.map((s) => [s.id, s.cipher, s.code])).toEqual(truth.map((s) => [s.id, s.cipher, s.code]));
      }
    },
  },
  {
    name: 'an auth code is single-use: a second exchange is refused (36004004)',
    target: 'emulator',
    async run(t) {
      const client = t.client();
      const code = t.emulator.controls.authorize();
      const granted = await client.auth.getAccessToken(code);
      expect(granted.access_token).toMatch(/\S/);
      expect(granted.access_token_expire_in).toBeGreaterThan(t.nowSeconds());
      const again = await failureOf(client.auth.getAccessToken(code));
      expect({ kind: again.kind, code: again.code }).toEqual({ kind: 'REJECTED', code: 36004004 });
    },
  },
  {
    name: 'renews the access token inside the refresh margin, before it expires',
    target: 'emulator',
    async run(t) {
      const before = await storedToken(t);
      const refreshes = refreshCount(t);
      // Five minutes before expiry: inside the client's 10-minute margin, still valid on the platform.
      t.emulator.controls.setClock(before.accessTokenExpiresAt - 300);

      const { shops = [] } = await t.client().authorization.getAuthorizedShops({ id: t.shop.id });
      expect(shops.some((s) => s.id === t.shop.id)).toBe(true);

      const renewals = t.emulator.controls.ledger({ kind: 'token.refreshed' }).slice(refreshes);
      expect(renewals).toHaveLength(1);
      expect(renewals[0]!.at).toBeLessThan(before.accessTokenExpiresAt);
      const after = await storedToken(t);
      expect(after.accessToken).not.toBe(before.accessToken);
      expect(after.refreshToken).not.toBe(before.refreshToken);
      expect(after.accessTokenExpiresAt).toBeGreaterThan(before.accessTokenExpiresAt);
    },
  },
  {
    name: 'an access token the platform calls expired (105002) is renewed once and the call replayed',
    target: 'emulator',
    async run(t) {
      const before = await storedToken(t);
      // The platform ends the token early; by the client's own clock it is still fresh.
      t.emulator.services.state.accessTokens.get(before.accessToken)!.accessExpiresAt = t.nowSeconds();
      const refreshes = refreshCount(t);

      const page = await t.client().orders.search(t.shop, {}, { page_size: 1 });
      expect(page.orders).toHaveLength(1);
      expect(refreshCount(t) - refreshes).toBe(1);
      expect((await storedToken(t)).accessToken).not.toBe(before.accessToken);
    },
  },
  {
    name: 'a revoked access token is AUTH_EXPIRED; consent again restores access',
    target: 'emulator',
    async run(t) {
      const client = t.client();
      t.emulator.controls.revokeToken((await storedToken(t)).accessToken);
      const failure = await failureOf(client.orders.search(t.shop, {}, { page_size: 1 }));
      expect({ kind: failure.kind, code: failure.code }).toEqual({ kind: 'AUTH_EXPIRED', code: 36009004 });

      await t.reauthorize();
      expect((await client.orders.search(t.shop, {}, { page_size: 1 })).orders).toHaveLength(1);
    },
  },
  {
    name: 'a wrong app secret is REJECTED with 106001 (invalid sign)',
    target: 'any',
    async run(t) {
      const client = t.client({ appSecret: `${t.appSecret}x` });
      const failure = await failureOf(client.authorization.getAuthorizedShops({ id: t.shop.id }));
      expect({ kind: failure.kind, code: failure.code }).toEqual({ kind: 'REJECTED', code: 106001 });
    },
  },
  {
    name: 'an order the shop does not own is NOT_FOUND (detail and price detail)',
    target: 'any',
    async run(t) {
      const client = t.client();
      for (const call of [client.orders.getDetail(t.shop, [UNKNOWN_ORDER_ID]), client.orders.getPriceDetail(t.shop, UNKNOWN_ORDER_ID)]) {
        const failure = await failureOf(call);
        expect(failure.kind, `${failure.endpoint}: ${failure.code} ${failure.message}`).toBe('NOT_FOUND');
      }
    },
  },
  {
    name: 'a burst beyond 50 QPS never surfaces 429, with the client limiter off or on',
    target: 'emulator',
    async run(t) {
      const [probe] = t.emulator.controls.findOrders({ shopId: t.shop.id, limit: 1 });
      // 75 at once: 50 fit the platform's second, 25 must wait for the next one. The platform counts
      // per API, so each run uses its own order-detail version and starts with an empty window.
      const burst = async (rateLimiter: RateLimiter, version: '202309' | '202507') => {
        const log = retryLog();
        const client = t.client({ rateLimiter, logger: log.logger });
        const results = await Promise.allSettled(Array.from({ length: 75 }, () => client.orders.getDetail(t.shop, [probe!.id], { version })));
        const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
        return { failures, throttled: log.retries('RATE_LIMITED') };
      };

      const unlimited = await burst(noLimiter, '202309');
      expect(unlimited.failures).toEqual([]);
      // The platform did push back, and the client absorbed it by backing off.
      expect(unlimited.throttled).toBeGreaterThan(0);

      const limited = await burst(new InMemoryRateLimiter(), '202507');
      expect(limited.failures).toEqual([]);
      expect(limited.throttled).toBe(0);
    },
  },
  {
    name: 'throttled writes are replayed too: a 429 burst before Mark Package As Shipped ships once',
    target: 'emulator',
    async run(t) {
      const client = t.client();
      const option = await deliveryOptionId(t, client, 'SEND_BY_SELLER');
      const order = readyOrder(t, { deliveryOptionId: option });
      const { shipping_providers: providers = [] } = await client.logistics.getShippingProviders(t.shop, option);
      const ups = providers.find((p) => p.name === 'UPS')!;
      t.emulator.controls.setFaults({ api: { burst429: 3 } });

      const shipped = await client.fulfillment.markPackageShipped(t.shop, order.id, { tracking_number: upsTrackingNumber(), shipping_provider_id: ups.id! });
      const ledger = t.emulator.controls.ledger({ kind: 'package.shipped', orderId: order.id });
      expect(ledger).toHaveLength(1);
      expect(ledger[0]!.detail.packageId).toBe(shipped.package_id);
    },
  },
  {
    name: 'with 30 % of calls failing 5xx, reads are retried until they succeed',
    target: 'emulator',
    async run(t) {
      const log = retryLog();
      const client = t.client({ logger: log.logger });
      const ids = t.emulator.controls.findOrders({ shopId: t.shop.id, limit: 20 }).map((o) => o.id);
      t.emulator.controls.setFaults({ api: { serverErrorRate: 0.3 } });
      try {
        for (const id of ids) {
          const { orders = [] } = await client.orders.getDetail(t.shop, [id]);
          expect(orders.map((o) => o.id)).toEqual([id]);
        }
        const page = await client.orders.search(t.shop, {}, { page_size: 20 });
        expect(page.orders).toHaveLength(20);
      } finally {
        t.emulator.controls.setFaults({ api: { serverErrorRate: 0 } });
      }
      expect(log.retries('TEMPORARY')).toBeGreaterThan(0);
    },
  },
  {
    name: 'a 5xx on a non-idempotent write surfaces TEMPORARY at once; the app re-reads and ships',
    target: 'emulator',
    async run(t) {
      const log = retryLog();
      const client = t.client({ logger: log.logger });
      const option = await deliveryOptionId(t, client, 'SEND_BY_SELLER');
      const order = readyOrder(t, { deliveryOptionId: option });
      const { shipping_providers: providers = [] } = await client.logistics.getShippingProviders(t.shop, option);
      const body = { tracking_number: upsTrackingNumber(), shipping_provider_id: providers.find((p) => p.name === 'UPS')!.id! };

      t.emulator.controls.setFaults({ api: { serverErrorRate: 1 } });
      const failure = await failureOf(client.fulfillment.markPackageShipped(t.shop, order.id, body)).finally(() =>
        t.emulator.controls.setFaults({ api: { serverErrorRate: 0 } }),
      );
      expect(failure.kind).toBe('TEMPORARY');
      expect(log.retries()).toBe(0);
      expect(t.emulator.controls.ledger({ kind: 'package.shipped', orderId: order.id })).toEqual([]);

      const { orders = [] } = await client.orders.getDetail(t.shop, [order.id]);
      expect(orders[0]!.status).toBe('AWAITING_SHIPMENT');
      await client.fulfillment.markPackageShipped(t.shop, order.id, body);
      expect(t.emulator.controls.ledger({ kind: 'package.shipped', orderId: order.id })).toHaveLength(1);
    },
  },
];
