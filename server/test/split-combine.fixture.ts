/** Orders made in the emulator and read back from the hub, for the split/combine tests. */
import { expect } from 'vitest';
import type { TikTokEmulator } from '../../fixtures/tiktok-shop/index.js';
import type { Order as EmuOrder } from '../../fixtures/tiktok-shop/state.js';
import { idOf } from '../src/platform/global-id.js';
import type { TestHub } from './harness.js';
import { waitUntil } from './wait.js';

export interface HubOrder {
  id: number;
  status: string;
  lines: { id: number; tiktokLineItemId: string; packageId: number | null }[];
  packageIds: number[];
}

export class SplitFixture {
  /** Each ready() call gets buyers of its own, so groups of one test never mix with another's. */
  private nextBuyer = 1;

  constructor(
    private readonly emu: TikTokEmulator,
    private readonly hub: TestHub,
    readonly shopDbId: number,
  ) {}

  private get shop() {
    return this.emu.controls.defaultShop();
  }

  sku(n: number): string {
    const skus = [...this.emu.services.state.products.values()]
      .filter((p) => p.shopId === this.shop.id && !p.isNotForSale && p.productTypes.length === 0)
      .flatMap((p) => p.skuIds);
    return skus[n % skus.length]!;
  }

  /** Paid orders past ON_HOLD (AWAITING_SHIPMENT: the emulator's ON_HOLD is short), present in the hub. `sameRecipient`: one buyer, warehouse and delivery option. */
  async ready(count: number, opts: { units: number; sameRecipient?: boolean }): Promise<EmuOrder[]> {
    const buyers = [...this.emu.services.state.buyers.values()];
    const option = [...this.emu.services.state.deliveryOptions.values()].find((o) => o.shopId === this.shop.id && o.type === 'STANDARD')!;
    const shared = buyers[this.nextBuyer++ % buyers.length]!;
    const orders = Array.from({ length: count }, (_, i) => {
      const buyer = opts.sameRecipient ? shared : buyers[this.nextBuyer++ % buyers.length]!;
      return this.emu.controls.createOrders({
        count: 1,
        // 'single' keeps the factory from picking a random scenario (a pre-order would stay ON_HOLD for days).
        scenario: 'single',
        buyerMessage: '',
        buyerUserId: buyer.userId,
        items: [{ skuId: this.sku(i), quantity: opts.units }],
        ...(opts.sameRecipient ? { warehouseId: this.shop.warehouseIds[0]!, deliveryOptionId: option.id } : {}),
      })[0]!;
    });
    for (const o of orders) await this.waitForOrder(o.id, 'AWAITING_SHIPMENT');
    return orders;
  }

  async hubOrder(tiktokOrderId: string): Promise<HubOrder> {
    const { rows } = await this.hub.pool.query(
      `select o.id, o.status, l.id as line_id, l.tiktok_line_item_id, l.package_id
       from app.order o join app.order_line l on l.order_id = o.id where o.tiktok_order_id = $1 order by l.position, l.id`,
      [tiktokOrderId],
    );
    if (!rows[0]) throw new Error(`order ${tiktokOrderId} is not in the hub`);
    const lines = rows.map((r) => ({ id: r.line_id as number, tiktokLineItemId: r.tiktok_line_item_id as string, packageId: r.package_id as number | null }));
    return { id: rows[0].id, status: rows[0].status, lines, packageIds: [...new Set(lines.flatMap((l) => (l.packageId ? [l.packageId] : [])))] };
  }

  async waitForOrder(tiktokOrderId: string, status: string): Promise<HubOrder> {
    const units = this.emu.controls.order(tiktokOrderId).lineItems.length;
    let found: HubOrder | null = null;
    await waitUntil(this.hub.databaseUrl, `order ${tiktokOrderId} is ${status} in the hub`, async () => {
      found = await this.hubOrder(tiktokOrderId).catch(() => null);
      return found?.status === status && found.lines.length === units;
    });
    return found!;
  }

  async waitForChange(changeGid: string, state: string): Promise<void> {
    const id = idOf(changeGid, 'PackageChange');
    await waitUntil(this.hub.databaseUrl, `change ${changeGid} is ${state}`, async () => {
      const { rows } = await this.hub.pool.query('select state from app.package_change where id = $1', [id]);
      return rows[0]?.state === state;
    });
  }

  /** The hub's line → TikTok package equals TikTok's own. */
  async expectMatchesTikTok(tiktokOrderId: string): Promise<void> {
    const truth = Object.fromEntries(this.emu.controls.order(tiktokOrderId).lineItems.map((l) => [l.id, l.packageId ?? null]));
    const { rows } = await this.hub.pool.query(
      `select l.tiktok_line_item_id, p.tiktok_package_id from app.order_line l join app.order o on o.id = l.order_id
       left join app.package p on p.id = l.package_id where o.tiktok_order_id = $1`,
      [tiktokOrderId],
    );
    expect(Object.fromEntries(rows.map((r) => [r.tiktok_line_item_id, r.tiktok_package_id]))).toEqual(truth);
  }

  /** What a refused or dry-run request must leave untouched. */
  async snapshot() {
    const changes = (await this.hub.pool.query('select count(*)::int as n from app.package_change')).rows[0].n as number;
    const versions = (await this.hub.pool.query('select id, version, sync_status from app.package order by id')).rows.map(
      (r) => [r.id as number, r.version as number, r.sync_status as string] as const,
    );
    return { changes, versions };
  }

  async journal(orderDbId: number) {
    const { rows } = await this.hub.pool.query(
      `select kind, source, actor from app.journal where entity_type = 'Order' and entity_id = $1 and actor is not null order by seq`,
      [orderDbId],
    );
    return rows;
  }
}
