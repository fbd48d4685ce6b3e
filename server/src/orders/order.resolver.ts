import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { selectedFields } from '../graphql/selection.js';
import { Connection } from '../graphql/connection.js';
import { Package } from '../packages/package.types.js';
import type { PackageView } from '../packages/package.mapper.js';
import { partnerScope, requireSignedIn } from '../platform/actor.js';
import { idOf } from '../platform/global-id.js';
import { Shop } from '../shops/shop.types.js';
import type { Context } from '../context.js';
import { groupLinesBySku } from './order-line-groups.js';
import { searchOrders } from './order-search.js';
import { orderColumnsFor, type OrderLineView, type OrderView } from './order.mapper.js';
import { Order, OrderFilter, OrderLine, OrderLineGroup, OrderSortEnum, OrderTaxDetail, type OrderSort } from './order.types.js';
import { priceDetail } from './price-detail.js';
import { money } from '../graphql/scalars.js';

export const OrderConnection = Connection(Order, 'Order');

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => OrderConnection, { description: 'Orders, newest first unless sorted otherwise. Needs any signed-in actor; a 3PL partner sees only orders with packages assigned to it.' })
  orders(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'At most 100; 20 when omitted.' }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => OrderFilter, { nullable: true }) filter: OrderFilter | null,
    @Arg('sort', () => OrderSortEnum, { nullable: true }) sort: OrderSort | null,
    @Arg('query', () => String, { nullable: true, description: 'Order id, buyer name or email, seller SKU prefix, or tracking number.' })
    query: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    const columns = orderColumnsFor(selectedFields(info, [['nodes'], ['edges', 'node']]));
    return searchOrders(ctx.hub.pool, ctx.actor, { first, after, filter, sort, query, columns });
  }

  @Query(() => Order, { nullable: true, description: 'One order by global id or TikTok order id.' })
  async order(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('tiktokOrderId', () => String, { nullable: true }) tiktokOrderId: string | null,
  ): Promise<OrderView | null> {
    requireSignedIn(ctx.actor);
    const order = id
      ? await ctx.loaders.orderById.load(idOf(id, 'Order') ?? -1)
      : tiktokOrderId
        ? await ctx.loaders.orderByTiktokId.load(tiktokOrderId)
        : null;
    return order && (await visibleOrder(ctx, order)) ? order : null;
  }

  @FieldResolver(() => Shop)
  shop(@Root() order: OrderView, @Ctx() ctx: Context) {
    return ctx.loaders.shopById.load(order.shopDbId);
  }

  @FieldResolver(() => [OrderLine], { description: 'Every unit, in TikTok order.' })
  lines(@Root() order: OrderView, @Ctx() ctx: Context): Promise<OrderLineView[]> {
    return ctx.loaders.linesByOrder.load(order.dbId);
  }

  @FieldResolver(() => [OrderLineGroup], { description: 'Units grouped by SKU, for display and picking.' })
  async lineGroups(@Root() order: OrderView, @Ctx() ctx: Context): Promise<OrderLineGroup[]> {
    return groupLinesBySku(await ctx.loaders.linesByOrder.load(order.dbId));
  }

  @FieldResolver(() => [Package], { description: 'Packages holding units of this order.' })
  packages(@Root() order: OrderView, @Ctx() ctx: Context): Promise<PackageView[]> {
    return ctx.loaders.packagesByOrder.load(order.dbId);
  }

  @FieldResolver(() => OrderTaxDetail, {
    nullable: true,
    description: "TikTok's tax breakdown per order and unit. Fetched from TikTok the first time it is asked for after a change (one API call), then stored. Staff and shipping tools only.",
  })
  async taxDetail(@Root() order: OrderView, @Ctx() ctx: Context): Promise<OrderTaxDetail | null> {
    if (partnerScope(ctx.actor) !== null) return null;
    const d = await priceDetail(ctx.hub, order.dbId);
    if (!d) return null;
    const currency = order.total.currency;
    return {
      taxAmount: money(d.taxAmount, currency),
      taxRate: d.taxRate ?? null,
      subtotalTaxAmount: money(d.subtotalTaxAmount, currency),
      netPrice: money(d.netPriceAmount, currency),
      lines: d.lines.map((l) => ({
        tiktokLineItemId: l.tiktokLineItemId,
        taxAmount: money(l.taxAmount, currency),
        taxRate: l.taxRate ?? null,
        netPrice: money(l.netPriceAmount, currency),
      })),
    };
  }

  @FieldResolver(() => Order, { nullable: true, description: 'For a replacement order, the order it replaces.' })
  async originalOrder(@Root() order: OrderView, @Ctx() ctx: Context): Promise<OrderView | null> {
    if (!order.replacedTiktokOrderId) return null;
    const original = await ctx.loaders.orderByTiktokId.load(order.replacedTiktokOrderId);
    return original && (await visibleOrder(ctx, original)) ? original : null;
  }
}

/** A partner sees an order only through a package assigned to it. */
export async function visibleOrder(ctx: Context, order: OrderView): Promise<boolean> {
  if (ctx.actor.kind !== 'api-token' || ctx.actor.tokenKind !== 'THREE_PL') return true;
  return (await ctx.loaders.packagesByOrder.load(order.dbId)).length > 0;
}
