/**
 * Shared setup of the after-sale tests: an emulator (signed timestamps accepted across clock jumps,
 * so its 48 h timers can be run), a hub with workers connected to its default shop, a CS agent, and
 * helpers that compare the hub's cases with the emulator's truth and ledger.
 */
import { randomUUID } from 'node:crypto';
import { startTikTokEmulator, type TikTokEmulator } from '../../fixtures/tiktok-shop/index.js';
import { singleHostTikTokApp } from '../src/hub.js';
import { WEBHOOK_PATH } from '../src/sync/webhook-intake.js';
import { startTestHub, type TestHub } from './harness.js';
import { backfilled, connectShop } from './shops.js';
import { waitUntil } from './wait.js';

export interface AfterSaleWorld {
  emu: TikTokEmulator;
  hub: TestHub;
  shopDbId: number;
  agent: string;
  stop(): Promise<void>;
}

export async function startAfterSaleWorld(seed: number): Promise<AfterSaleWorld> {
  const emu = await startTikTokEmulator({
    port: 0,
    seed,
    orders: 30,
    webhookRetryScale: 1,
    qpsLimit: 0,
    // The tests run TikTok's 48 h timers by moving its clock; requests signed on real time stay valid.
    config: { timestampMaxAgeSeconds: 30 * 86_400 },
  });
  const hub = await startTestHub({ workers: true, tiktokApp: singleHostTikTokApp(emu) });
  emu.controls.setWebhookUrl(hub.url + WEBHOOK_PATH);
  // Cases at every stage before the shop is connected: only the after-sale backfill can bring them in.
  emu.controls.afterSales.seed(12);
  const shopDbId = (await connectShop(hub, emu))[0]!;
  await backfilled(hub, shopDbId);
  await waitUntil(hub.databaseUrl, 'the after-sale backfill is done', async () => {
    const { rows } = await hub.pool.query(`select last_poll_ok_at from app.after_sale_sync where shop_id = $1`, [shopDbId]);
    return Boolean(rows[0]?.last_poll_ok_at);
  });
  const agent = await hub.signIn('CUSTOMER_SERVICE');
  return {
    emu,
    hub,
    shopDbId,
    agent,
    async stop() {
      await hub.close();
      await emu.stop();
    },
  };
}

export const key = () => randomUUID();

export const CASE_FIELDS = `id tiktokId kind type status isOpen version syncStatus syncError nextAction deadline arbitrationStatus
  canBuyerKeepItem returnTrackingNumber availableDecisions
  refund { total { amount currency } } partialRefund { amount }
  records { role description }
  lines { tiktokLineItemId isGift orderLine { id } giftParentLine { id } }
  actions { action status actor error }`;

export async function hubOrderId(w: AfterSaleWorld, tiktokOrderId: string): Promise<number> {
  let id = 0;
  await waitUntil(w.hub.databaseUrl, `order ${tiktokOrderId} is in the hub`, async () => {
    const { rows } = await w.hub.pool.query(`select id from app."order" where tiktok_order_id = $1`, [tiktokOrderId]);
    id = rows[0]?.id ?? 0;
    return id > 0;
  });
  return id;
}

export async function hubOrderStatus(w: AfterSaleWorld, tiktokOrderId: string): Promise<string | undefined> {
  const { rows } = await w.hub.pool.query(`select status from app."order" where tiktok_order_id = $1`, [tiktokOrderId]);
  return rows[0]?.status;
}

/** The emulator's case as the API serializes it. */
export function truth(w: AfterSaleWorld, tiktokId: string): Record<string, any> {
  const a = w.emu.controls.afterSales;
  return (w.emu.services.state.cancellations.has(tiktokId) ? a.cancellationWire(tiktokId) : a.returnWire(tiktokId)) as Record<string, any>;
}

export interface HubCase {
  id: number;
  gid: string;
  status: string;
  type: string;
  syncStatus: string;
  version: number;
  refundTotal: string | null;
  nextAction: string | null;
  deadline: number | null;
  arbitration: string | null;
  updatedAt: number;
}

export async function hubCase(w: AfterSaleWorld, tiktokId: string): Promise<HubCase | null> {
  const { rows } = await w.hub.pool.query(
    `select id, status, type, sync_status, version, refund_total::text, next_action, extract(epoch from deadline_at)::bigint as deadline,
       arbitration_status, extract(epoch from tiktok_updated_at)::bigint as updated_at from app.after_sale where tiktok_id = $1`,
    [tiktokId],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    gid: `gid://consign/AfterSale/${r.id}`,
    status: r.status,
    type: r.type,
    syncStatus: r.sync_status,
    version: r.version,
    refundTotal: r.refund_total,
    nextAction: r.next_action,
    deadline: r.deadline === null ? null : Number(r.deadline),
    arbitration: r.arbitration_status,
    updatedAt: Number(r.updated_at),
  };
}

const cents = (v: string | null | undefined) => (v === null || v === undefined ? null : Math.round(Number(v) * 100));

/**
 * Waits until the hub holds the case exactly as TikTok does (status, update time, refund, next
 * action and its deadline, arbitration) with no decision in flight, and returns it.
 */
export async function settled(w: AfterSaleWorld, tiktokId: string): Promise<HubCase> {
  let last: HubCase | null = null;
  await waitUntil(w.hub.databaseUrl, `case ${tiktokId} matches TikTok`, async () => {
    const t = truth(w, tiktokId);
    const status = t.cancel_status ?? t.return_status;
    last = await hubCase(w, tiktokId);
    return Boolean(last && last.syncStatus !== 'PENDING' && last.status === status && last.updatedAt === t.update_time);
  });
  const t = truth(w, tiktokId);
  const c = last!;
  const next = (t.seller_next_action_response ?? [])[0];
  if (cents(c.refundTotal) !== cents(t.refund_amount?.refund_total)) throw new Error(`refund ${c.refundTotal} != ${t.refund_amount?.refund_total}`);
  if ((c.nextAction ?? undefined) !== next?.action || (c.deadline ?? undefined) !== next?.deadline) {
    throw new Error(`next action ${c.nextAction}@${c.deadline} != ${next?.action}@${next?.deadline}`);
  }
  if ((c.arbitration ?? '') !== (t.arbitration_status ?? '')) throw new Error(`arbitration ${c.arbitration} != ${t.arbitration_status}`);
  return c;
}

/** Seller-side after-sale effects the emulator recorded for an order (decisions and cancels). */
export function ledgerOf(w: AfterSaleWorld, tiktokOrderId: string): { kind: string; detail: Record<string, any> }[] {
  return w.emu.controls
    .ledger({ orderId: tiktokOrderId })
    .filter((e) => e.kind.startsWith('cancellation.') || e.kind.startsWith('return.'))
    .map((e) => ({ kind: e.kind, detail: e.detail as Record<string, any> }));
}

/** The hub's pushed decisions of an order, oldest first. */
export async function actionsOf(w: AfterSaleWorld, tiktokOrderId: string): Promise<{ action: string; status: string; key: string; error: string | null }[]> {
  const { rows } = await w.hub.pool.query(
    `select x.action, x.status, x.tiktok_idempotency_key as key, x.error from app.after_sale_action x
     join app."order" o on o.id = x.order_id where o.tiktok_order_id = $1 order by x.id`,
    [tiktokOrderId],
  );
  return rows;
}

/**
 * The ledger matches the hub: every decision the hub got through is in TikTok's ledger once, under
 * the idempotency key the hub sent, and TikTok recorded nothing the hub did not push.
 */
export async function expectLedgerMatchesHub(w: AfterSaleWorld, tiktokOrderId: string): Promise<void> {
  const done = (await actionsOf(w, tiktokOrderId)).filter((a) => a.status === 'DONE');
  const ledger = ledgerOf(w, tiktokOrderId).filter((e) => e.kind !== 'return.created');
  const pushed = done.map((a) => (a.action === 'CANCEL_ORDER' ? 'cancellation.seller_cancel' : a.action));
  const recorded = ledger.map((e) => (e.kind === 'cancellation.seller_cancel' ? e.kind : e.detail.decision ?? (e.kind === 'cancellation.approved' ? 'APPROVE_CANCELLATION' : 'REJECT_CANCELLATION')));
  if (JSON.stringify(pushed) !== JSON.stringify(recorded)) throw new Error(`hub pushed ${JSON.stringify(pushed)}, TikTok recorded ${JSON.stringify(recorded)}`);
  const keys = ledger.filter((e) => e.kind !== 'cancellation.seller_cancel').map((e) => e.detail.idempotencyKey);
  const hubKeys = done.filter((a) => a.action !== 'CANCEL_ORDER').map((a) => a.key);
  if (JSON.stringify(keys) !== JSON.stringify(hubKeys)) throw new Error(`keys ${JSON.stringify(keys)} != ${JSON.stringify(hubKeys)}`);
}
