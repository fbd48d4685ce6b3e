import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTikTokEmulator, type TikTokEmulator } from '../../fixtures/tiktok-shop/index.js';
import { loadConfig } from '../src/config.js';
import { OFFLINE_TIKTOK_APP, singleHostTikTokApp, tiktokAppFromConfig } from '../src/hub.js';
import { graphql } from './gql/index.js';
import type { TypedDocumentString } from './gql/graphql.js';
import { startTestHub, type TestHub } from './harness.js';

/** Runs a typed document; the result is typed by the document (the harness itself returns `any`). */
async function run<R, V>(hub: TestHub, doc: TypedDocumentString<R, V>, variables: V, token: string) {
  return hub.gql<R>(doc, variables as Record<string, unknown>, token);
}

const SandboxQuery = graphql(`
  query SandboxState {
    sandbox {
      enabled
      error
      state {
        now
        clockFrozen
        orderCount
        shops { tiktokShopId name connected }
        faults { apiServerErrorRate webhookDropRate webhookDelayMs }
      }
    }
  }
`);
const OrdersCreate = graphql(`
  mutation SandboxOrdersCreate($input: SandboxOrdersCreateInput!) {
    sandboxOrdersCreate(input: $input) { tiktokOrderIds userErrors { code field message } }
  }
`);
const BuyerCancel = graphql(`
  mutation SandboxBuyerCancel($input: SandboxBuyerCancelInput!) {
    sandboxBuyerCancel(input: $input) { tiktokOrderId tiktokStatus afterSaleId userErrors { code field message } }
  }
`);
const BuyerReturn = graphql(`
  mutation SandboxBuyerReturn($input: SandboxBuyerReturnInput!) {
    sandboxBuyerReturn(input: $input) { tiktokOrderId tiktokStatus afterSaleId userErrors { code field message } }
  }
`);
const CarrierScan = graphql(`
  mutation SandboxCarrierScan($input: SandboxOrderInput!) {
    sandboxCarrierScan(input: $input) { tiktokOrderId tiktokStatus userErrors { code field message } }
  }
`);
const ClockAdvance = graphql(`
  mutation SandboxClockAdvance($input: SandboxClockAdvanceInput!) {
    sandboxClockAdvance(input: $input) { now userErrors { code field message } }
  }
`);
const FaultsSet = graphql(`
  mutation SandboxFaultsSet($input: SandboxFaultsSetInput!) {
    sandboxFaultsSet(input: $input) { faults { webhookDropRate apiSlowMs } userErrors { code field message } }
  }
`);

const START = 1_768_478_400;

test('only an emulator app is a sandbox: CONSIGN_SANDBOX marks a standalone one, real credentials alone never do', () => {
  const real = loadConfig({ TIKTOK_APP_KEY: 'key', TIKTOK_APP_SECRET: 'secret' });
  expect(tiktokAppFromConfig(real)?.sandbox).toBe(false);
  const standalone = loadConfig({ TIKTOK_APP_KEY: 'key', TIKTOK_APP_SECRET: 'secret', CONSIGN_SANDBOX: 'true' });
  expect(tiktokAppFromConfig(standalone)?.sandbox).toBe(true);
  expect(() => loadConfig({ CONSIGN_SANDBOX: 'yes please' })).toThrow(/CONSIGN_SANDBOX/);
});

describe('against the emulator', () => {
  let emu: TikTokEmulator;
  let hub: TestHub;
  let admin: string;

  beforeAll(async () => {
    emu = await startTikTokEmulator({ port: 0, seed: 11, orders: 10, clock: { startAt: START, frozen: true } });
    hub = await startTestHub({ tiktokApp: { ...singleHostTikTokApp(emu), sandbox: true } });
    admin = await hub.signIn('ADMIN');
  });
  afterAll(async () => {
    await hub?.close();
    await emu?.stop();
  });

  test('the sandbox query shows the emulator: clock, shops, counts and fault switches', async () => {
    const { sandbox } = (await run(hub, SandboxQuery, {}, admin)).data!;
    expect(sandbox.enabled).toBe(true);
    expect(sandbox.error).toBeNull();
    expect(sandbox.state).toMatchObject({ now: new Date(START * 1000).toISOString(), clockFrozen: true, orderCount: emu.controls.findOrders({ limit: 1000 }).length });
    expect(sandbox.state!.shops.map((s) => s.tiktokShopId)).toContain(emu.controls.defaultShop().id);
    expect(sandbox.state!.shops.every((s) => !s.connected)).toBe(true);
    expect(sandbox.state!.faults).toEqual({ apiServerErrorRate: 0, webhookDropRate: 0, webhookDelayMs: 0 });
  });

  test('packers and customer service cannot see or drive the sandbox', async () => {
    for (const role of ['PACKER', 'CUSTOMER_SERVICE'] as const) {
      const token = await hub.signIn(role);
      expect((await run(hub, SandboxQuery, {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const placed = await run(hub, OrdersCreate, { input: { count: 1 } }, token);
      expect(placed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  test('placing orders creates them in TikTok with the scenario and shipping type; an idempotency key replays', async () => {
    const before = emu.controls.findOrders({ limit: 1000 }).length;
    const input = { scenario: 'MULTI_UNIT', count: 2, shippingType: 'SELLER', idempotencyKey: 'place-1' } as const;
    const placed = (await run(hub, OrdersCreate, { input }, admin)).data!.sandboxOrdersCreate;
    expect(placed.userErrors).toEqual([]);
    expect(placed.tiktokOrderIds).toHaveLength(2);
    for (const id of placed.tiktokOrderIds) {
      const order = emu.controls.order(id);
      expect(order.shippingType).toBe('SELLER');
      expect(order.lineItems.length).toBeGreaterThan(1);
      expect(order.status).toBe('ON_HOLD');
    }
    const replay = (await run(hub, OrdersCreate, { input }, admin)).data!.sandboxOrdersCreate;
    expect(replay.tiktokOrderIds).toEqual(placed.tiktokOrderIds);
    expect(emu.controls.findOrders({ limit: 1000 }).length).toBe(before + 2);
    const reused = (await run(hub, OrdersCreate, { input: { ...input, count: 3 } }, admin)).data!.sandboxOrdersCreate;
    expect(reused.userErrors).toMatchObject([{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['idempotencyKey'] }]);
  });

  test('bad input is refused before the sandbox is touched', async () => {
    const before = emu.controls.findOrders({ limit: 1000 }).length;
    for (const count of [0, 51]) {
      const res = (await run(hub, OrdersCreate, { input: { count } }, admin)).data!.sandboxOrdersCreate;
      expect(res.userErrors).toMatchObject([{ code: 'OUT_OF_RANGE', field: ['count'] }]);
    }
    const shop = (await run(hub, OrdersCreate, { input: { tiktokShopId: '42' } }, admin)).data!.sandboxOrdersCreate;
    expect(shop.userErrors).toMatchObject([{ code: 'SHOP_NOT_FOUND', field: ['tiktokShopId'] }]);
    expect(emu.controls.findOrders({ limit: 1000 }).length).toBe(before);
    for (const tiktokOrderId of ['not-an-id', '999999']) {
      const res = (await run(hub, CarrierScan, { input: { tiktokOrderId } }, admin)).data!.sandboxCarrierScan;
      expect(res.userErrors).toMatchObject([{ code: 'ORDER_NOT_FOUND', field: ['tiktokOrderId'] }]);
    }
    const clock = (await run(hub, ClockAdvance, { input: { seconds: 0 } }, admin)).data!.sandboxClockAdvance;
    expect(clock.userErrors).toMatchObject([{ code: 'OUT_OF_RANGE', field: ['seconds'] }]);
  });

  test('the buyer cancels an order on hold: TikTok approves at once', async () => {
    const [id] = (await run(hub, OrdersCreate, { input: { scenario: 'SINGLE' } }, admin)).data!.sandboxOrdersCreate.tiktokOrderIds;
    const res = (await run(hub, BuyerCancel, { input: { tiktokOrderId: id! } }, admin)).data!.sandboxBuyerCancel;
    expect(res).toMatchObject({ tiktokOrderId: id, tiktokStatus: 'CANCELLED', userErrors: [] });
    expect(res.afterSaleId).toBeTruthy();
    expect(emu.controls.order(id!).status).toBe('CANCELLED');
  });

  test('clock, carrier and return: an order is shipped, scanned to delivered, and the buyer asks for a refund', async () => {
    const [id] = (await run(hub, OrdersCreate, { input: { scenario: 'SINGLE', shippingType: 'SELLER' } }, admin)).data!.sandboxOrdersCreate.tiktokOrderIds;
    const early = (await run(hub, CarrierScan, { input: { tiktokOrderId: id! } }, admin)).data!.sandboxCarrierScan;
    expect(early.userErrors).toMatchObject([{ code: 'NOT_ALLOWED_NOW' }]);
    expect(early.userErrors[0]!.message).toMatch(/^TikTok refused: /);

    const before = emu.controls.now();
    const clock = (await run(hub, ClockAdvance, { input: { seconds: 3600 } }, admin)).data!.sandboxClockAdvance;
    expect(clock).toEqual({ now: new Date((before + 3600) * 1000).toISOString(), userErrors: [] });
    expect(emu.controls.order(id!).status).toBe('AWAITING_SHIPMENT');

    // Shipping is the hub's own work (other mutations); here Seller Center ships, as a seller could.
    emu.controls.sellerCenter.ship(id!, {});
    const statuses: string[] = [];
    for (let i = 0; i < 2; i++) {
      const scan = (await run(hub, CarrierScan, { input: { tiktokOrderId: id! } }, admin)).data!.sandboxCarrierScan;
      expect(scan.userErrors).toEqual([]);
      statuses.push(scan.tiktokStatus!);
    }
    expect(statuses).toEqual(['IN_TRANSIT', 'DELIVERED']);

    const ret = (await run(hub, BuyerReturn, { input: { tiktokOrderId: id!, returnType: 'REFUND' } }, admin)).data!.sandboxBuyerReturn;
    expect(ret).toMatchObject({ tiktokOrderId: id, tiktokStatus: 'DELIVERED', userErrors: [] });
    expect(emu.controls.afterSales.returnWire(ret.afterSaleId!)).toMatchObject({ order_id: id, return_type: 'REFUND' });
  });

  test('fault switches change in the emulator; an out-of-range value changes nothing', async () => {
    const set = (await run(hub, FaultsSet, { input: { webhookDropRate: 0.5, apiSlowMs: 20 } }, admin)).data!.sandboxFaultsSet;
    expect(set).toEqual({ faults: { webhookDropRate: 0.5, apiSlowMs: 20 }, userErrors: [] });
    expect(emu.controls.faults()).toMatchObject({ webhook: { dropRate: 0.5 }, api: { slowMs: 20, serverErrorRate: 0 } });

    const bad = (await run(hub, FaultsSet, { input: { webhookDropRate: 0, apiServerErrorRate: 1.5, apiBurst429: -1 } }, admin)).data!.sandboxFaultsSet;
    expect(bad.faults).toBeNull();
    expect(bad.userErrors.map((e) => e.field)).toEqual([['apiServerErrorRate'], ['apiBurst429']]);
    expect(emu.controls.faults().webhook.dropRate).toBe(0.5);

    await run(hub, FaultsSet, { input: { webhookDropRate: 0, apiSlowMs: 0 } }, admin);
    const { sandbox } = (await run(hub, SandboxQuery, {}, admin)).data!;
    expect(sandbox.state!.faults.webhookDropRate).toBe(0);
  });
});

describe('in production, even against the emulator', () => {
  let emu: TikTokEmulator;
  let hub: TestHub;
  let admin: string;

  beforeAll(async () => {
    emu = await startTikTokEmulator({ port: 0, seed: 12, orders: 5, clock: { startAt: START, frozen: true } });
    hub = await startTestHub({
      tiktokApp: { ...singleHostTikTokApp(emu), sandbox: true },
      env: { NODE_ENV: 'production', CONSIGN_SECRET_KEY: 'ab'.repeat(32) },
    });
    admin = await hub.signIn('ADMIN');
  });
  afterAll(async () => {
    await hub?.close();
    await emu?.stop();
  });

  test('the sandbox is disabled: the query says so and every mutation answers SANDBOX_DISABLED', async () => {
    expect((await run(hub, SandboxQuery, {}, admin)).data!.sandbox).toEqual({ enabled: false, error: null, state: null });
    const orders = emu.controls.findOrders({ limit: 1000 }).length;
    const results = [
      (await run(hub, OrdersCreate, { input: { count: 1 } }, admin)).data!.sandboxOrdersCreate.userErrors,
      (await run(hub, BuyerCancel, { input: { tiktokOrderId: '1' } }, admin)).data!.sandboxBuyerCancel.userErrors,
      (await run(hub, BuyerReturn, { input: { tiktokOrderId: '1' } }, admin)).data!.sandboxBuyerReturn.userErrors,
      (await run(hub, CarrierScan, { input: { tiktokOrderId: '1' } }, admin)).data!.sandboxCarrierScan.userErrors,
      (await run(hub, ClockAdvance, { input: { seconds: 60 } }, admin)).data!.sandboxClockAdvance.userErrors,
      (await run(hub, FaultsSet, { input: { webhookDropRate: 1 } }, admin)).data!.sandboxFaultsSet.userErrors,
    ];
    for (const errors of results) expect(errors.map((e) => e.code)).toEqual(['SANDBOX_DISABLED']);
    expect(emu.controls.findOrders({ limit: 1000 }).length).toBe(orders);
    expect(emu.controls.faults().webhook.dropRate).toBe(0);
    expect(emu.controls.now()).toBe(START);
  });
});

describe('when the sandbox does not answer', () => {
  let hub: TestHub;
  let admin: string;

  beforeAll(async () => {
    hub = await startTestHub({ tiktokApp: { ...OFFLINE_TIKTOK_APP, sandbox: true } });
    admin = await hub.signIn('ADMIN');
  });
  afterAll(async () => {
    await hub?.close();
  });

  test('the query stays enabled and says why there is no state; mutations answer SANDBOX_UNREACHABLE', async () => {
    const { sandbox } = (await run(hub, SandboxQuery, {}, admin)).data!;
    expect(sandbox).toMatchObject({ enabled: true, state: null });
    expect(sandbox.error).toMatch(/cannot be reached/);
    const placed = (await run(hub, OrdersCreate, { input: { count: 1, idempotencyKey: 'down-1' } }, admin)).data!.sandboxOrdersCreate;
    expect(placed).toMatchObject({ tiktokOrderIds: [], userErrors: [{ code: 'SANDBOX_UNREACHABLE' }] });
    // A failed outcome keeps nothing: the same key may be used again once the sandbox is back.
    const { rows } = await hub.pool.query(`select count(*)::int as n from app.idempotency_key`);
    expect(rows[0].n).toBe(0);
  });
});
