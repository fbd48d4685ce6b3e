import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { requireSignedIn } from '../platform/actor.js';
import { Carrier as CarrierEntity } from './carrier.entity.js';
import { Carrier, carrierView, type CarrierView } from './carrier.types.js';

@Resolver(() => Carrier)
export class CarrierResolver {
  @Query(() => [Carrier], { description: 'Carriers the hub ships with. Any signed-in actor.' })
  async carriers(@Ctx() ctx: Context): Promise<CarrierView[]> {
    requireSignedIn(ctx.actor);
    return (await ctx.em.find(CarrierEntity, {}, { orderBy: { name: 'asc' } })).map(carrierView);
  }
}
