import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { key, newOrder, settled, startShippingWorld, type ShippingWorld } from './shipping-world.js';
import { subscribeAs } from './live.js';
import { waitUntil } from './wait.js';

let w: ShippingWorld;
let usps: string;
let sellerOption: { id: string; shippingProviders: { id: string; name: string }[] };

const PKG = 'id status syncStatus syncError trackingNumber version shippingProviderName supportedActions { action allowed reason }';
const MARK = `mutation($input: PackageMarkShippedInput!) { packageMarkShipped(input: $input) { package { ${PKG} } userErrors { code field message } } }`;
const UPDATE = `mutation($input: PackageTrackingUpdateInput!) { packageTrackingUpdate(input: $input) { package { ${PKG} } userErrors { code field message } } }`;
const CARRIER = `mutation($input: CarrierCreateInput!) { carrierCreate(input: $input) { carrier { id code } userErrors { code field } } }`;
const MAP = `mutation($input: CarrierMappingSetInput!) { carrierMappingSet(input: $input) { mapping { id tiktokShippingProviderName carrier { code } } userErrors { code field } } }`;

let seq = 0;
/** A USPS number nobody has used: 94 + 20 digits. */
function uspsNumber(): string {
  seq += 1;
  return `9400${String(Date.now()).slice(-8)}${String(seq).padStart(10, '0')}`;
}

function ledger(kind: string, orderId: string) {
  return w.emu.controls.ledger({ kind, orderId }) as { detail: Record<string, any> }[];
}

function action(pkg: { supportedActions: { action: string; allowed: boolean; reason: string | null }[] }, name: string) {
  return pkg.supportedActions.find((a) => a.action === name)!;
}

async function pushes(packageDbId: number): Promise<number> {
  return (await w.hub.pool.query('select count(*)::int as n from app.shipping_push where package_id = $1', [packageDbId])).rows[0].n;
}

beforeAll(async () => {
  w = await startShippingWorld(41);
  const options = await w.hub.gql(
    `query($s: ID!) { deliveryOptions(shopId: $s) { id type name shippingProviders { id name } } }`,
    { s: w.shops.us.gid },
    w.packer,
  );
  sellerOption = options.data.deliveryOptions.find((o: any) => o.type === 'SEND_BY_SELLER');
  const created = await w.hub.gql(CARRIER, { input: { code: 'USPS', name: 'USPS', trackingNumberPattern: '9[2-5]\\d{20}', trackingUrlTemplate: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={tracking}' } }, w.admin);
  usps = created.data.carrierCreate.carrier.id;
  const provider = sellerOption.shippingProviders.find((p) => p.name === 'USPS')!;
  const mapped = await w.hub.gql(MAP, { input: { shopId: w.shops.us.gid, deliveryOptionId: sellerOption.id, carrierId: usps, tiktokShippingProviderId: provider.id } }, w.admin);
  expect(mapped.data.carrierMappingSet).toMatchObject({ mapping: { tiktokShippingProviderName: 'USPS', carrier: { code: 'USPS' } }, userErrors: [] });
}, 120_000);
afterAll(() => w?.close());

describe('logistics and carriers', () => {
  test('connecting a shop pulls its warehouses, delivery options and TikTok carriers; an admin can pull again', async () => {
    const truth = w.emu.controls.shops().find((s) => s.id === w.shops.us.tiktokId)!;
    const { rows } = await w.hub.pool.query('select tiktok_warehouse_id, type from app.warehouse where shop_id = $1 order by tiktok_warehouse_id', [w.shops.us.dbId]);
    expect(rows.map((r) => r.tiktok_warehouse_id).sort()).toEqual([...truth.warehouseIds].sort());
    expect(sellerOption.shippingProviders.map((p) => p.name).sort()).toEqual(['FedEx', 'UPS', 'USPS']);

    const again = await w.hub.gql(
      `mutation($i: ShopLogisticsSyncInput!) { shopLogisticsSync(input: $i) { warehouses deliveryOptions { id type } userErrors { code } } }`,
      { i: { shopId: w.shops.us.gid } },
      w.admin,
    );
    expect(again.data.shopLogisticsSync.userErrors).toEqual([]);
    expect(again.data.shopLogisticsSync.warehouses).toBe(truth.warehouseIds.length);
    expect(again.data.shopLogisticsSync.deliveryOptions.map((o: any) => o.type).sort()).toEqual(['ECONOMY', 'EXPRESS', 'SEND_BY_SELLER', 'STANDARD']);
    const packerTry = await w.hub.gql(`mutation($i: ShopLogisticsSyncInput!) { shopLogisticsSync(input: $i) { warehouses } }`, { i: { shopId: w.shops.us.gid } }, w.packer);
    expect(packerTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('carriers are validated, and a mapping must name a provider TikTok offers for the option', async () => {
    const bad = await w.hub.gql(CARRIER, { input: { code: 'BAD', name: 'Bad', trackingNumberPattern: '([', trackingUrlTemplate: 'ftp://x' } }, w.admin);
    expect(bad.data.carrierCreate.userErrors.map((e: any) => e.field[0]).sort()).toEqual(['trackingNumberPattern', 'trackingUrlTemplate']);
    const dup = await w.hub.gql(CARRIER, { input: { code: 'USPS', name: 'Again' } }, w.admin);
    expect(dup.data.carrierCreate.userErrors).toEqual([{ code: 'CODE_TAKEN', field: ['code'] }]);
    const notOffered = await w.hub.gql(MAP, { input: { shopId: w.shops.us.gid, deliveryOptionId: sellerOption.id, carrierId: usps, tiktokShippingProviderId: '1' } }, w.admin);
    expect(notOffered.data.carrierMappingSet.userErrors).toEqual([{ code: 'PROVIDER_NOT_OFFERED', field: ['tiktokShippingProviderId'] }]);
    const unknownOption = await w.hub.gql(MAP, { input: { shopId: w.shops.us.gid, deliveryOptionId: '42', carrierId: usps, tiktokShippingProviderId: '1' } }, w.admin);
    expect(unknownOption.data.carrierMappingSet.userErrors[0].code).toBe('DELIVERY_OPTION_NOT_FOUND');
    const renamed = await w.hub.gql(
      `mutation($i: CarrierUpdateInput!) { carrierUpdate(input: $i) { carrier { code name trackingUrlTemplate } userErrors { code } } }`,
      { i: { id: usps, name: 'US Postal Service' } },
      w.admin,
    );
    expect(renamed.data.carrierUpdate.carrier).toMatchObject({ code: 'USPS', name: 'US Postal Service', trackingUrlTemplate: expect.stringContaining('{tracking}') });
  });
});

describe('seller shipping (3PL)', () => {
  test('mark shipped: PENDING at once, pushed by a job, TikTok records it, the order is refreshed, then SYNCED', async () => {
    const o = await newOrder(w, 'us', 'SELLER');
    const tracking = uspsNumber();
    const res = await w.hub.gql(MARK, { input: { packageId: o.packageGid, carrierId: usps, trackingNumber: tracking } }, w.packer);
    expect(res.data.packageMarkShipped.userErrors).toEqual([]);
    expect(res.data.packageMarkShipped.package).toMatchObject({ syncStatus: 'PENDING', trackingNumber: tracking, status: 'TO_FULFILL' });
    expect(action(res.data.packageMarkShipped.package, 'SHIP')).toMatchObject({ allowed: false, reason: 'ALREADY_SHIPPED' });

    const row = await settled(w, o.packageDbId);
    expect(row).toMatchObject({ sync_status: 'SYNCED', sync_error: null, status: 'PROCESSING', tracking_number: tracking });
    const shipped = ledger('package.shipped', o.orderId);
    expect(shipped).toHaveLength(1);
    const provider = sellerOption.shippingProviders.find((p) => p.name === 'USPS')!;
    expect(shipped[0]!.detail).toMatchObject({ packageId: o.tiktokPackageId, trackingNumber: tracking, providerId: provider.id, method: 'MARK_AS_SHIPPED' });
    const truth = w.emu.controls.orderTruth(o.orderId) as any;
    const hubOrder = (await w.hub.pool.query('select status from app.order where tiktok_order_id = $1', [o.orderId])).rows[0];
    expect(hubOrder.status).toBe(truth.status);
    expect(truth.status).toBe('AWAITING_COLLECTION');

    const view = await w.hub.gql(`query($id: ID!) { package(id: $id) { ${PKG} trackingUrl documents { labelPdf } shippingPushes { kind status attempts } } }`, { id: o.packageGid }, w.packer);
    expect(view.data.package.trackingUrl).toContain(tracking);
    expect(view.data.package.documents.labelPdf).toBe(`/documents/packages/${o.packageDbId}/label.pdf`);
    expect(view.data.package.shippingPushes).toEqual([{ kind: 'MARK_SHIPPED', status: 'SYNCED', attempts: 1 }]);
    expect(action(view.data.package, 'UPDATE_TRACKING').allowed).toBe(true);
  });

  test('tracking correction is pushed once; a second one is refused with TikTok’s rule before anything is sent', async () => {
    const o = await newOrder(w, 'us', 'SELLER');
    await w.hub.gql(MARK, { input: { packageId: o.packageGid, carrierId: usps, trackingNumber: uspsNumber() } }, w.packer);
    await settled(w, o.packageDbId);
    const corrected = uspsNumber();
    const res = await w.hub.gql(UPDATE, { input: { packageId: o.packageGid, trackingNumber: corrected } }, w.packer);
    expect(res.data.packageTrackingUpdate.userErrors).toEqual([]);
    expect(await settled(w, o.packageDbId)).toMatchObject({ sync_status: 'SYNCED', tracking_number: corrected });
    expect(ledger('package.tracking_updated', o.orderId).map((e) => e.detail.trackingNumber)).toEqual([corrected]);
    expect((w.emu.controls.orderTruth(o.orderId) as any).line_items[0].tracking_number).toBe(corrected);

    const again = await w.hub.gql(UPDATE, { input: { packageId: o.packageGid, trackingNumber: uspsNumber() } }, w.packer);
    expect(again.data.packageTrackingUpdate.userErrors).toEqual([expect.objectContaining({ code: 'TRACKING_UPDATE_LIMIT' })]);
    expect(ledger('package.tracking_updated', o.orderId)).toHaveLength(1);
  });

  test('TikTok’s own limit (the one change was made elsewhere) comes back as FAILED with TikTok’s message, tracking as TikTok has it, and an incident', async () => {
    const o = await newOrder(w, 'us', 'SELLER');
    await w.hub.gql(MARK, { input: { packageId: o.packageGid, carrierId: usps, trackingNumber: uspsNumber() } }, w.packer);
    await settled(w, o.packageDbId);
    const elsewhere = uspsNumber();
    const shop = { id: w.shops.us.tiktokId, cipher: w.emu.controls.shops().find((s) => s.id === w.shops.us.tiktokId)!.cipher };
    await w.hub.hub.tiktok.fulfillment.updatePackageShippingInfo(shop, o.tiktokPackageId, { tracking_number: elsewhere, shipping_provider_id: sellerOption.shippingProviders.find((p) => p.name === 'USPS')!.id });

    const res = await w.hub.gql(UPDATE, { input: { packageId: o.packageGid, trackingNumber: uspsNumber() } }, w.packer);
    expect(res.data.packageTrackingUpdate.userErrors).toEqual([]);
    const row = await settled(w, o.packageDbId);
    expect(row.sync_status).toBe('FAILED');
    expect(row.sync_error).toContain('21011051');
    expect(row.tracking_number).toBe(elsewhere);
    const incidents = await w.hub.pool.query(`select message from app.incident where kind = $1 and resolved_at is null`, [`shipping-push-failed:package-${o.packageDbId}`]);
    expect(incidents.rows[0].message).toContain('only be updated once');
    const failed = await w.hub.gql(`query($s: ID!) { packages(first: 100, filter: { shopIds: [$s], syncStatuses: [FAILED] }) { nodes { id syncError } } }`, { s: w.shops.us.gid }, w.packer);
    expect(failed.data.packages.nodes).toContainEqual({ id: o.packageGid, syncError: expect.stringContaining('21011051') });
  });

  test('bad input is refused before anything is sent: unknown or unmapped carrier, malformed or used tracking number', async () => {
    const o = await newOrder(w, 'us', 'SELLER');
    const dhl = (await w.hub.gql(CARRIER, { input: { code: 'DHL', name: 'DHL', trackingNumberPattern: '\\d{10}' } }, w.admin)).data.carrierCreate.carrier.id;
    const used = (await w.hub.pool.query(`select tracking_number from app.package where tracking_number ~ '^9[2-5][0-9]{20}$' limit 1`)).rows[0].tracking_number;
    const cases: [Record<string, string>, string][] = [
      [{ carrierId: 'gid://consign/Carrier/999999', trackingNumber: uspsNumber() }, 'CARRIER_NOT_FOUND'],
      [{ carrierId: dhl, trackingNumber: '1234567890' }, 'CARRIER_NOT_MAPPED'],
      [{ carrierId: usps, trackingNumber: '1Z999AA10123456784' }, 'TRACKING_NUMBER_INVALID'],
      [{ carrierId: usps, trackingNumber: used }, 'TRACKING_NUMBER_IN_USE'],
      [{ carrierId: usps, trackingNumber: '   ' }, 'TRACKING_NUMBER_INVALID'],
    ];
    for (const [input, code] of cases) {
      const res = await w.hub.gql(MARK, { input: { packageId: o.packageGid, ...input } }, w.packer);
      expect(res.data.packageMarkShipped).toMatchObject({ package: null, userErrors: [expect.objectContaining({ code })] });
    }
    expect(await pushes(o.packageDbId)).toBe(0);
    expect(ledger('package.shipped', o.orderId)).toHaveLength(0);
    const row = (await w.hub.pool.query('select sync_status, tracking_number from app.package where id = $1', [o.packageDbId])).rows[0];
    expect(row).toEqual({ sync_status: 'SYNCED', tracking_number: null });
  });

  test('a TikTok refusal fails the package (FAILED, syncError, incident), restores it, and it can be shipped again', async () => {
    const o = await newOrder(w, 'us', 'SELLER');
    // A carrier without a format of its own, mapped to TikTok's USPS: TikTok then checks the number and refuses a UPS one.
    const loose = (await w.hub.gql(CARRIER, { input: { code: 'LOOSE', name: 'Loose Post' } }, w.admin)).data.carrierCreate.carrier.id;
    const provider = sellerOption.shippingProviders.find((p) => p.name === 'USPS')!;
    await w.hub.gql(MAP, { input: { shopId: w.shops.us.gid, deliveryOptionId: sellerOption.id, carrierId: loose, tiktokShippingProviderId: provider.id } }, w.admin);
    await w.hub.gql(MARK, { input: { packageId: o.packageGid, carrierId: loose, trackingNumber: '1Z999AA10123456784' } }, w.packer);
    const row = await settled(w, o.packageDbId);
    expect(row).toMatchObject({ sync_status: 'FAILED', status: 'TO_FULFILL', tracking_number: null });
    expect(row.sync_error).toMatch(/21004015|11028006/);
    expect(ledger('package.shipped', o.orderId)).toHaveLength(0);
    const incident = await w.hub.gql(`query { incidents { kind message } }`, {}, w.admin);
    expect(incident.data.incidents).toContainEqual({ kind: `shipping-push-failed:package-${o.packageDbId}`, message: expect.stringContaining('TikTok refused') });

    const view = await w.hub.gql(`query($id: ID!) { package(id: $id) { ${PKG} } }`, { id: o.packageGid }, w.packer);
    expect(action(view.data.package, 'SHIP').allowed).toBe(true);
    const retry = await w.hub.gql(MARK, { input: { packageId: o.packageGid, carrierId: usps, trackingNumber: uspsNumber() } }, w.packer);
    expect(retry.data.packageMarkShipped.userErrors).toEqual([]);
    expect(await settled(w, o.packageDbId)).toMatchObject({ sync_status: 'SYNCED', status: 'PROCESSING' });
  });

  test('a TikTok outage is retried: the package stays PENDING with the last error, then syncs once, with one shipment at TikTok', async () => {
    const o = await newOrder(w, 'us', 'SELLER');
    w.emu.controls.setFaults({ api: { serverErrorRate: 1 } });
    try {
      const res = await w.hub.gql(MARK, { input: { packageId: o.packageGid, carrierId: usps, trackingNumber: uspsNumber() } }, w.packer);
      expect(res.data.packageMarkShipped.userErrors).toEqual([]);
      const { waitUntil } = await import('./wait.js');
      await waitUntil(w.hub.databaseUrl, 'the failed attempt is shown', async () => {
        const row = (await w.hub.pool.query('select sync_status, sync_error from app.package where id = $1', [o.packageDbId])).rows[0];
        return row.sync_status === 'PENDING' && /retrying/.test(row.sync_error ?? '');
      });
    } finally {
      w.emu.controls.setFaults({ api: { serverErrorRate: 0 } });
    }
    expect(await settled(w, o.packageDbId)).toMatchObject({ sync_status: 'SYNCED', sync_error: null, status: 'PROCESSING' });
    expect(ledger('package.shipped', o.orderId)).toHaveLength(1);
    const push = (await w.hub.pool.query('select attempts, status from app.shipping_push where package_id = $1', [o.packageDbId])).rows[0];
    expect(push.status).toBe('SYNCED');
    expect(push.attempts).toBeGreaterThan(1);
  });

  test('on-hold and cancelled orders cannot ship, and supportedActions say why', async () => {
    const held = await newOrder(w, 'usHold', 'SELLER');
    const res = await w.hub.gql(MARK, { input: { packageId: held.packageGid, carrierId: usps, trackingNumber: uspsNumber() } }, w.packer);
    expect(res.data.packageMarkShipped.userErrors).toEqual([expect.objectContaining({ code: 'ORDER_ON_HOLD' })]);
    const order = await w.hub.gql(
      `query($t: String!) { order(tiktokOrderId: $t) { supportedActions { action allowed reason message } packages { supportedActions { action allowed reason } } } }`,
      { t: held.orderId },
      w.packer,
    );
    expect(action(order.data.order, 'SHIP')).toMatchObject({ allowed: false, reason: 'ORDER_ON_HOLD', message: expect.stringContaining('on hold') });
    expect(action(order.data.order, 'SPLIT').reason).toBe('ORDER_ON_HOLD');
    expect(action(order.data.order, 'PRINT_PACKING_SLIP').allowed).toBe(true);

    const cancelled = await newOrder(w, 'us', 'SELLER');
    w.emu.controls.sellerCenter.cancelOrder(cancelled.orderId);
    const { refreshOrders } = await import('../src/sync/order-refresh.js');
    await refreshOrders(w.hub.hub, w.shops.us.dbId, [cancelled.orderId], 'POLL');
    const refused = await w.hub.gql(MARK, { input: { packageId: cancelled.packageGid, carrierId: usps, trackingNumber: uspsNumber() } }, w.packer);
    expect(refused.data.packageMarkShipped.userErrors).toEqual([expect.objectContaining({ code: 'ORDER_CANCELLED' })]);
    expect(ledger('package.shipped', held.orderId).length + ledger('package.shipped', cancelled.orderId).length).toBe(0);
  });
});

describe('3PL partners, idempotency and concurrency', () => {
  const ASSIGN = `mutation($input: PackageAssignInput!) { packageAssign(input: $input) { package { id version } userErrors { code field } } }`;
  async function partnerToken(name: string): Promise<{ partnerId: string; token: string }> {
    const partner = (await w.hub.gql(`mutation($n: String!) { partnerCreate(name: $n) { partner { id } } }`, { n: name }, w.admin)).data.partnerCreate.partner;
    const token = (
      await w.hub.gql(`mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }`, { i: { name, kind: 'THREE_PL', partnerId: partner.id } }, w.admin)
    ).data.apiTokenCreate.token;
    return { partnerId: partner.id, token };
  }

  test('a partner ships only its packages, with replay on the same idempotency key; others’ packages look missing', async () => {
    const a = await partnerToken('Fast 3PL');
    const b = await partnerToken('Slow 3PL');
    const o = await newOrder(w, 'us', 'SELLER');
    const other = await newOrder(w, 'us', 'SELLER');
    const assigned = await w.hub.gql(ASSIGN, { input: { packageId: o.packageGid, partnerId: a.partnerId } }, w.packer);
    expect(assigned.data.packageAssign.userErrors).toEqual([]);
    const overflow = (await w.hub.pool.query(`select id from app.warehouse where shop_id = $1 and type = 'SALES' and not is_default`, [w.shops.us.dbId])).rows[0].id;
    const moved = await w.hub.gql(
      `mutation($input: PackageAssignInput!) { packageAssign(input: $input) { package { warehouse { id name } } userErrors { code } } }`,
      { input: { packageId: o.packageGid, warehouseId: `gid://consign/Warehouse/${overflow}` } },
      w.packer,
    );
    expect(moved.data.packageAssign).toEqual({ package: { warehouse: { id: `gid://consign/Warehouse/${overflow}`, name: 'Overflow warehouse' } }, userErrors: [] });
    const badWarehouse = await w.hub.gql(ASSIGN, { input: { packageId: o.packageGid, warehouseId: 'gid://consign/Warehouse/999999' } }, w.packer);
    expect(badWarehouse.data.packageAssign.userErrors).toEqual([{ code: 'WAREHOUSE_NOT_FOUND', field: ['warehouseId'] }]);

    const tracking = uspsNumber();
    const input = { packageId: o.packageGid, carrierId: usps, trackingNumber: tracking, idempotencyKey: key() };
    const strangerSees = await w.hub.gql(MARK, { input: { ...input, idempotencyKey: key() } }, b.token);
    expect(strangerSees.data.packageMarkShipped.userErrors).toEqual([{ code: 'PACKAGE_NOT_FOUND', field: ['packageId'], message: 'No such package.' }]);
    const unassigned = await w.hub.gql(MARK, { input: { ...input, packageId: other.packageGid, idempotencyKey: key() } }, a.token);
    expect(unassigned.data.packageMarkShipped.userErrors[0].code).toBe('PACKAGE_NOT_FOUND');

    const first = await w.hub.gql(MARK, { input }, a.token);
    const replay = await w.hub.gql(MARK, { input }, a.token);
    expect(first.data.packageMarkShipped.userErrors).toEqual([]);
    expect(replay.data.packageMarkShipped.package.id).toBe(first.data.packageMarkShipped.package.id);
    expect(replay.data.packageMarkShipped.userErrors).toEqual([]);
    const reused = await w.hub.gql(MARK, { input: { ...input, trackingNumber: uspsNumber() } }, a.token);
    expect(reused.data.packageMarkShipped.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await settled(w, o.packageDbId)).toMatchObject({ sync_status: 'SYNCED', tracking_number: tracking });
    expect(await pushes(o.packageDbId)).toBe(1);
    expect(ledger('package.shipped', o.orderId)).toHaveLength(1);
    const journal = await w.hub.pool.query(`select source, actor from app.journal where entity_type = 'Package' and entity_id = $1 and kind = 'PACKAGE_MARK_SHIPPED_REQUESTED'`, [o.packageDbId]);
    expect(journal.rows).toEqual([{ source: 'THREE_PL', actor: expect.stringMatching(/^token:/) }]);

    const tool = (await w.hub.gql(`mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }`, { i: { name: 'tool', kind: 'SHIPPING_TOOL' } }, w.admin)).data.apiTokenCreate.token;
    const forbidden = await w.hub.gql(MARK, { input: { ...input, packageId: other.packageGid, idempotencyKey: key() } }, tool);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const partnerView = await w.hub.gql(`query($id: ID!) { package(id: $id) { supportedActions { action allowed reason } } }`, { id: o.packageGid }, a.token);
    expect(action(partnerView.data.package, 'SPLIT').reason).toBe('NOT_PERMITTED');
    expect(action(partnerView.data.package, 'UPDATE_TRACKING').allowed).toBe(true);
  });

  test('packageChanged streams a shipment from its request to TikTok’s answer; a partner hears only its own packages', async () => {
    const a = await partnerToken('Streaming 3PL');
    const mine = await newOrder(w, 'us', 'SELLER');
    const theirs = await newOrder(w, 'us', 'SELLER');
    expect((await w.hub.gql(ASSIGN, { input: { packageId: mine.packageGid, partnerId: a.partnerId } }, w.packer)).data.packageAssign.userErrors).toEqual([]);
    // From the journal position read now: nothing journaled after it is missed, however late the socket subscribes.
    const from = (await w.hub.gql('{ journalSeq }', {}, w.packer)).data.journalSeq;
    const watch = (token: string) =>
      subscribeAs(w.hub.url, token, 'subscription($from: Int) { packageChanged(afterSeq: $from) { event { kind } package { id syncStatus } } }', { from }, (d) => {
        const c = d.packageChanged;
        return c ? { kind: c.event.kind as string, id: c.package.id as string, syncStatus: c.package.syncStatus as string } : null;
      });
    const staff = watch(w.packer);
    const partner = watch(a.token);
    try {
      for (const o of [mine, theirs]) {
        const res = await w.hub.gql(MARK, { input: { packageId: o.packageGid, carrierId: usps, trackingNumber: uspsNumber() } }, w.packer);
        expect(res.data.packageMarkShipped.userErrors).toEqual([]);
      }
      const synced = (events: typeof staff.events, id: string) => events.some((e) => e.id === id && e.kind === 'PACKAGE_MARK_SHIPPED_SYNCED');
      await waitUntil(w.hub.databaseUrl, 'both shipments streamed as synced', async () => synced(staff.events, mine.packageGid) && synced(staff.events, theirs.packageGid));
      await waitUntil(w.hub.databaseUrl, 'the partner’s shipment streamed as synced', async () => synced(partner.events, mine.packageGid));
      const kinds = (events: typeof staff.events, id: string) => events.filter((e) => e.id === id).map((e) => e.kind);
      expect(kinds(staff.events, mine.packageGid)).toEqual(['PACKAGE_MARK_SHIPPED_REQUESTED', 'PACKAGE_MARK_SHIPPED_SYNCED']);
      expect(kinds(staff.events, theirs.packageGid)).toEqual(['PACKAGE_MARK_SHIPPED_REQUESTED', 'PACKAGE_MARK_SHIPPED_SYNCED']);
      expect(staff.events.at(-1)?.syncStatus).toBe('SYNCED');
      expect(partner.events.map((e) => e.id)).toEqual([mine.packageGid, mine.packageGid]);
      expect([...staff.errors, ...partner.errors]).toEqual([]);
    } finally {
      staff.close();
      partner.close();
    }
  });

  let packers: string[];
  test('eight packers ship the same package at once with the version they saw: one wins, seven get CONFLICT, TikTok hears once', async () => {
    const o = await newOrder(w, 'us', 'SELLER');
    packers = await Promise.all(Array.from({ length: 8 }, () => w.hub.signIn('PACKER')));
    const { version } = (await w.hub.gql(`query($id: ID!) { package(id: $id) { version } }`, { id: o.packageGid }, w.packer)).data.package;
    const results = await Promise.all(
      packers.map((token) => w.hub.gql(MARK, { input: { packageId: o.packageGid, carrierId: usps, trackingNumber: uspsNumber(), expectedVersion: version } }, token)),
    );
    const codes = results.map((r) => r.data.packageMarkShipped.userErrors[0]?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    expect(await settled(w, o.packageDbId)).toMatchObject({ sync_status: 'SYNCED' });
    expect(await pushes(o.packageDbId)).toBe(1);
    expect(ledger('package.shipped', o.orderId)).toHaveLength(1);
  });

  test('six packers give six packages one tracking number at once: one keeps it, five are told TRACKING_NUMBER_IN_USE', async () => {
    const orders = await Promise.all(Array.from({ length: 6 }, () => newOrder(w, 'us', 'SELLER')));
    const tracking = uspsNumber();
    const results = await Promise.all(
      orders.map((o, i) => w.hub.gql(MARK, { input: { packageId: o.packageGid, carrierId: usps, trackingNumber: tracking } }, packers[i]!)),
    );
    const codes = results.map((r) => r.data.packageMarkShipped.userErrors[0]?.code ?? 'OK').sort();
    expect(codes).toEqual(['OK', ...Array(5).fill('TRACKING_NUMBER_IN_USE')]);
    const holders = await w.hub.pool.query('select id from app.package where upper(tracking_number) = $1', [tracking]);
    expect(holders.rowCount).toBe(1);
  });

  test('without a version, racing packers still produce one shipment: the others are told CONFLICT or ALREADY_SHIPPED', async () => {
    const o = await newOrder(w, 'us', 'SELLER');
    const results = await Promise.all(packers.map((token) => w.hub.gql(MARK, { input: { packageId: o.packageGid, carrierId: usps, trackingNumber: uspsNumber() } }, token)));
    const codes = results.map((r) => r.data.packageMarkShipped.userErrors[0]?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'CONFLICT' || c === 'ALREADY_SHIPPED')).toBe(true);
    await settled(w, o.packageDbId);
    expect(await pushes(o.packageDbId)).toBe(1);
    expect(ledger('package.shipped', o.orderId)).toHaveLength(1);
  });
});

describe('TikTok Shipping (4PL)', () => {
  const SHIP = `mutation($input: PackageShipInput!) { packageShip(input: $input) { package { ${PKG} documents { tiktokLabelPdf } } userErrors { code field message } } }`;
  const SHIP_MANY = `mutation($input: PackagesShipInput!) { packagesShip(input: $input) { packages { id syncStatus } userErrors { code field } } }`;
  const SLOTS = `query($id: ID!) { packageHandoverSlots(packageId: $id) { canPickup canDropOff canVanCollection pickupSlots { startTime endTime available } } }`;
  const get = (path: string, token = w.packer) => fetch(`${w.hub.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  test('UK: handover slots, pickup in a slot, TikTok’s tracking comes back, TikTok’s label and packing slip are served', async () => {
    const o = await newOrder(w, 'uk', 'TIKTOK');
    const slots = (await w.hub.gql(SLOTS, { id: o.packageGid }, w.packer)).data.packageHandoverSlots;
    expect(slots).toMatchObject({ canPickup: true, canDropOff: true, canVanCollection: true });
    const slot = slots.pickupSlots.find((s: any) => s.available);
    const label = await get(`/documents/packages/${o.packageDbId}/tiktok-label.pdf`);
    expect(label.status).toBe(409);
    expect((await label.json()).errors[0].message).toContain('21023035');

    const noSlot = await w.hub.gql(SHIP, { input: { packageId: o.packageGid, handoverMethod: 'PICKUP' } }, w.packer);
    expect(noSlot.data.packageShip.userErrors).toEqual([expect.objectContaining({ code: 'HANDOVER_INVALID', field: ['pickupSlot'] })]);
    const wrongKind = await w.hub.gql(MARK, { input: { packageId: o.packageGid, carrierId: usps, trackingNumber: uspsNumber() } }, w.packer);
    expect(wrongKind.data.packageMarkShipped.userErrors[0].code).toBe('WRONG_SHIPPING_TYPE');

    const shipInput = { packageId: o.packageGid, handoverMethod: 'PICKUP', pickupSlot: { startTime: slot.startTime, endTime: slot.endTime }, idempotencyKey: key() };
    const res = await w.hub.gql(SHIP, { input: shipInput }, w.packer);
    expect(res.data.packageShip.userErrors).toEqual([]);
    expect((await w.hub.gql(SHIP, { input: shipInput }, w.packer)).data.packageShip.userErrors).toEqual([]);
    const otherSlot = slots.pickupSlots.filter((s: any) => s.available)[1];
    const reused = await w.hub.gql(SHIP, { input: { ...shipInput, pickupSlot: { startTime: otherSlot.startTime, endTime: otherSlot.endTime } } }, w.packer);
    expect(reused.data.packageShip.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
    const row = await settled(w, o.packageDbId);
    expect(row).toMatchObject({ sync_status: 'SYNCED', status: 'PROCESSING' });
    const [shipped] = ledger('package.shipped', o.orderId);
    expect(shipped!.detail).toMatchObject({
      packageId: o.tiktokPackageId,
      method: 'SHIP_PACKAGE',
      handoverMethod: 'PICKUP',
      pickupSlot: { startTime: Date.parse(slot.startTime) / 1000, endTime: Date.parse(slot.endTime) / 1000 },
    });
    expect(row.tracking_number).toBe(shipped!.detail.trackingNumber);

    const view = await w.hub.gql(`query($id: ID!) { package(id: $id) { ${PKG} documents { tiktokLabelPdf tiktokPackingSlipPdf labelPdf } } }`, { id: o.packageGid }, w.packer);
    expect(view.data.package.documents).toEqual({
      tiktokLabelPdf: `/documents/packages/${o.packageDbId}/tiktok-label.pdf`,
      tiktokPackingSlipPdf: `/documents/packages/${o.packageDbId}/tiktok-packing-slip.pdf`,
      labelPdf: null,
    });
    expect(action(view.data.package, 'PRINT_LABEL').allowed).toBe(true);
    expect(action(view.data.package, 'UPDATE_TRACKING').reason).toBe('TIKTOK_SHIPPING');
    for (const doc of ['tiktok-label.pdf', 'tiktok-packing-slip.pdf']) {
      const pdf = await get(`/documents/packages/${o.packageDbId}/${doc}`);
      expect(pdf.status).toBe(200);
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect(ledger('package.document_issued', o.orderId).map((e) => e.detail.documentType).sort()).toEqual(['PACKING_SLIP', 'SHIPPING_LABEL']);
  });

  test('a label TikTok is still generating is answered 503 with Retry-After, and served once it is ready', async () => {
    const o = await newOrder(w, 'uk', 'TIKTOK');
    w.emu.services.config.documentGenerationSeconds = 3600;
    try {
      await w.hub.gql(SHIP, { input: { packageId: o.packageGid, handoverMethod: 'DROP_OFF' } }, w.packer);
      expect(await settled(w, o.packageDbId)).toMatchObject({ sync_status: 'SYNCED' });
      const early = await get(`/documents/packages/${o.packageDbId}/tiktok-label.pdf`);
      expect(early.status).toBe(503);
      expect(early.headers.get('retry-after')).toBe('5');
      expect((await early.json()).errors[0].message).toContain('being generated');
    } finally {
      w.emu.services.config.documentGenerationSeconds = 0;
    }
    expect((await get(`/documents/packages/${o.packageDbId}/tiktok-label.pdf`)).status).toBe(200);
  }, 30_000);

  test('UK batch: one Batch Ship call; a package TikTok refuses fails alone while the others ship', async () => {
    const orders = await Promise.all([1, 2, 3].map(() => newOrder(w, 'uk', 'TIKTOK')));
    // Cancelled in Seller Center after the hub last read it: only TikTok knows, and refuses that one.
    w.emu.controls.sellerCenter.cancelOrder(orders[2]!.orderId);
    const invalid = await w.hub.gql(
      SHIP_MANY,
      { input: { packages: [{ packageId: orders[0]!.packageGid, handoverMethod: 'DROP_OFF' }, { packageId: orders[1]!.packageGid }] } },
      w.packer,
    );
    expect(invalid.data.packagesShip).toEqual({ packages: [], userErrors: [{ code: 'HANDOVER_INVALID', field: ['packages', '1', 'handoverMethod'] }] });
    expect(await pushes(orders[0]!.packageDbId)).toBe(0);

    const res = await w.hub.gql(SHIP_MANY, { input: { packages: orders.map((o) => ({ packageId: o.packageGid, handoverMethod: 'DROP_OFF' })), idempotencyKey: key() } }, w.packer);
    expect(res.data.packagesShip.userErrors).toEqual([]);
    expect(res.data.packagesShip.packages.map((p: any) => p.syncStatus)).toEqual(['PENDING', 'PENDING', 'PENDING']);
    const rows = await Promise.all(orders.map((o) => settled(w, o.packageDbId)));
    expect(rows.map((r) => r.sync_status)).toEqual(['SYNCED', 'SYNCED', 'FAILED']);
    expect(rows[2]!.sync_error).toContain('21011041');
    expect(orders.map((o) => ledger('package.shipped', o.orderId).length)).toEqual([1, 1, 0]);
    const hubStatus = (await w.hub.pool.query('select status from app.order where tiktok_order_id = $1', [orders[2]!.orderId])).rows[0].status;
    expect(hubStatus).toBe('CANCELLED');
    const jobs = await w.hub.pool.query(`select count(*)::int as n from pgboss.job where name = 'shipping-push' and data->'pushIds' @> $1::jsonb`, [
      JSON.stringify([(await w.hub.pool.query('select id from app.shipping_push where package_id = $1', [orders[0]!.packageDbId])).rows[0].id]),
    ]);
    expect(jobs.rows[0].n).toBe(1);
  });

  test('US: label services for the parcel, then a label purchase with the chosen service', async () => {
    const o = await newOrder(w, 'us', 'TIKTOK');
    const services = await w.hub.gql(
      `query($i: PackageShippingServicesInput!) { packageShippingServices(input: $i) { id name price { amount currency } isDefault shippingProviderName } }`,
      { i: { packageId: o.packageGid, weight: { value: 450, unit: 'GRAM' } } },
      w.packer,
    );
    const list = services.data.packageShippingServices;
    expect(list.length).toBeGreaterThan(1);
    expect(list.filter((s: any) => s.isDefault)).toHaveLength(1);
    const chosen = list.find((s: any) => !s.isDefault);
    const noWeight = await w.hub.gql(SHIP, { input: { packageId: o.packageGid, shippingServiceId: chosen.id } }, w.packer);
    expect(noWeight.data.packageShip.userErrors[0].code).toBe('WEIGHT_REQUIRED');
    const res = await w.hub.gql(SHIP, { input: { packageId: o.packageGid, shippingServiceId: chosen.id, weight: { value: 450, unit: 'GRAM' } } }, w.packer);
    expect(res.data.packageShip.userErrors).toEqual([]);
    expect(await settled(w, o.packageDbId)).toMatchObject({ sync_status: 'SYNCED', status: 'PROCESSING' });
    const [shipped] = ledger('package.shipped', o.orderId);
    expect(shipped!.detail).toMatchObject({ method: 'LABEL_PURCHASE' });
    const hubPkg = (await w.hub.pool.query('select shipping_provider_name, tracking_number from app.package where id = $1', [o.packageDbId])).rows[0];
    expect(hubPkg).toEqual({ shipping_provider_name: chosen.shippingProviderName, tracking_number: shipped!.detail.trackingNumber });
  });
});

describe('batch documents', () => {
  const get = (path: string, token = w.packer) => fetch(`${w.hub.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  test('a merged batch PDF (our label, TikTok’s label attached behind a notice page, slips) and a pick list for the batch', async () => {
    const seller = await newOrder(w, 'us', 'SELLER');
    const tracking = uspsNumber();
    await w.hub.gql(MARK, { input: { packageId: seller.packageGid, carrierId: usps, trackingNumber: tracking } }, w.packer);
    const platform = await newOrder(w, 'uk', 'TIKTOK');
    await w.hub.gql(`mutation($input: PackageShipInput!) { packageShip(input: $input) { userErrors { code } } }`, { input: { packageId: platform.packageGid, handoverMethod: 'DROP_OFF' } }, w.packer);
    const unshipped = await newOrder(w, 'us', 'SELLER');
    await Promise.all([settled(w, seller.packageDbId), settled(w, platform.packageDbId)]);

    const ids = [seller.packageDbId, platform.packageDbId, unshipped.packageDbId].join(',');
    const batch = await get(`/documents/batch.pdf?packages=${ids}`);
    expect(batch.status).toBe(200);
    const pdf = Buffer.from(await batch.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain(`tiktok-label-${platform.tiktokPackageId}.pdf`);
    const pick = await get(`/documents/pick-list.pdf?packages=${ids}&name=Morning`);
    expect(pick.status).toBe(200);
    expect(Buffer.from(await pick.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const { execFileSync } = await import('node:child_process');
    const { existsSync } = await import('node:fs');
    if (existsSync('/usr/bin/pdftotext')) {
      const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString().replace(/\s/g, '');
      expect(text).toContain(tracking);
      expect(text).toContain('NOTASHIPPINGLABEL');
      expect(execFileSync('pdfinfo', ['-'], { input: pdf }).toString()).toMatch(/Pages:\s+5/);
    }
    expect((await get(`/documents/batch.pdf?packages=${ids},999999`)).status).toBe(404);
    expect((await get(`/documents/batch.pdf?packages=`)).status).toBe(400);
    expect((await fetch(`${w.hub.url}/documents/batch.pdf?packages=${ids}`)).status).toBe(401);
  });
});
