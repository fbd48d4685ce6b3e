import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { visibleOrder } from '../orders/order.resolver.js';
import { partnerScope, requireSignedIn } from '../platform/actor.js';
import { fromGlobalId } from '../platform/global-id.js';
import { select } from '../db/sql.js';
import { loadPackageChange } from '../split-combine/package-change.queries.js';
import { Node } from './node.js';
import { afterSaleLoaders } from '../aftersales/after-sale.loaders.js';

/** Object types reachable through `node(id:)`; `__typename` comes from the global id's type. */
const FETCHERS: Record<string, (ctx: Context, id: number) => Promise<object | null>> = {
  Order: async (ctx, id) => {
    const order = await ctx.loaders.orderById.load(id);
    return order && (await visibleOrder(ctx, order)) ? order : null;
  },
  OrderLine: async (ctx, id) => {
    const [row] = await select(ctx.hub.pool, 'select order_id from app.order_line where id = ?', [id]);
    if (!row) return null;
    const order = await FETCHERS.Order!(ctx, row.order_id);
    return order ? ((await ctx.loaders.linesByOrder.load(row.order_id)).find((l) => l.dbId === id) ?? null) : null;
  },
  Package: (ctx, id) => ctx.loaders.packageById.load(id),
  Shop: (ctx, id) => (partnerScope(ctx.actor) === null ? ctx.loaders.shopById.load(id) : Promise.resolve(null)),
  Warehouse: (ctx, id) => (partnerScope(ctx.actor) === null ? ctx.loaders.warehouseById.load(id) : Promise.resolve(null)),
  Carrier: (ctx, id) => ctx.loaders.carrierById.load(id),
  AfterSale: (ctx, id) => (ctx.actor.kind === 'user' ? afterSaleLoaders(ctx).byId.load(id) : Promise.resolve(null)),
  AfterSaleLine: async (ctx, id) => {
    if (ctx.actor.kind !== 'user') return null;
    const [row] = await select(ctx.hub.pool, 'select after_sale_id from app.after_sale_line where id = ?', [id]);
    return row ? ((await afterSaleLoaders(ctx).lines.load(row.after_sale_id)).find((l) => l.id === `gid://consign/AfterSaleLine/${id}`) ?? null) : null;
  },
  PackageChange: (ctx, id) => loadPackageChange(ctx.hub.pool, ctx.actor, id),
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when unknown or not visible to you.' })
  async node(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<object | null> {
    requireSignedIn(ctx.actor);
    const gid = fromGlobalId(id);
    const fetch = gid && FETCHERS[gid.type];
    if (!gid || !fetch) return null;
    const found = await fetch(ctx, gid.id);
    if (!found) return null;
    // Row-backed views carry their own __typename (and getters a spread would lose).
    return '__typename' in found ? found : { ...found, __typename: gid.type };
  }
}
