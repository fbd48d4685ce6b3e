import type { PgBoss } from 'pg-boss';
import type { Tx } from '../db/pool.js';
import { enqueue } from '../jobs/queue.js';
import { appendJournal } from '../journal/journal.js';
import type { Actor } from '../platform/actor.js';
import type { ShippingPackage } from './package-facts.js';
import type { PushKind } from './shipping-push.entity.js';

export const PUSH_JOB = 'shipping-push';

export function actorLabel(actor: Actor): string {
  return actor.kind === 'user' ? `user:${actor.userId}` : actor.kind === 'api-token' ? `token:${actor.tokenId}` : 'anonymous';
}

export function journalSource(actor: Actor): 'USER' | 'THREE_PL' {
  return actor.kind === 'api-token' ? 'THREE_PL' : 'USER';
}

export interface PushRequest {
  pkg: ShippingPackage;
  kind: PushKind;
  /** What the job sends, in hub terms. */
  request: Record<string, unknown>;
  /** Package columns to set now (the hub shows the intent at once, as PENDING). */
  set: Record<string, unknown>;
  /** The version the caller's decision was based on. */
  version: number;
}

const SHIPPING_COLUMNS = ['tracking_number', 'carrier_id', 'tiktok_shipping_provider_id', 'shipping_provider_name'] as const;

/**
 * Records pushes in the caller's transaction: each package moves to PENDING only if it is still at the
 * version the decision was made on (optimistic lock), a push row remembers what to send and what to
 * restore, and one job is queued for all of them. Returns null when a package changed meanwhile.
 */
export async function requestPushes(tx: Tx, boss: PgBoss, actor: Actor, requests: PushRequest[]): Promise<number[] | null> {
  const pushIds: number[] = [];
  for (const r of requests) {
    const cols = Object.keys(r.set);
    const assignments = cols.map((c, i) => `${c} = $${i + 3}`);
    const updated = await tx.query(
      `update app.package set ${[...assignments, `sync_status = 'PENDING'`, 'sync_error = null', 'version = version + 1', 'updated_at = now()'].join(', ')}
       where id = $1 and version = $2`,
      [r.pkg.id, r.version, ...cols.map((c) => r.set[c])],
    );
    if (!updated.rowCount) return null;
    const previous = {
      tracking_number: r.pkg.trackingNumber,
      carrier_id: r.pkg.carrierId,
      tiktok_shipping_provider_id: r.pkg.tiktokShippingProviderId,
      shipping_provider_name: r.pkg.shippingProviderName,
    } satisfies Record<(typeof SHIPPING_COLUMNS)[number], unknown>;
    const { rows } = await tx.query(
      `insert into app.shipping_push (shop_id, package_id, kind, status, request, previous, actor, attempts, created_at)
       values ($1, $2, $3, 'PENDING', $4, $5, $6, 0, now()) returning id`,
      [r.pkg.shopId, r.pkg.id, r.kind, JSON.stringify(r.request), JSON.stringify(previous), actorLabel(actor)],
    );
    pushIds.push(rows[0].id);
  }
  const byShop = new Map<number, number[]>();
  requests.forEach((r, i) => byShop.set(r.pkg.shopId, [...(byShop.get(r.pkg.shopId) ?? []), pushIds[i]!]));
  for (const [shopId, ids] of byShop) {
    await enqueue(boss, PUSH_JOB, { shopId, pushIds: ids }, { tx, singletonKey: `push:${ids[0]}` });
  }
  await appendJournal(
    tx,
    requests.map((r, i) => ({
      shopId: r.pkg.shopId,
      entityType: 'Package',
      entityId: r.pkg.id,
      kind: `PACKAGE_${r.kind}_REQUESTED`,
      source: journalSource(actor),
      actor: actorLabel(actor),
      data: { pushId: pushIds[i], ...r.request },
    })),
  );
  return pushIds;
}

export const RESTORABLE_COLUMNS = SHIPPING_COLUMNS;
