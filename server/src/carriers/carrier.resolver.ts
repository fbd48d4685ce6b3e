import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { requireRole, requireSignedIn } from '../platform/actor.js';
import { idOf, toGlobalId } from '../platform/global-id.js';
import { Carrier as CarrierEntity } from './carrier.entity.js';
import { createCarrier, setCarrierMapping, updateCarrier } from './carrier.service.js';
import {
  Carrier,
  CarrierCreateInput,
  CarrierMapping,
  CarrierMappingSetInput,
  CarrierMappingSetPayload,
  CarrierPayload,
  CarrierUpdateInput,
  carrierView,
  type CarrierView,
} from './carrier.types.js';

async function loadMappings(ctx: Context, where: string, params: unknown[]): Promise<CarrierMapping[]> {
  const { rows } = await ctx.hub.pool.query(
    `select m.id, m.shop_id, m.tiktok_delivery_option_id, m.carrier_id, m.tiktok_shipping_provider_id, m.tiktok_shipping_provider_name
     from app.carrier_mapping m where ${where} order by m.id`,
    params,
  );
  const out: CarrierMapping[] = [];
  for (const r of rows) {
    const carrier = await ctx.loaders.carrierById.load(r.carrier_id);
    out.push({
      id: toGlobalId('CarrierMapping', r.id),
      shopId: toGlobalId('Shop', r.shop_id),
      deliveryOptionId: r.tiktok_delivery_option_id,
      carrier: carrier!,
      tiktokShippingProviderId: r.tiktok_shipping_provider_id,
      tiktokShippingProviderName: r.tiktok_shipping_provider_name,
    });
  }
  return out;
}

@Resolver(() => Carrier)
export class CarrierResolver {
  @Query(() => [Carrier], { description: 'Carriers the hub ships with. Any signed-in actor.' })
  async carriers(@Ctx() ctx: Context): Promise<CarrierView[]> {
    requireSignedIn(ctx.actor);
    return (await ctx.em.find(CarrierEntity, {}, { orderBy: { name: 'asc' } })).map(carrierView);
  }

  @Query(() => [CarrierMapping], { description: "Needs ADMIN or PACKER. Each hub carrier's TikTok provider per delivery option of the shop." })
  carrierMappings(@Ctx() ctx: Context, @Arg('shopId', () => ID) shopId: string): Promise<CarrierMapping[]> {
    requireRole(ctx.actor, 'PACKER');
    return loadMappings(ctx, 'm.shop_id = $1', [idOf(shopId, 'Shop') ?? -1]);
  }

  @Mutation(() => CarrierPayload, { description: 'Needs ADMIN.' })
  async carrierCreate(@Ctx() ctx: Context, @Arg('input', () => CarrierCreateInput) input: CarrierCreateInput): Promise<CarrierPayload> {
    const { carrierId, userErrors } = await createCarrier(ctx.hub.pool, ctx.actor, input);
    return { carrier: carrierId ? await ctx.loaders.carrierById.load(carrierId) : null, userErrors };
  }

  @Mutation(() => CarrierPayload, { description: 'Needs ADMIN. Omitted fields stay as they are.' })
  async carrierUpdate(@Ctx() ctx: Context, @Arg('input', () => CarrierUpdateInput) input: CarrierUpdateInput): Promise<CarrierPayload> {
    const { id, ...fields } = input;
    const { carrierId, userErrors } = await updateCarrier(ctx.hub.pool, ctx.actor, id, fields);
    return { carrier: carrierId ? await ctx.loaders.carrierById.load(carrierId) : null, userErrors };
  }

  @Mutation(() => CarrierMappingSetPayload, {
    description: 'Needs ADMIN. Sets which TikTok shipping provider a hub carrier is for a shop and delivery option; shipping with an unmapped carrier is refused.',
  })
  async carrierMappingSet(@Ctx() ctx: Context, @Arg('input', () => CarrierMappingSetInput) input: CarrierMappingSetInput): Promise<CarrierMappingSetPayload> {
    const { mappingId, userErrors } = await setCarrierMapping(ctx.hub.pool, ctx.actor, input);
    const [mapping] = mappingId ? await loadMappings(ctx, 'm.id = $1', [mappingId]) : [];
    return { mapping: mapping ?? null, userErrors };
  }
}
