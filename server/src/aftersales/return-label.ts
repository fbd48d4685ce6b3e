import type { Pool } from '../db/pool.js';
import { address } from '../documents/package-documents.js';
import type { ShippingLabelInput } from '../documents/document.types.js';
import type { Hub } from '../hub.js';
import { appendJournal } from '../journal/journal.js';
import type { RecipientAddress } from '../orders/order.entity.js';
import type { WarehouseAddress } from '../warehouses/warehouse.entity.js';
import { userError, type UserErrorShape } from '../graphql/user-errors.js';
import type { Actor } from '../platform/actor.js';
import { requireRole } from '../platform/actor.js';
import { idempotent } from '../platform/idempotency.js';
import { agentOf } from './after-sale-actions.js';
import type { ReturnLabelJson } from './after-sale.entity.js';
import type { AfterSaleErrorCode } from './after-sale.errors.js';

export interface ReturnLabelOutcome {
  afterSaleId: number | null;
  userErrors: UserErrorShape<AfterSaleErrorCode>[];
}

const fail = (code: AfterSaleErrorCode, message: string, field?: string[]): ReturnLabelOutcome => ({ afterSaleId: null, userErrors: [userError(code, message, field)] });

/** A label helps only while the parcel has still to travel. */
const LABEL_STATUSES = new Set(['RETURN_OR_REFUND_REQUEST_PENDING', 'AWAITING_BUYER_SHIP']);

/**
 * Attaches a return label bought from a hub carrier to a return case. TikTok's 202309 API has no
 * endpoint to upload a seller's return label, so the label stays in the hub and is served at
 * `/documents/after-sales/{id}/return-label.pdf` for the agent to send to the buyer.
 */
export async function createReturnLabel(
  hub: Hub,
  actor: Actor,
  input: { afterSaleId: number; carrierId: number; trackingNumber: string },
  idempotencyKey: string | null | undefined,
): Promise<ReturnLabelOutcome> {
  const user = requireRole(actor, 'CUSTOMER_SERVICE');
  const tracking = input.trackingNumber.trim();
  if (!/^[A-Za-z0-9-]{1,48}$/.test(tracking)) {
    return fail('INVALID_TRACKING_NUMBER', "A tracking number is 1-48 letters, digits or '-'.", ['input', 'trackingNumber']);
  }
  const result = await idempotent(hub.pool, { actor, operation: 'returnLabelCreate', key: idempotencyKey, input }, async (tx) => {
    const { rows } = await tx.query(`select id, shop_id, order_id, type, status from app.after_sale where id = $1 for update`, [input.afterSaleId]);
    const c = rows[0];
    if (!c) return fail('NOT_FOUND', 'No such after-sale case.', ['input', 'id']);
    if (c.type !== 'RETURN_AND_REFUND') return fail('WRONG_TYPE', `A ${c.type} case sends nothing back.`, ['input', 'id']);
    if (!LABEL_STATUSES.has(c.status)) return fail('WRONG_STATUS', `The case is ${c.status}; a return label is made before the buyer ships.`, ['input', 'id']);
    const carrier = await tx.query(`select id, name, tracking_number_pattern from app.carrier where id = $1`, [input.carrierId]);
    if (!carrier.rows[0]) return fail('INVALID_CARRIER', 'No such carrier.', ['input', 'carrierId']);
    const pattern: string | null = carrier.rows[0].tracking_number_pattern;
    if (pattern && !new RegExp(`^(?:${pattern})$`).test(tracking)) {
      return fail('INVALID_TRACKING_NUMBER', `This is not a ${carrier.rows[0].name} tracking number.`, ['input', 'trackingNumber']);
    }
    const label: ReturnLabelJson = {
      carrierId: carrier.rows[0].id,
      carrierName: carrier.rows[0].name,
      trackingNumber: tracking,
      createdAt: new Date().toISOString(),
      createdBy: agentOf(user.userId),
    };
    await tx.query(`update app.after_sale set return_label = $2::jsonb, version = version + 1, updated_at = now() where id = $1`, [c.id, JSON.stringify(label)]);
    const data = { carrier: label.carrierName, trackingNumber: tracking };
    await appendJournal(tx, [
      { shopId: c.shop_id, entityType: 'AfterSale', entityId: c.id, kind: 'RETURN_LABEL_CREATED', source: 'USER', actor: label.createdBy, data },
      ...(c.order_id ? [{ shopId: c.shop_id, entityType: 'Order', entityId: c.order_id, kind: 'RETURN_LABEL_CREATED', source: 'USER' as const, actor: label.createdBy, data }] : []),
    ]);
    return { afterSaleId: c.id as number, userErrors: [] };
  });
  if ('reused' in result) return fail('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a different request.', ['input', 'idempotencyKey']);
  return result;
}

/** The label as drawn: from the buyer's address to the shop's return warehouse (TikTok's, else the hub's). */
export async function loadReturnLabel(db: Pool, afterSaleId: number): Promise<ShippingLabelInput | null> {
  const { rows } = await db.query(
    `select a.id, a.tiktok_id, a.tiktok_order_id, a.return_label, a.return_warehouse_address, o.recipient, s.name as shop_name,
       w.name as warehouse_name, w.address as warehouse_address
     from app.after_sale a join app.shop s on s.id = a.shop_id
     left join app."order" o on o.id = a.order_id
     left join lateral (select name, address from app.warehouse where shop_id = a.shop_id and type = 'RETURN' order by id limit 1) w on true
     where a.id = $1`,
    [afterSaleId],
  );
  const r = rows[0];
  if (!r?.return_label) return null;
  const label = r.return_label as ReturnLabelJson;
  const w = (r.warehouse_address ?? {}) as WarehouseAddress;
  const fullAddress = w.fullAddress ?? r.return_warehouse_address ?? '';
  return {
    shipFrom: address((r.recipient as RecipientAddress | null) ?? null),
    shipTo: {
      name: r.warehouse_name ?? `${r.shop_name} returns`,
      lines: fullAddress ? [fullAddress] : [],
      city: w.city,
      region: w.state ?? w.region ?? '',
      postalCode: w.postalCode ?? '',
    },
    carrier: label.carrierName,
    service: 'Return',
    trackingNumber: label.trackingNumber,
    packageId: `RETURN ${r.id}`,
    tiktokPackageId: `RETURN ${r.tiktok_id}`,
    orderIds: [r.tiktok_order_id],
  };
}
