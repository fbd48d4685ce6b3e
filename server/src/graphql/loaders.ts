import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Carrier } from '../carriers/carrier.entity.js';
import { carrierView, type CarrierView } from '../carriers/carrier.types.js';
import type { Pool } from '../db/pool.js';
import { placeholders, select } from '../db/sql.js';
import { LINE_COLUMNS, ORDER_COLUMNS, lineFromRow, orderFromRow, type OrderLineView, type OrderView } from '../orders/order.mapper.js';
import { PACKAGE_COLUMNS, packageFromRow, type PackageView } from '../packages/package.mapper.js';
import type { Actor } from '../platform/actor.js';
import { partnerScope } from '../platform/actor.js';
import { Shop } from '../shops/shop.entity.js';
import { shopView, type ShopView } from '../shops/shop.types.js';
import { Warehouse } from '../warehouses/warehouse.entity.js';
import { warehouseView, type WarehouseView } from '../warehouses/warehouse.types.js';

/**
 * Per-request batch loaders: every relation a list query touches costs one statement per level,
 * whatever the page size. Partner scoping is applied here too, so no resolver can leak around it.
 */
export function createLoaders(em: EntityManager, db: Pool, actor: Actor) {
  const partner = partnerScope(actor);
  const partnerFilter = partner === null ? '' : ' and p.partner_id = ?';
  const partnerParams = partner === null ? [] : [partner];

  const grouped = <T>(keys: readonly number[], rows: T[], keyOf: (row: T) => number) => {
    const byKey = new Map<number, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) byKey.get(keyOf(row))?.push(row);
    return keys.map((k) => byKey.get(k)!);
  };

  return {
    linesByOrder: new DataLoader<number, OrderLineView[]>(async (ids) => {
      const rows = await select(db, 
        `select ${LINE_COLUMNS} from app.order_line l where l.order_id in (${placeholders(ids)}) order by l.order_id, l.position`,
        [...ids],
      );
      return grouped(ids, rows.map(lineFromRow), (l) => l.orderDbId);
    }),

    linesByPackage: new DataLoader<number, OrderLineView[]>(async (ids) => {
      const rows = await select(db, 
        `select ${LINE_COLUMNS} from app.order_line l where l.package_id in (${placeholders(ids)}) order by l.package_id, l.order_id, l.position`,
        [...ids],
      );
      return grouped(ids, rows.map(lineFromRow), (l) => l.packageDbId!);
    }),

    packagesByOrder: new DataLoader<number, PackageView[]>(async (ids) => {
      const rows = await select(db, 
        `select distinct l.order_id as for_order, ${PACKAGE_COLUMNS} from app.package p join app.order_line l on l.package_id = p.id
         where l.order_id in (${placeholders(ids)})${partnerFilter} order by l.order_id, p.id`,
        [...ids, ...partnerParams],
      );
      const views = rows.map((r) => ({ forOrder: r.for_order as number, view: packageFromRow(r) }));
      return grouped(ids, views, (v) => v.forOrder).map((list) => list.map((v) => v.view));
    }),

    ordersByPackage: new DataLoader<number, OrderView[]>(async (ids) => {
      const rows = await select(db, 
        `select distinct l.package_id as for_package, ${ORDER_COLUMNS} from app.order o join app.order_line l on l.order_id = o.id
         where l.package_id in (${placeholders(ids)}) order by l.package_id, o.id`,
        [...ids],
      );
      const views = rows.map((r) => ({ forPackage: r.for_package as number, view: orderFromRow(r) }));
      return grouped(ids, views, (v) => v.forPackage).map((list) => list.map((v) => v.view));
    }),

    orderById: new DataLoader<number, OrderView | null>(async (ids) => {
      const rows = await select(db, `select ${ORDER_COLUMNS} from app.order o where o.id in (${placeholders(ids)})`, [...ids]);
      const byId = new Map(rows.map((r) => [r.id as number, orderFromRow(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    orderByTiktokId: new DataLoader<string, OrderView | null>(async (tiktokIds) => {
      const rows = await select(db, `select ${ORDER_COLUMNS} from app.order o where o.tiktok_order_id in (${placeholders(tiktokIds)})`, [
        ...tiktokIds,
      ]);
      const byId = new Map(rows.map((r) => [r.tiktok_order_id as string, orderFromRow(r)]));
      return tiktokIds.map((id) => byId.get(id) ?? null);
    }),

    packageById: new DataLoader<number, PackageView | null>(async (ids) => {
      const rows = await select(db, `select ${PACKAGE_COLUMNS} from app.package p where p.id in (${placeholders(ids)})${partnerFilter}`, [
        ...ids,
        ...partnerParams,
      ]);
      const byId = new Map(rows.map((r) => [r.id as number, packageFromRow(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    shopById: new DataLoader<number, ShopView | null>(async (ids) => {
      const shops = await em.find(Shop, { id: { $in: [...ids] } });
      const byId = new Map(shops.map((s) => [s.id, shopView(s)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    carrierById: new DataLoader<number, CarrierView | null>(async (ids) => {
      const carriers = await em.find(Carrier, { id: { $in: [...ids] } });
      const byId = new Map(carriers.map((c) => [c.id, carrierView(c)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    warehouseById: new DataLoader<number, WarehouseView | null>(async (ids) => {
      const warehouses = await em.find(Warehouse, { id: { $in: [...ids] } });
      const byId = new Map(warehouses.map((w) => [w.id, warehouseView(w)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
