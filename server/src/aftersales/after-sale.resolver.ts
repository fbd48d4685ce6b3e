import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context.js';
import { Connection } from '../graphql/connection.js';
import { createLoaders } from '../graphql/loaders.js';
import { Money, money } from '../graphql/scalars.js';
import type { JournalRow } from '../journal/journal-stream.js';
import type { ChangeEvent } from '../journal/journal.types.js';
import type { OrderLineView, OrderView } from '../orders/order.mapper.js';
import { Order, OrderLine } from '../orders/order.types.js';
import { requireRole, type Actor } from '../platform/actor.js';
import { BadRequestError } from '../platform/errors.js';
import { idOf } from '../platform/global-id.js';
import { Shop } from '../shops/shop.types.js';
import { loadShop } from '../sync/shop-ref.js';
import { afterSaleLoaders } from './after-sale.loaders.js';
import type { AfterSaleLineView, AfterSaleView } from './after-sale.mapper.js';
import { searchAfterSales } from './after-sale-search.js';
import { REFUNDED_STATUSES } from './after-sale.enums.js';
import {
  AfterSale,
  AfterSaleAction,
  AfterSaleChange,
  AfterSaleDecisionPayload,
  AfterSaleFilter,
  AfterSaleLine,
  AfterSaleReason,
  AfterSaleSortEnum,
  CancellationApproveInput,
  CancellationRejectInput,
  DeadlineWarning,
  OrderCancelInput,
  OrderCancelPayload,
  OrderRefund,
  RefundPreview,
  RefundPreviewInput,
  ReturnApproveInput,
  ReturnLabelCreateInput,
  ReturnLabelCreatePayload,
  ReturnRejectInput,
  type AfterSaleSort,
} from './after-sale.types.js';
import { decideCase, type DecideInput, type DecideOutcome } from './decide-case.js';
import { sellerCancelReasons } from './decision-rules.js';
import { DEADLINE_ENTITY } from './deadline-warnings.js';
import { cancelOrder } from './order-cancel.js';
import { refundPreview } from './refund-preview.js';
import { createReturnLabel } from './return-label.js';

export const AfterSaleConnection = Connection(AfterSale, 'AfterSale');

/** After-sales are for staff; 3PL partners never see them. */
function requireStaff(actor: Actor) {
  return requireRole(actor, 'CUSTOMER_SERVICE', 'PACKER');
}

const caseId = (gid: string) => idOf(gid, 'AfterSale') ?? -1;

const eventOf = (r: JournalRow): ChangeEvent => ({
  seq: r.seq,
  at: r.at,
  kind: r.kind,
  source: r.source as ChangeEvent['source'],
  actor: r.actor,
  from: r.fromState,
  to: r.toState,
});

@Resolver(() => AfterSale)
export class AfterSaleResolver {
  @Query(() => AfterSale, { nullable: true, description: 'One case. Staff only.' })
  afterSale(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AfterSaleView | null> {
    requireStaff(ctx.actor);
    return afterSaleLoaders(ctx).byId.load(caseId(id));
  }

  @Query(() => AfterSaleConnection, {
    description: 'The customer-service inbox: open cases across shops, the response due soonest first unless sorted otherwise. Staff only.',
  })
  afterSales(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'At most 100; 20 when omitted.' }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => AfterSaleFilter, { nullable: true }) filter: AfterSaleFilter | null,
    @Arg('sort', () => AfterSaleSortEnum, { nullable: true }) sort: AfterSaleSort | null,
  ) {
    requireStaff(ctx.actor);
    return searchAfterSales(ctx.hub.pool, { first, after, filter, sort });
  }

  @Query(() => [AfterSaleReason], { description: "TikTok's reject reasons for this case as it stands now (Get Reject Reasons). Staff only." })
  async afterSaleRejectReasons(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AfterSaleReason[]> {
    requireStaff(ctx.actor);
    const c = await afterSaleLoaders(ctx).byId.load(caseId(id));
    if (!c) throw new BadRequestError('No such after-sale case.');
    const shop = await loadShop(ctx.hub.pool, c.shopDbId);
    if (!shop?.connected) throw new BadRequestError('The shop is not connected to TikTok.');
    const data = await ctx.hub.tiktok.returnRefund.getRejectReasons(shop, { return_or_cancel_id: c.tiktokId });
    return (data.reasons ?? []).map((r) => ({ name: r.name ?? '', text: r.text ?? '' }));
  }

  @Query(() => [AfterSaleReason], { description: "Reasons TikTok accepts for a seller cancel of this order in its current status; empty when it cannot be cancelled. Staff only." })
  async orderCancelReasons(@Ctx() ctx: Context, @Arg('orderId', () => ID) orderId: string): Promise<AfterSaleReason[]> {
    requireStaff(ctx.actor);
    const { rows } = await ctx.hub.pool.query(`select o.status, s.region from app."order" o join app.shop s on s.id = o.shop_id where o.id = $1`, [
      idOf(orderId, 'Order') ?? -1,
    ]);
    return rows[0] ? sellerCancelReasons(rows[0].status, rows[0].region) : [];
  }

  @Query(() => RefundPreview, { description: 'What TikTok would refund for these units (Calculate Refund), before deciding. Staff only.' })
  async refundPreview(@Ctx() ctx: Context, @Arg('input', () => RefundPreviewInput) input: RefundPreviewInput): Promise<RefundPreview> {
    requireStaff(ctx.actor);
    const lineIds = input.lineIds?.map((gid) => idOf(gid, 'OrderLine') ?? -1) ?? null;
    const p = await refundPreview(ctx.hub, { orderId: idOf(input.orderId, 'Order') ?? -1, requestType: input.requestType, lineIds });
    const m = (v: string | undefined) => (p.currency ? money(v, p.currency) : null);
    return {
      refund: {
        total: m(p.amounts.refund_total),
        subtotal: m(p.amounts.refund_subtotal),
        shippingFee: m(p.amounts.refund_shipping_fee),
        tax: m(p.amounts.refund_tax),
        retailDeliveryFee: m(p.amounts.retail_delivery_fee),
        buyerServiceFee: m(p.amounts.buyer_service_fee),
      },
      lineIds: p.lineIds.map((id) => `gid://consign/OrderLine/${id}`),
    };
  }

  @Mutation(() => AfterSaleDecisionPayload, { description: "Approves a buyer's cancellation request. CUSTOMER_SERVICE or ADMIN." })
  cancellationApprove(@Ctx() ctx: Context, @Arg('input', () => CancellationApproveInput) input: CancellationApproveInput) {
    return this.decide(ctx, { afterSaleId: caseId(input.id), decision: 'APPROVE_CANCELLATION', version: input.version ?? null }, input.idempotencyKey);
  }

  @Mutation(() => AfterSaleDecisionPayload, { description: "Rejects a buyer's cancellation request with one of TikTok's reasons. CUSTOMER_SERVICE or ADMIN." })
  cancellationReject(@Ctx() ctx: Context, @Arg('input', () => CancellationRejectInput) input: CancellationRejectInput) {
    return this.decide(
      ctx,
      { afterSaleId: caseId(input.id), decision: 'REJECT_CANCELLATION', reason: input.reason, comment: input.comment ?? null, version: input.version ?? null },
      input.idempotencyKey,
    );
  }

  @Mutation(() => AfterSaleDecisionPayload, {
    description:
      'Approves a refund, return, received package or replacement, issues a refund instead of a replacement, approves a returnless refund (APPROVE_RETURN + buyerKeepItem), or offers a partial refund. CUSTOMER_SERVICE or ADMIN.',
  })
  returnApprove(@Ctx() ctx: Context, @Arg('input', () => ReturnApproveInput) input: ReturnApproveInput) {
    return this.decide(
      ctx,
      {
        afterSaleId: caseId(input.id),
        decision: input.decision,
        buyerKeepItem: input.buyerKeepItem ?? null,
        partialRefund: input.partialRefund ? { amount: input.partialRefund.amount, currency: input.partialRefund.currency } : null,
        version: input.version ?? null,
      },
      input.idempotencyKey,
    );
  }

  @Mutation(() => AfterSaleDecisionPayload, { description: 'Rejects a refund, return, returned package or replacement with one of TikTok\'s reasons. CUSTOMER_SERVICE or ADMIN.' })
  returnReject(@Ctx() ctx: Context, @Arg('input', () => ReturnRejectInput) input: ReturnRejectInput) {
    return this.decide(
      ctx,
      { afterSaleId: caseId(input.id), decision: input.decision, reason: input.reason, comment: input.comment ?? null, version: input.version ?? null },
      input.idempotencyKey,
    );
  }

  @Mutation(() => OrderCancelPayload, { description: 'Cancels an order, whole or (out of stock) some units, with a reason from orderCancelReasons. CUSTOMER_SERVICE or ADMIN.' })
  async orderCancel(@Ctx() ctx: Context, @Arg('input', () => OrderCancelInput) input: OrderCancelInput): Promise<OrderCancelPayload> {
    const outcome = await cancelOrder(
      ctx.hub,
      ctx.actor,
      {
        orderId: idOf(input.orderId, 'Order') ?? -1,
        reason: input.reason,
        lineIds: input.lineIds?.map((gid) => idOf(gid, 'OrderLine') ?? -1) ?? null,
      },
      input.idempotencyKey,
    );
    return { order: outcome.orderId ? await ctx.loaders.orderById.load(outcome.orderId) : null, userErrors: outcome.userErrors };
  }

  @Mutation(() => ReturnLabelCreatePayload, {
    description:
      "Attaches a return label bought from a hub carrier to a return; the hub serves it as a PDF (returnLabel.url) for the buyer, since TikTok's API cannot take it. CUSTOMER_SERVICE or ADMIN.",
  })
  async returnLabelCreate(@Ctx() ctx: Context, @Arg('input', () => ReturnLabelCreateInput) input: ReturnLabelCreateInput): Promise<ReturnLabelCreatePayload> {
    const outcome = await createReturnLabel(
      ctx.hub,
      ctx.actor,
      { afterSaleId: caseId(input.id), carrierId: idOf(input.carrierId, 'Carrier') ?? -1, trackingNumber: input.trackingNumber },
      input.idempotencyKey,
    );
    return { afterSale: outcome.afterSaleId ? await afterSaleLoaders(ctx).byId.load(outcome.afterSaleId) : null, userErrors: outcome.userErrors };
  }

  private async decide(ctx: Context, input: DecideInput, key: string | null | undefined): Promise<AfterSaleDecisionPayload> {
    const outcome: DecideOutcome = await decideCase(ctx.hub, ctx.actor, input, key);
    return { afterSale: outcome.afterSaleId ? await afterSaleLoaders(ctx).byId.load(outcome.afterSaleId) : null, userErrors: outcome.userErrors };
  }

  @Subscription(() => AfterSaleChange, {
    nullable: true,
    description: 'Case changes as they are committed (sync, decisions, labels). Pass afterSeq to replay what you missed. Staff only.',
    subscribe: ({ args, context }) => stream(context as Context, args as SubscribeArgs, 'AfterSale'),
  })
  async afterSaleChanged(
    @Root() row: JournalRow,
    @Ctx() ctx: Context,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq: number | null,
    @Arg('shopId', () => ID, { nullable: true }) _shopId: string | null,
  ): Promise<AfterSaleChange | null> {
    const afterSale = await freshCase(ctx, row.entityId);
    return afterSale ? { event: eventOf(row), afterSale } : null;
  }

  @Subscription(() => DeadlineWarning, {
    nullable: true,
    description: 'Warns once per case and threshold (24 h, 4 h, 1 h) before the seller\'s deadline passes and TikTok decides by itself. Staff only.',
    subscribe: ({ args, context }) => stream(context as Context, args as SubscribeArgs, DEADLINE_ENTITY),
  })
  async afterSaleDeadlineApproaching(
    @Root() row: JournalRow,
    @Ctx() ctx: Context,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq: number | null,
    @Arg('shopId', () => ID, { nullable: true }) _shopId: string | null,
  ): Promise<DeadlineWarning | null> {
    const afterSale = await freshCase(ctx, row.entityId);
    const data = row.data ?? {};
    return afterSale
      ? { event: eventOf(row), afterSale, thresholdMinutes: Number(data.thresholdMinutes), deadline: new Date(String(data.deadlineAt)) }
      : null;
  }

  @FieldResolver(() => Order, { nullable: true, description: 'Null until the order itself is synced.' })
  order(@Root() c: AfterSaleView, @Ctx() ctx: Context): Promise<OrderView | null> | null {
    return c.orderDbId ? ctx.loaders.orderById.load(c.orderDbId) : ctx.loaders.orderByTiktokId.load(c.tiktokOrderId);
  }

  @FieldResolver(() => Shop)
  shop(@Root() c: AfterSaleView, @Ctx() ctx: Context) {
    return ctx.loaders.shopById.load(c.shopDbId);
  }

  @FieldResolver(() => [AfterSaleLine])
  lines(@Root() c: AfterSaleView, @Ctx() ctx: Context): Promise<AfterSaleLineView[]> {
    return afterSaleLoaders(ctx).lines.load(c.dbId);
  }

  @FieldResolver(() => Order, { nullable: true, description: 'For an approved replacement: the new order TikTok created (it names this case\'s order as replaced).' })
  async replacementOrder(@Root() c: AfterSaleView, @Ctx() ctx: Context): Promise<OrderView | null> {
    if (c.type !== 'REPLACEMENT') return null;
    const { rows } = await ctx.hub.pool.query(
      `select id from app."order" where shop_id = $1 and replaced_tiktok_order_id = $2 and tiktok_created_at >= $3 order by tiktok_created_at, id limit 1`,
      [c.shopDbId, c.tiktokOrderId, c.createdAt],
    );
    return rows[0] ? ctx.loaders.orderById.load(rows[0].id) : null;
  }

  @FieldResolver(() => [AfterSaleAction], { description: 'Decisions taken in the hub, oldest first, with the agent and how TikTok took them.' })
  async actions(@Root() c: AfterSaleView, @Ctx() ctx: Context): Promise<AfterSaleAction[]> {
    const { rows } = await ctx.hub.pool.query(
      `select action, status, error, actor, created_at, finished_at from app.after_sale_action where after_sale_id = $1 order by id`,
      [c.dbId],
    );
    return rows.map((r) => ({ action: r.action, status: r.status, error: r.error, actor: r.actor, createdAt: r.created_at, finishedAt: r.finished_at }));
  }
}

@Resolver(() => AfterSaleLine)
export class AfterSaleLineResolver {
  @FieldResolver(() => OrderLine, { nullable: true, description: 'The order unit, once the order is synced.' })
  orderLine(@Root() l: AfterSaleLineView, @Ctx() ctx: Context): Promise<OrderLineView | null> | null {
    return l.orderLineDbId ? afterSaleLoaders(ctx).orderLine.load(l.orderLineDbId) : null;
  }

  @FieldResolver(() => OrderLine, { nullable: true, description: 'For a gift unit: the paid unit it came with (they are refunded and returned together).' })
  giftParentLine(@Root() l: AfterSaleLineView, @Ctx() ctx: Context): Promise<OrderLineView | null> | null {
    return l.giftParentLineDbId ? afterSaleLoaders(ctx).orderLine.load(l.giftParentLineDbId) : null;
  }
}

@Resolver(() => Order)
export class OrderAfterSalesResolver {
  @FieldResolver(() => [AfterSale], { description: 'Cancellations and return/refund/replacement cases of the order, oldest first. Staff only (empty for 3PL partners).' })
  afterSales(@Root() order: OrderView, @Ctx() ctx: Context): Promise<AfterSaleView[]> | AfterSaleView[] {
    if (ctx.actor.kind !== 'user') return [];
    return afterSaleLoaders(ctx).byOrder.load(order.dbId);
  }

  @FieldResolver(() => [OrderRefund], { description: 'Money returned to the buyer, one entry per finished case. Staff only (empty for 3PL partners).' })
  async refunds(@Root() order: OrderView, @Ctx() ctx: Context): Promise<OrderRefund[]> {
    if (ctx.actor.kind !== 'user') return [];
    const cases = await afterSaleLoaders(ctx).byOrder.load(order.dbId);
    return cases
      .filter((c) => REFUNDED_STATUSES.has(c.status) && c.refund.total)
      .map((c) => ({ afterSale: c, amount: c.refund.total as Money, refundedAt: c.updatedAt }));
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Sum of refunds, in the order currency. Staff only.' })
  async refundedTotal(@Root() order: OrderView, @Ctx() ctx: Context): Promise<Money | null> {
    const refunds = await this.refunds(order, ctx);
    // Cents as integers: summing decimal strings as floats would drift.
    const cents = refunds.reduce((sum, r) => sum + Math.round(Number(r.amount.amount) * 100), 0);
    return money((cents / 100).toFixed(2), order.total.currency);
  }
}

type SubscribeArgs = { afterSeq?: number | null; shopId?: string | null };

function stream(ctx: Context, args: SubscribeArgs, entityType: string) {
  requireStaff(ctx.actor);
  const shopId = args.shopId ? idOf(args.shopId, 'Shop') ?? -1 : null;
  return ctx.hub.journal.subscribe({ afterSeq: args.afterSeq, entityType, shopId });
}

/** Fresh loaders per event: a long-lived subscription must not serve cached, older rows. */
async function freshCase(ctx: Context, id: number): Promise<AfterSaleView | null> {
  const fresh = { ...ctx, loaders: createLoaders(ctx.em.fork(), ctx.hub.pool, ctx.actor) };
  return afterSaleLoaders(fresh).byId.load(id);
}
