import { toGlobalId } from '../platform/global-id.js';
import type { PackageChangeRow } from './change-record.js';
import type { PackageChange } from './package-change.types.js';

export type PackageChangeView = PackageChange & { dbId: number; shopDbId: number; orderDbIds: number[]; packageDbIds: number[]; groups: string[][] };

export function packageChangeFromRow(r: PackageChangeRow): PackageChangeView {
  return {
    dbId: r.id,
    shopDbId: r.shop_id,
    orderDbIds: r.order_ids,
    packageDbIds: r.package_ids,
    groups: r.plan.groups ?? [],
    id: toGlobalId('PackageChange', r.id),
    kind: r.kind,
    state: r.state,
    syncStatus: r.state === 'UNDONE' ? null : r.state === 'PUSHING' ? 'PENDING' : r.state,
    syncError: r.sync_error,
    actor: r.actor,
    tiktokPackageIds: r.result_tiktok_package_ids ?? [],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    syncedAt: r.synced_at,
  };
}
