import type { Tx } from '../db/pool.js';
import { appendJournal } from '../journal/journal.js';
import type { JournalSource } from '../journal/journal.entity.js';
import type { PackageFacts } from './facts.js';
import type { PackageChangeKind, PackageChangePlan, PackageChangeState } from './package-change.entity.js';

export const PACKAGE_CHANGE_JOB = 'package-change-push';

export interface PackageChangeRow {
  id: number;
  shop_id: number;
  kind: PackageChangeKind;
  state: PackageChangeState;
  actor: string;
  order_ids: number[];
  package_ids: number[];
  plan: PackageChangePlan;
  result_tiktok_package_ids: string[] | null;
  sync_error: string | null;
  created_at: Date;
  updated_at: Date;
  synced_at: Date | null;
}

/**
 * Optimistic lock: claims the packages at the versions the request was checked against and marks them
 * PENDING. False when any of them changed meanwhile (another packer, or TikTok's own news).
 */
export async function claimPackages(tx: Tx, packages: PackageFacts[]): Promise<boolean> {
  for (const p of packages) {
    const { rowCount } = await tx.query(
      `update app.package set version = version + 1, sync_status = 'PENDING', sync_error = null, updated_at = now() where id = $1 and version = $2`,
      [p.id, p.version],
    );
    if (!rowCount) return false;
  }
  return true;
}

/** Stores the change; the caller enqueues the push and journals in the same transaction. */
export async function insertChange(
  tx: Tx,
  c: { shopId: number; kind: PackageChangeKind; actor: string; orderIds: number[]; packageIds: number[]; plan: PackageChangePlan },
): Promise<number> {
  const { rows } = await tx.query(
    `insert into app.package_change (shop_id, kind, state, actor, order_ids, package_ids, plan, created_at, updated_at)
     values ($1, $2, 'PENDING', $3, $4, $5, $6, now(), now()) returning id`,
    [c.shopId, c.kind, c.actor, JSON.stringify(c.orderIds), JSON.stringify(c.packageIds), JSON.stringify(c.plan)],
  );
  return rows[0].id;
}

/** One journal entry per order, so `orderChanged` streams it; e.g. `SPLIT_REQUESTED`, `COMBINE_SYNCED`. */
export async function journalChange(
  tx: Tx,
  change: { id: number; shopId: number; kind: PackageChangeKind; orderIds: number[]; actor: string },
  event: 'REQUESTED' | 'SYNCED' | 'FAILED' | 'UNDONE',
  source: JournalSource,
  data: Record<string, unknown> = {},
): Promise<void> {
  await appendJournal(
    tx,
    change.orderIds.map((orderId) => ({
      shopId: change.shopId,
      entityType: 'Order',
      entityId: orderId,
      kind: `${change.kind}_${event}`,
      source,
      actor: change.actor,
      to: event,
      data: { packageChangeId: change.id, ...data },
    })),
  );
}

export function actorName(actor: { userId: number }): string {
  return `user:${actor.userId}`;
}
