/** A seller connecting an emulator shop to a test hub, as the connect flow does it. */
import type { TikTokEmulator } from '../../fixtures/tiktok-shop/index.js';
import { completeConnect, startConnect } from '../src/shops/shop-connection.js';
import type { TestHub } from './harness.js';
import { waitUntil } from './wait.js';

/** Connects the shops of the seller `openId` (the emulator's default seller without it); their hub ids. */
export async function connectShop(hub: TestHub, emu: TikTokEmulator, openId?: string): Promise<number[]> {
  const { state } = await startConnect(hub.hub, null, null);
  const result = await completeConnect(hub.hub, emu.controls.authorize(openId), state);
  if (!('shopIds' in result)) throw new Error(`the shop did not connect: ${result.message}`);
  return result.shopIds;
}

/** Waits until the order backfill of a newly connected shop is done. */
export async function backfilled(hub: TestHub, shopDbId: number): Promise<void> {
  await waitUntil(hub.databaseUrl, 'the backfill is done', async () => {
    const { rows } = await hub.pool.query(`select backfill_status from app.shop_sync where shop_id = $1`, [shopDbId]);
    return rows[0]?.backfill_status === 'DONE';
  });
}
