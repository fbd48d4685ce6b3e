import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { partnerScope, requireSignedIn } from '../platform/actor.js';
import { idOf } from '../platform/global-id.js';
import { Shop } from '../shops/shop.types.js';
import { Warehouse as WarehouseEntity } from './warehouse.entity.js';
import { Warehouse, warehouseView, type WarehouseView } from './warehouse.types.js';

@Resolver(() => Warehouse)
export class WarehouseResolver {
  @Query(() => [Warehouse], { description: 'Warehouses, optionally of one shop. Not visible to 3PL partners.' })
  async warehouses(@Ctx() ctx: Context, @Arg('shopId', () => ID, { nullable: true }) shopId: string | null): Promise<WarehouseView[]> {
    requireSignedIn(ctx.actor);
    if (partnerScope(ctx.actor) !== null) return [];
    const where = shopId ? { shop: idOf(shopId, 'Shop') ?? -1 } : {};
    return (await ctx.em.find(WarehouseEntity, where, { orderBy: { name: 'asc' } })).map(warehouseView);
  }

  @FieldResolver(() => Shop, { nullable: true })
  shop(@Root() w: WarehouseView, @Ctx() ctx: Context) {
    return w.shopDbId ? ctx.loaders.shopById.load(w.shopDbId) : null;
  }
}
