import type { Pool } from '../db/pool.js';
import { select } from '../db/sql.js';
import type { RecipientAddress } from '../orders/order.entity.js';
import type { BundleComponent as StoredComponent } from '../orders/order-line.entity.js';
import type { Actor } from '../platform/actor.js';
import { partnerScope } from '../platform/actor.js';
import type { DocumentLine, PackingSlipInput, PostalAddress, ShippingLabelInput } from './document.types.js';


/** What a package's documents are made of, read in three statements. */
export interface PackageDocuments {
  slip: PackingSlipInput;
  /** Present for seller-shipped (3PL) packages that have a tracking number. */
  label: ShippingLabelInput | null;
}

export function address(r: RecipientAddress | null): PostalAddress {
  const districts = r?.districts ?? [];
  const level = (l: string) => districts.find((d) => d.level === l)?.name;
  return {
    name: r?.name ?? '',
    phone: r?.phoneNumber,
    lines: [r?.addressLine1, r?.addressLine2, r?.addressDetail].filter((x): x is string => Boolean(x)),
    city: level('L3') ?? r?.postTown,
    region: level('L1') ?? '',
    postalCode: r?.postalCode ?? '',
    countryCode: r?.regionCode,
  };
}

/**
 * Loads a package's packing slip and, when it ships with the seller's carrier, its label. Null when the
 * package does not exist or the actor may not see it (a 3PL partner sees only its own packages).
 */
export async function loadPackageDocuments(db: Pool, actor: Actor, packageId: number): Promise<PackageDocuments | null> {
  if (actor.kind === 'anonymous') return null;
  const partner = partnerScope(actor);
  const [pkg] = await select(
    db,
    `select p.id, p.tiktok_package_id, p.shipping_type, p.tracking_number, p.shipping_provider_name, c.name as carrier_name,
       s.name as shop_name, w.name as warehouse_name, w.address as warehouse_address
     from app.package p join app.shop s on s.id = p.shop_id left join app.carrier c on c.id = p.carrier_id
     left join app.warehouse w on w.id = coalesce(p.warehouse_id, s.default_warehouse_id)
     where p.id = ? ${partner === null ? '' : 'and p.partner_id = ?'}`,
    partner === null ? [packageId] : [packageId, partner],
  );
  if (!pkg) return null;
  const lines = await select(
    db,
    `select l.seller_sku, l.sku_id, l.product_name, l.sku_name, l.is_gift, l.bundle_components, o.tiktok_order_id, o.recipient, o.buyer_message
     from app.order_line l join app.order o on o.id = l.order_id where l.package_id = ? order by o.id, l.position`,
    [packageId],
  );
  const orderIds = [...new Set(lines.map((l) => l.tiktok_order_id as string))];
  const recipient = address((lines[0]?.recipient as RecipientAddress | undefined) ?? null);
  const grouped = new Map<string, DocumentLine>();
  for (const l of lines) {
    const key = `${l.sku_id}:${l.is_gift}`;
    const existing = grouped.get(key);
    if (existing) existing.quantity += 1;
    else {
      const components = (l.bundle_components as StoredComponent[]).map((c) => ({ sku: c.sellerSku ?? c.skuId, quantity: c.count }));
      grouped.set(key, {
        sku: l.seller_sku ?? l.sku_id,
        productName: l.product_name,
        variant: l.sku_name ?? undefined,
        quantity: 1,
        gift: l.is_gift,
        ...(components.length ? { components } : {}),
      });
    }
  }
  const messages = [...new Set(lines.map((l) => l.buyer_message as string | null).filter((m): m is string => Boolean(m)))];
  const slip: PackingSlipInput = {
    shopName: pkg.shop_name,
    packageId: String(pkg.id),
    tiktokPackageId: pkg.tiktok_package_id ?? undefined,
    orderIds,
    buyer: recipient,
    buyerMessage: messages.join('\n') || undefined,
    lines: [...grouped.values()],
  };
  const from = (pkg.warehouse_address ?? {}) as { fullAddress?: string; city?: string; state?: string; postalCode?: string; region?: string };
  const label: ShippingLabelInput | null =
    pkg.shipping_type === 'SELLER' && pkg.tracking_number
      ? {
          shipFrom: {
            name: pkg.warehouse_name ?? pkg.shop_name,
            lines: from.fullAddress ? [from.fullAddress] : [],
            city: from.city,
            region: from.state ?? from.region ?? '',
            postalCode: from.postalCode ?? '',
          },
          shipTo: recipient,
          carrier: pkg.carrier_name ?? pkg.shipping_provider_name ?? 'Carrier',
          service: 'Standard',
          trackingNumber: pkg.tracking_number,
          packageId: String(pkg.id),
          tiktokPackageId: pkg.tiktok_package_id ?? '',
          orderIds,
        }
      : null;
  return { slip, label };
}
