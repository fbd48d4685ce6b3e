import { withTransaction } from '../db/pool.js';
import type { Hub } from '../hub.js';
import { appendJournal } from '../journal/journal.js';
import { loadShop } from '../sync/shop-ref.js';
import type { ProviderRef } from './delivery-option.entity.js';

export const LOGISTICS_SYNC_JOB = 'shop-logistics-sync';

export interface LogisticsSyncResult {
  warehouses: number;
  deliveryOptions: number;
}

/**
 * Pulls the shop's warehouses, their delivery options and each option's shipping providers from TikTok's
 * logistics API and stores them in one transaction (a failed pull leaves the previous copy whole).
 * Idempotent: it is run when a shop connects and whenever someone asks.
 */
export async function syncShopLogistics(hub: Hub, shopDbId: number): Promise<LogisticsSyncResult> {
  const shop = await loadShop(hub.pool, shopDbId);
  if (!shop?.connected) return { warehouses: 0, deliveryOptions: 0 };
  const warehouses = (await hub.tiktok.logistics.getWarehouses(shop)).warehouses ?? [];
  const options = new Map<string, { id: string; name: string; type: string; warehouseIds: string[]; providers: ProviderRef[] }>();
  for (const w of warehouses) {
    if (!w.id || w.type === 'RETURN_WAREHOUSE') continue;
    const listed = (await hub.tiktok.logistics.getWarehouseDeliveryOptions(shop, w.id)).delivery_options ?? [];
    for (const o of listed) {
      if (!o.id) continue;
      const known = options.get(o.id);
      if (known) known.warehouseIds.push(w.id);
      else options.set(o.id, { id: o.id, name: o.name ?? o.id, type: o.type ?? '', warehouseIds: [w.id], providers: [] });
    }
  }
  for (const option of options.values()) {
    // TikTok picks the carrier of its own shipping options; only seller-shipped ones list providers.
    if (option.type !== 'SEND_BY_SELLER') continue;
    const providers = (await hub.tiktok.logistics.getShippingProviders(shop, option.id)).shipping_providers ?? [];
    option.providers = providers.filter((p) => p.id).map((p) => ({ id: p.id!, name: p.name ?? p.id! }));
  }

  await withTransaction(hub.pool, async (tx) => {
    for (const w of warehouses) {
      if (!w.id) continue;
      const a = w.address ?? {};
      const address = {
        fullAddress: a.full_address,
        region: a.region_code || a.region,
        state: a.state,
        city: a.city,
        postalCode: a.postal_code,
        contactPerson: a.contact_person,
        phone: a.phone_number,
      };
      await tx.query(
        `insert into app.warehouse (shop_id, tiktok_warehouse_id, name, type, is_default, address, created_at)
         values ($1, $2, $3, $4, $5, $6, now())
         on conflict (shop_id, tiktok_warehouse_id) do update set name = excluded.name, type = excluded.type,
           is_default = excluded.is_default, address = excluded.address`,
        [shopDbId, w.id, w.name ?? w.id, w.type === 'RETURN_WAREHOUSE' ? 'RETURN' : 'SALES', Boolean(w.is_default), JSON.stringify(address)],
      );
    }
    await tx.query(
      `update app.shop set default_warehouse_id = coalesce(default_warehouse_id,
         (select id from app.warehouse where shop_id = $1 and type = 'SALES' order by is_default desc, id limit 1)) where id = $1`,
      [shopDbId],
    );
    const ids = [...options.keys()];
    await tx.query(`delete from app.delivery_option where shop_id = $1 and not (tiktok_delivery_option_id = any($2::text[]))`, [shopDbId, ids]);
    for (const o of options.values()) {
      await tx.query(
        `insert into app.delivery_option (shop_id, tiktok_delivery_option_id, name, type, tiktok_warehouse_ids, providers, synced_at)
         values ($1, $2, $3, $4, $5, $6, now())
         on conflict (shop_id, tiktok_delivery_option_id) do update set name = excluded.name, type = excluded.type,
           tiktok_warehouse_ids = excluded.tiktok_warehouse_ids, providers = excluded.providers, synced_at = now()`,
        [shopDbId, o.id, o.name, o.type, JSON.stringify(o.warehouseIds), JSON.stringify(o.providers)],
      );
    }
    // Packages learn their warehouse from their order, once TikTok's warehouse is known to the hub.
    await tx.query(
      `update app.package p set warehouse_id = w.id, version = p.version + 1, updated_at = now()
       from app.order_line l join app.order o on o.id = l.order_id join app.warehouse w on w.shop_id = o.shop_id and w.tiktok_warehouse_id = o.tiktok_warehouse_id
       where l.package_id = p.id and p.shop_id = $1 and p.warehouse_id is null`,
      [shopDbId],
    );
    await appendJournal(tx, [
      { shopId: shopDbId, entityType: 'Shop', entityId: shopDbId, kind: 'SHOP_LOGISTICS_SYNCED', source: 'SYSTEM', data: { warehouses: warehouses.length, deliveryOptions: options.size } },
    ]);
  });
  return { warehouses: warehouses.length, deliveryOptions: options.size };
}
