import { date } from '../orders/order.mapper.js';
import { toGlobalId } from '../platform/global-id.js';
import type { Package } from './package.types.js';

export type PackageView = Package & {
  dbId: number;
  shopDbId: number;
  carrierDbId: number | null;
  warehouseDbId: number | null;
  partnerDbId: number | null;
};

export const PACKAGE_COLUMNS = `p.id, p.shop_id, p.tiktok_package_id, p.status, p.shipping_type, p.carrier_id, p.tiktok_shipping_provider_id,
  p.shipping_provider_name, p.tracking_number, p.warehouse_id, p.partner_id, p.sync_status, p.sync_error, p.shipped_at,
  p.created_at, p.updated_at, p.version`;

export function packageFromRow(r: Record<string, any>): PackageView {
  return {
    dbId: r.id,
    shopDbId: r.shop_id,
    carrierDbId: r.carrier_id,
    warehouseDbId: r.warehouse_id,
    partnerDbId: r.partner_id,
    id: toGlobalId('Package', r.id),
    tiktokPackageId: r.tiktok_package_id,
    status: r.status,
    shippingType: r.shipping_type,
    trackingNumber: r.tracking_number,
    tiktokShippingProviderId: r.tiktok_shipping_provider_id,
    shippingProviderName: r.shipping_provider_name,
    syncStatus: r.sync_status,
    syncError: r.sync_error,
    version: r.version,
    shippedAt: date(r.shipped_at),
    createdAt: date(r.created_at)!,
    updatedAt: date(r.updated_at)!,
  };
}
