/**
 * The Sandbox panel's moves: place test orders, act as the buyer and the carrier, move TikTok's clock and
 * flip fault switches, all through the emulator's control API. Nothing here writes hub state: what the
 * sandbox does reaches the hub as it would from TikTok (webhooks and polling), which is the point.
 */
import { userError } from '../graphql/user-errors.js';
import type { Hub } from '../hub.js';
import type { Actor } from '../platform/actor.js';
import { IDEMPOTENCY_KEY_REUSED, idempotent } from '../platform/idempotency.js';
import { EmulatorControl, EmulatorRefused, EmulatorUnreachable } from './emulator-control.js';
import type {
  Sandbox,
  SandboxBuyerCancelInput,
  SandboxBuyerReturnInput,
  SandboxClockAdvanceInput,
  SandboxFaults,
  SandboxFaultsSetInput,
  SandboxOrderInput,
  SandboxOrdersCreateInput,
  SandboxUserError,
} from './sandbox.types.js';

/** The emulator's control API, or null when the hub talks to real TikTok or runs in production. */
export function sandboxControl(hub: Hub): EmulatorControl | null {
  if (!hub.tiktokApp.sandbox || hub.config.NODE_ENV === 'production') return null;
  return new EmulatorControl(hub.tiktokApp.apiBaseUrl);
}

const DISABLED = userError(
  'SANDBOX_DISABLED',
  'This hub talks to real TikTok Shop, so there is no sandbox to drive.',
) as SandboxUserError;

interface WireFaults {
  api: { serverErrorRate: number; burst429: number; slowMs: number; overloadRate: number };
  webhook: { dropRate: number; duplicateRate: number; reorderWindow: number; delayMs: number };
}

interface WireState {
  now: number;
  clock_frozen: boolean;
  shops: { id: string; name: string; region: string }[];
  counts: { orders: number; cancellations: number; returns: number };
}

interface WireOrder {
  id: string;
  status: string;
}

function faultsView(f: WireFaults): SandboxFaults {
  return {
    apiServerErrorRate: f.api.serverErrorRate,
    apiBurst429: f.api.burst429,
    apiSlowMs: f.api.slowMs,
    apiOverloadRate: f.api.overloadRate,
    webhookDropRate: f.webhook.dropRate,
    webhookDuplicateRate: f.webhook.duplicateRate,
    webhookReorderWindow: f.webhook.reorderWindow,
    webhookDelayMs: f.webhook.delayMs,
  };
}

export async function sandboxView(hub: Hub): Promise<Sandbox> {
  const control = sandboxControl(hub);
  if (!control) return { enabled: false, state: null, error: null };
  try {
    const [state, faults] = await Promise.all([control.get<WireState>('/state'), control.get<WireFaults>('/faults')]);
    const { rows } = await hub.pool.query<{ tiktok_shop_id: string }>(
      `select tiktok_shop_id from app.shop where status = 'CONNECTED' and tiktok_shop_id = any($1)`,
      [state.shops.map((s) => s.id)],
    );
    const connected = new Set(rows.map((r) => r.tiktok_shop_id));
    return {
      enabled: true,
      error: null,
      state: {
        now: new Date(state.now * 1000),
        clockFrozen: state.clock_frozen,
        shops: state.shops.map((s) => ({ tiktokShopId: s.id, name: s.name, region: s.region, connected: connected.has(s.id) })),
        orderCount: state.counts.orders,
        cancellationCount: state.counts.cancellations,
        returnCount: state.counts.returns,
        faults: faultsView(faults),
      },
    };
  } catch (e) {
    if (e instanceof EmulatorUnreachable || e instanceof EmulatorRefused) return { enabled: true, state: null, error: e.message };
    throw e;
  }
}

/**
 * Runs one control call and turns the emulator's refusals into user errors: an unknown order, or a move
 * the platform does not allow in the order's state (its message says why, e.g. "order is not shipped").
 */
async function attempt<T>(
  hub: Hub,
  run: (control: EmulatorControl) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: SandboxUserError }> {
  const control = sandboxControl(hub);
  if (!control) return { ok: false, error: DISABLED };
  try {
    return { ok: true, value: await run(control) };
  } catch (e) {
    if (e instanceof EmulatorUnreachable) return { ok: false, error: userError('SANDBOX_UNREACHABLE', e.message) as SandboxUserError };
    if (!(e instanceof EmulatorRefused)) throw e;
    if (/^unknown order/i.test(e.message)) {
      return { ok: false, error: userError('ORDER_NOT_FOUND', 'The sandbox has no order with this id.', ['tiktokOrderId']) as SandboxUserError };
    }
    if (/^unknown shop/i.test(e.message)) {
      return { ok: false, error: userError('SHOP_NOT_FOUND', 'The sandbox has no shop with this id.', ['tiktokShopId']) as SandboxUserError };
    }
    return { ok: false, error: userError('NOT_ALLOWED_NOW', `TikTok refused: ${e.message}`) as SandboxUserError };
  }
}

function outOfRange(field: string, message: string): SandboxUserError {
  return userError('OUT_OF_RANGE', message, [field]) as SandboxUserError;
}

const ORDER_ID = /^\d{1,32}$/;

function orderIdError(id: string): SandboxUserError | null {
  return ORDER_ID.test(id.trim()) ? null : (userError('ORDER_NOT_FOUND', 'A TikTok order id is a number, e.g. 576461413038785752.', ['tiktokOrderId']) as SandboxUserError);
}

export async function sandboxOrdersCreate(hub: Hub, actor: Actor, input: SandboxOrdersCreateInput) {
  const empty = { tiktokOrderIds: [] as string[] };
  if (!sandboxControl(hub)) return { ...empty, userErrors: [DISABLED] };
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > 50) {
    return { ...empty, userErrors: [outOfRange('count', 'Place between 1 and 50 orders at a time.')] };
  }
  const { idempotencyKey, ...request } = input;
  const result = await idempotent(hub.pool, { actor, operation: 'sandboxOrdersCreate', key: idempotencyKey, input: request }, async () => {
    const done = await attempt(hub, (c) =>
      c.post<{ orders: WireOrder[] }>('/orders', {
        count: input.count,
        scenario: input.scenario.toLowerCase(),
        pay: input.pay,
        ...(input.shippingType ? { shippingType: input.shippingType } : {}),
        ...(input.tiktokShopId ? { shopId: input.tiktokShopId } : {}),
      }),
    );
    if (!done.ok) return { ...empty, userErrors: [done.error] };
    hub.log.info({ orders: done.value.orders.length, scenario: input.scenario }, 'sandbox orders placed');
    return { tiktokOrderIds: done.value.orders.map((o) => o.id), userErrors: [] as SandboxUserError[] };
  });
  if ('reused' in result) {
    return { ...empty, userErrors: [userError(IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used for a different request.', ['idempotencyKey']) as SandboxUserError] };
  }
  return result;
}

type OrderAction = { tiktokOrderId: string | null; tiktokStatus: string | null; afterSaleId: string | null; userErrors: SandboxUserError[] };

async function orderAction(
  hub: Hub,
  tiktokOrderId: string,
  run: (c: EmulatorControl, id: string) => Promise<{ status: string; afterSaleId: string | null }>,
): Promise<OrderAction> {
  const none = { tiktokOrderId: null, tiktokStatus: null, afterSaleId: null };
  if (!sandboxControl(hub)) return { ...none, userErrors: [DISABLED] };
  const idError = orderIdError(tiktokOrderId);
  if (idError) return { ...none, userErrors: [idError] };
  const id = tiktokOrderId.trim();
  const done = await attempt(hub, (c) => run(c, id));
  if (!done.ok) return { ...none, userErrors: [done.error] };
  return { tiktokOrderId: id, tiktokStatus: done.value.status, afterSaleId: done.value.afterSaleId, userErrors: [] };
}

/** The buyer cancels: free while UNPAID, approved at once while ON_HOLD, otherwise a request the seller answers. */
export function sandboxBuyerCancel(hub: Hub, input: SandboxBuyerCancelInput): Promise<OrderAction> {
  return orderAction(hub, input.tiktokOrderId, async (c, id) => {
    const res = await c.post<{ cancel_id: string; order: WireOrder }>(`/orders/${id}/buyer/cancel`, input.reason ? { reason: input.reason } : {});
    return { status: res.order.status, afterSaleId: res.cancel_id };
  });
}

/** The buyer asks for a refund, a return or a replacement (TikTok allows it once the order is shipped). */
export function sandboxBuyerReturn(hub: Hub, input: SandboxBuyerReturnInput): Promise<OrderAction> {
  return orderAction(hub, input.tiktokOrderId, async (c, id) => {
    const res = await c.post<{ return_id: string }>(`/orders/${id}/buyer/returns`, {
      return_type: input.returnType,
      ...(input.reason ? { reason: input.reason } : {}),
    });
    const order = await c.get<WireOrder>(`/orders/${id}`);
    return { status: order.status, afterSaleId: res.return_id };
  });
}

/** One carrier scan: AWAITING_COLLECTION → IN_TRANSIT → DELIVERED → COMPLETED. */
export function sandboxCarrierScan(hub: Hub, input: SandboxOrderInput): Promise<OrderAction> {
  return orderAction(hub, input.tiktokOrderId, async (c, id) => {
    const order = await c.post<WireOrder>(`/orders/${id}/carrier/scan`);
    return { status: order.status, afterSaleId: null };
  });
}

const MAX_ADVANCE_SECONDS = 30 * 86_400;

export async function sandboxClockAdvance(hub: Hub, input: SandboxClockAdvanceInput) {
  if (!sandboxControl(hub)) return { now: null, userErrors: [DISABLED] };
  if (!Number.isInteger(input.seconds) || input.seconds < 1 || input.seconds > MAX_ADVANCE_SECONDS) {
    return { now: null, userErrors: [outOfRange('seconds', 'Move the clock between 1 second and 30 days ahead.')] };
  }
  const done = await attempt(hub, (c) => c.post<{ now: number }>('/clock/advance', { seconds: input.seconds }));
  if (!done.ok) return { now: null, userErrors: [done.error] };
  return { now: new Date(done.value.now * 1000), userErrors: [] };
}

/** Each switch's limits: rates are shares, the rest stay small enough that the sandbox remains usable. */
const FAULT_LIMITS: Record<keyof SandboxFaultsSetInput, { max: number; integer: boolean; message: string }> = {
  apiServerErrorRate: { max: 1, integer: false, message: 'A rate is a share between 0 and 1.' },
  apiOverloadRate: { max: 1, integer: false, message: 'A rate is a share between 0 and 1.' },
  webhookDropRate: { max: 1, integer: false, message: 'A rate is a share between 0 and 1.' },
  webhookDuplicateRate: { max: 1, integer: false, message: 'A rate is a share between 0 and 1.' },
  apiBurst429: { max: 10_000, integer: true, message: 'Between 0 and 10,000 calls.' },
  apiSlowMs: { max: 30_000, integer: true, message: 'Between 0 and 30,000 ms.' },
  webhookReorderWindow: { max: 100, integer: true, message: 'Between 0 and 100 webhooks.' },
  webhookDelayMs: { max: 60_000, integer: true, message: 'Between 0 and 60,000 ms.' },
};

export async function sandboxFaultsSet(hub: Hub, input: SandboxFaultsSetInput) {
  if (!sandboxControl(hub)) return { faults: null, userErrors: [DISABLED] };
  const errors: SandboxUserError[] = [];
  for (const [field, limit] of Object.entries(FAULT_LIMITS) as [keyof SandboxFaultsSetInput, (typeof FAULT_LIMITS)[keyof SandboxFaultsSetInput]][]) {
    const value = input[field];
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value) || value < 0 || value > limit.max || (limit.integer && !Number.isInteger(value))) {
      errors.push(outOfRange(field, limit.message));
    }
  }
  if (errors.length) return { faults: null, userErrors: errors };
  const pick = (keys: [string, keyof SandboxFaultsSetInput][]) =>
    Object.fromEntries(keys.filter(([, k]) => input[k] !== null && input[k] !== undefined).map(([wire, k]) => [wire, input[k]]));
  const body = {
    api: pick([
      ['serverErrorRate', 'apiServerErrorRate'],
      ['burst429', 'apiBurst429'],
      ['slowMs', 'apiSlowMs'],
      ['overloadRate', 'apiOverloadRate'],
    ]),
    webhook: pick([
      ['dropRate', 'webhookDropRate'],
      ['duplicateRate', 'webhookDuplicateRate'],
      ['reorderWindow', 'webhookReorderWindow'],
      ['delayMs', 'webhookDelayMs'],
    ]),
  };
  const done = await attempt(hub, (c) => c.put<WireFaults>('/faults', body));
  if (!done.ok) return { faults: null, userErrors: [done.error] };
  hub.log.info({ faults: done.value }, 'sandbox fault switches set');
  return { faults: faultsView(done.value), userErrors: [] };
}
