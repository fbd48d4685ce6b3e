import { randomBytes } from 'node:crypto';
import { startTikTokEmulator, type TikTokEmulator } from '../../fixtures/tiktok-shop/index.js';
import { singleHostTikTokApp } from '../src/hub.js';
import { refreshOrders } from '../src/sync/order-refresh.js';
import { startTestHub, type TestHub } from './harness.js';
import { connectShop } from './shops.js';
import { waitUntil } from './wait.js';

/**
 * A hub with workers against an emulator, and shops connected: the default US shop (ON_HOLD), a US shop
 * without ON_HOLD and the cross-border seller's UK shop.
 */
export interface ShippingWorld {
  emu: TikTokEmulator;
  hub: TestHub;
  admin: string;
  packer: string;
  /** Hub shop ids by name: 'usHold', 'us', 'uk'. */
  shops: Record<'usHold' | 'us' | 'uk', { dbId: number; gid: string; tiktokId: string }>;
  close(): Promise<void>;
}

export async function startShippingWorld(seed: number): Promise<ShippingWorld> {
  const emu = await startTikTokEmulator({ port: 0, seed, orders: 12 });
  const usShop = emu.controls.createShop({ name: 'No Hold US', region: 'US', onHoldEnabled: false });
  const hub = await startTestHub({ workers: true, tiktokApp: singleHostTikTokApp(emu) });
  const all = emu.controls.shops();
  const connect = (openId: string) => connectShop(hub, emu, openId);
  await connect(all[0]!.sellerOpenId);
  await connect(all.find((s) => s.region === 'GB')!.sellerOpenId);
  await connect(usShop.sellerOpenId);
  const byTiktokId = async (tiktokId: string) => {
    const { rows } = await hub.pool.query('select id from app.shop where tiktok_shop_id = $1', [tiktokId]);
    return { dbId: rows[0].id as number, gid: `gid://consign/Shop/${rows[0].id}`, tiktokId };
  };
  const shops = {
    usHold: await byTiktokId(all[0]!.id),
    us: await byTiktokId(usShop.id),
    uk: await byTiktokId(all.find((s) => s.region === 'GB')!.id),
  };
  // Connecting pulls warehouses, delivery options and carriers in the background.
  await waitUntil(hub.databaseUrl, 'logistics synced for every shop', async () => {
    const { rows } = await hub.pool.query('select count(distinct shop_id)::int as n from app.delivery_option');
    return rows[0].n >= 3;
  });
  return {
    emu,
    hub,
    admin: await hub.signIn('ADMIN'),
    packer: await hub.signIn('PACKER'),
    shops,
    async close() {
      await hub.close();
      await emu.stop();
    },
  };
}

/** A new paid order in TikTok, read into the hub; returns TikTok's order and the hub package. */
export async function newOrder(
  w: ShippingWorld,
  shop: keyof ShippingWorld['shops'],
  shippingType: 'SELLER' | 'TIKTOK',
): Promise<{ orderId: string; packageDbId: number; packageGid: string; tiktokPackageId: string }> {
  const [order] = w.emu.controls.createOrders({ shopId: w.shops[shop].tiktokId, count: 1, scenario: 'single', shippingType });
  await refreshOrders(w.hub.hub, w.shops[shop].dbId, [order.id], 'POLL');
  const { rows } = await w.hub.pool.query(
    `select p.id, p.tiktok_package_id from app.package p join app.order_line l on l.package_id = p.id join app.order o on o.id = l.order_id
     where o.tiktok_order_id = $1 limit 1`,
    [order.id],
  );
  return { orderId: order.id, packageDbId: rows[0].id, packageGid: `gid://consign/Package/${rows[0].id}`, tiktokPackageId: rows[0].tiktok_package_id };
}

/** Waits until the package's push has settled (SYNCED or FAILED). */
export async function settled(w: ShippingWorld, packageDbId: number): Promise<{ sync_status: string; sync_error: string | null; status: string; tracking_number: string | null }> {
  let row: any;
  await waitUntil(w.hub.databaseUrl, `package ${packageDbId} synced or failed`, async () => {
    row = (await w.hub.pool.query('select sync_status, sync_error, status, tracking_number, version from app.package where id = $1', [packageDbId])).rows[0];
    return row.sync_status !== 'PENDING';
  });
  return row;
}

export function key(): string {
  return randomBytes(8).toString('hex');
}
