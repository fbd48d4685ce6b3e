import { afterSaleHolds, type AfterSaleHold } from '../aftersales/open-after-sale.js';
import type { Pool, Tx } from '../db/pool.js';
import type { RecipientAddress } from '../orders/order.entity.js';
import type { FulfillmentType, OrderStatus } from '../orders/order.enums.js';
import type { PackageStatus, SyncStatus } from '../packages/package.enums.js';

/** One unit as the split/combine rules see it. */
export interface UnitFacts {
  id: number;
  tiktokLineItemId: string;
  skuId: string;
  cancelled: boolean;
  packageId: number | null;
}

/** One package holding units of the order. */
export interface PackageFacts {
  id: number;
  tiktokPackageId: string | null;
  status: PackageStatus;
  /** PENDING while any change to it (a shipment or a re-shape) is on its way to TikTok. */
  syncStatus: SyncStatus;
  version: number;
  shopId: number;
  /** Hub ids of every order with units in the package (several when combined). */
  orderIds: number[];
}

/** What the rules need to know about an order; read in one place so rules stay pure. */
export interface OrderFacts {
  id: number;
  tiktokOrderId: string;
  shopId: number;
  shopRegion: string;
  status: OrderStatus;
  fulfillmentType: FulfillmentType;
  isBuyerRequestCancel: boolean;
  /** An open after-sale case of the order, or the seller's own cancel on its way. */
  afterSaleHold: AfterSaleHold | null;
  buyerUserId: string | null;
  recipient: RecipientAddress | null;
  tiktokWarehouseId: string | null;
  deliveryOptionId: string | null;
  units: UnitFacts[];
  packages: PackageFacts[];
  /** A split/combine of this order is queued or on its way to TikTok. */
  changePending: boolean;
  /** A split of this order that waits out its undo window (packageSplitUndo may still withdraw it). */
  undoableSplitId: number | null;
}

/** Loads the facts of the orders that exist (missing ids are simply absent), in the order asked. */
export async function loadOrderFacts(db: Pool | Tx, orderIds: number[]): Promise<OrderFacts[]> {
  if (!orderIds.length) return [];
  const { rows: orders } = await db.query(
    `select o.id, o.tiktok_order_id, o.shop_id, s.region, o.status, o.fulfillment_type, o.is_buyer_request_cancel, o.buyer_user_id,
            o.recipient, o.tiktok_warehouse_id, o.delivery_option_id,
            exists (select 1 from app.package_change c where c.state in ('PENDING', 'PUSHING') and c.order_ids @> to_jsonb(array[o.id])) as change_pending,
            (select max(c.id) from app.package_change c where c.kind = 'SPLIT' and c.state = 'PENDING' and c.order_ids @> to_jsonb(array[o.id])) as undoable_split_id
     from app.order o join app.shop s on s.id = o.shop_id where o.id = any($1::int[])`,
    [orderIds],
  );
  const { rows: units } = await db.query(
    `select l.id, l.order_id, l.tiktok_line_item_id, l.sku_id, l.package_id, (l.display_status = 'CANCELLED' or l.cancel_reason is not null) as cancelled
     from app.order_line l where l.order_id = any($1::int[]) order by l.order_id, l.position, l.id`,
    [orderIds],
  );
  const { rows: packages } = await db.query(
    `select p.id, p.tiktok_package_id, p.status, p.sync_status, p.version, p.shop_id,
            (select array_agg(distinct l2.order_id order by l2.order_id) from app.order_line l2 where l2.package_id = p.id) as order_ids
     from app.package p where p.id in (select package_id from app.order_line where order_id = any($1::int[]) and package_id is not null)
     order by p.id`,
    [orderIds],
  );
  const holds = await afterSaleHolds(db, orderIds);
  const packageFacts: PackageFacts[] = packages.map((p) => ({
    id: p.id,
    tiktokPackageId: p.tiktok_package_id,
    status: p.status,
    syncStatus: p.sync_status,
    version: p.version,
    shopId: p.shop_id,
    orderIds: p.order_ids ?? [],
  }));
  const byId = new Map(
    orders.map((o) => {
      const own = units.filter((u) => u.order_id === o.id);
      const facts: OrderFacts = {
        id: o.id,
        tiktokOrderId: o.tiktok_order_id,
        shopId: o.shop_id,
        shopRegion: o.region,
        status: o.status,
        fulfillmentType: o.fulfillment_type,
        isBuyerRequestCancel: o.is_buyer_request_cancel,
        afterSaleHold: holds.get(o.id) ?? null,
        buyerUserId: o.buyer_user_id,
        recipient: o.recipient,
        tiktokWarehouseId: o.tiktok_warehouse_id,
        deliveryOptionId: o.delivery_option_id,
        units: own.map((u) => ({ id: u.id, tiktokLineItemId: u.tiktok_line_item_id, skuId: u.sku_id, cancelled: u.cancelled === true, packageId: u.package_id })),
        packages: packageFacts.filter((p) => own.some((u) => u.package_id === p.id)),
        changePending: o.change_pending,
        undoableSplitId: o.undoable_split_id,
      };
      return [o.id as number, facts];
    }),
  );
  return orderIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** Hub order ids of the units in a package. */
export async function ordersOfPackage(db: Pool | Tx, packageId: number): Promise<number[]> {
  const { rows } = await db.query('select distinct order_id from app.order_line where package_id = $1 order by order_id', [packageId]);
  return rows.map((r) => r.order_id as number);
}
