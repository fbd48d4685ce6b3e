import type { Pool, Tx } from '../db/pool.js';
import type { ShopRef } from '../tiktok/index.js';

export interface SyncShop extends ShopRef {
  dbId: number;
  connected: boolean;
}

/** The shop as the TikTok client addresses it (TikTok id + cipher), with our id. */
export async function loadShop(db: Pool | Tx, shopDbId: number): Promise<SyncShop | null> {
  const { rows } = await db.query(`select id, tiktok_shop_id, cipher, status from app.shop where id = $1`, [shopDbId]);
  const r = rows[0];
  return r ? { dbId: r.id, id: r.tiktok_shop_id, cipher: r.cipher ?? '', connected: r.status === 'CONNECTED' } : null;
}

export async function shopByTiktokId(db: Pool | Tx, tiktokShopId: string): Promise<SyncShop | null> {
  const { rows } = await db.query(`select id from app.shop where tiktok_shop_id = $1`, [tiktokShopId]);
  return rows[0] ? loadShop(db, rows[0].id) : null;
}
