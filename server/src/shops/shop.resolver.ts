import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { partnerScope, requireSignedIn } from '../platform/actor.js';
import { Shop as ShopEntity } from './shop.entity.js';
import { Shop, shopView, type ShopView } from './shop.types.js';

@Resolver(() => Shop)
export class ShopResolver {
  @Query(() => [Shop], { description: 'Connected and disconnected shops. Not visible to 3PL partners.' })
  async shops(@Ctx() ctx: Context): Promise<ShopView[]> {
    requireSignedIn(ctx.actor);
    if (partnerScope(ctx.actor) !== null) return [];
    return (await ctx.em.find(ShopEntity, {}, { orderBy: { name: 'asc' } })).map(shopView);
  }
}
