import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { money } from '../graphql/scalars.js';
import { userError } from '../graphql/user-errors.js';
import type { OrderView } from '../orders/order.mapper.js';
import { Order } from '../orders/order.types.js';
import type { PackageView } from '../packages/package.mapper.js';
import { Package } from '../packages/package.types.js';
import type { ActionState } from '../packages/supported-actions.js';
import { partnerScope, requireRole, requireSignedIn } from '../platform/actor.js';
import { BadRequestError } from '../platform/errors.js';
import { idOf, toGlobalId } from '../platform/global-id.js';
import { IDEMPOTENCY_KEY_REUSED, type IdempotentResult } from '../platform/idempotency.js';
import { loadShop } from '../sync/shop-ref.js';
import { isTikTokError, isTikTokRefusal } from '../tiktok/index.js';
import type { ProviderRef } from './delivery-option.entity.js';
import { syncShopLogistics } from './logistics-sync.js';
import { markPackageShipped, type PackageOutcome } from './mark-shipped.js';
import { usesLabelPurchase } from './market.js';
import { assignPackage } from './package-assign.js';
import { actionsOfOrder, actionsOfPackage, shippingFacts } from './package-actions.loader.js';
import { shipPackage, shipPackages } from './ship-tiktok.js';
import { updatePackageTracking } from './tracking-update.js';
import {
  DeliveryOption,
  HandoverSlots,
  PackageAssignInput,
  PackageDocumentLinks,
  PackageMarkShippedInput,
  PackagePayload,
  PackageShipInput,
  PackageShippingServicesInput,
  PackagesPayload,
  PackagesShipInput,
  PackageTrackingUpdateInput,
  ShippingPush,
  ShippingService,
  ShopLogisticsSyncInput,
  ShopLogisticsSyncPayload,
  SupportedAction,
} from './shipping.types.js';

async function payloadOf(ctx: Context, result: IdempotentResult<PackageOutcome>): Promise<PackagesPayload> {
  if ('reused' in result) {
    return { packages: [], userErrors: [userError(IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used with a different input.', ['idempotencyKey'])] };
  }
  const packages = (await Promise.all(result.packageIds.map((id) => ctx.loaders.packageById.load(id)))).filter((p): p is PackageView => p !== null);
  return { packages, userErrors: result.userErrors };
}

async function single(ctx: Context, result: IdempotentResult<PackageOutcome>): Promise<PackagePayload> {
  const { packages, userErrors } = await payloadOf(ctx, result);
  return { package: packages[0] ?? null, userErrors };
}

async function deliveryOptionsOf(ctx: Context, shopId: number): Promise<DeliveryOption[]> {
  const { rows } = await ctx.hub.pool.query(
    `select tiktok_delivery_option_id, name, type, tiktok_warehouse_ids, providers, synced_at from app.delivery_option where shop_id = $1 order by name`,
    [shopId],
  );
  return rows.map((r) => ({
    id: r.tiktok_delivery_option_id,
    name: r.name,
    type: r.type,
    tiktokWarehouseIds: r.tiktok_warehouse_ids,
    shippingProviders: r.providers as ProviderRef[],
    syncedAt: r.synced_at,
  }));
}

/** The package's TikTok side, for live reads (slots, services); a refusal is shown as TikTok said it. */
async function tiktokPackage(ctx: Context, packageGid: string) {
  requireRole(ctx.actor, 'PACKER');
  const id = idOf(packageGid, 'Package');
  const facts = id ? await shippingFacts(ctx).load(id) : null;
  if (!facts?.tiktokPackageId) throw new BadRequestError('No such package.');
  if (facts.shippingType !== 'TIKTOK') throw new BadRequestError('Only TikTok Shipping packages have TikTok handover options and label services.');
  const shop = await loadShop(ctx.hub.pool, facts.shopId);
  if (!shop?.connected) throw new BadRequestError('The shop is disconnected.');
  return { facts, shop };
}

async function fromTikTok<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (isTikTokRefusal(e)) throw new BadRequestError(`TikTok refused${e.code ? ` (${e.code})` : ''}: ${e.message}`);
    throw e;
  }
}

@Resolver(() => Package)
export class PackageShippingResolver {
  @FieldResolver(() => [SupportedAction], { description: "What the caller may do with the package now, with TikTok's rules applied, and why not." })
  supportedActions(@Root() pkg: PackageView, @Ctx() ctx: Context): Promise<ActionState[]> {
    return actionsOfPackage(ctx, pkg.dbId);
  }

  @FieldResolver(() => PackageDocumentLinks)
  documents(@Root() pkg: PackageView): PackageDocumentLinks {
    const base = `/documents/packages/${pkg.dbId}`;
    const seller = pkg.shippingType === 'SELLER' && pkg.trackingNumber !== null;
    const tiktok = pkg.shippingType === 'TIKTOK';
    return {
      packingSlipPdf: `${base}/packing-slip.pdf`,
      labelPdf: seller ? `${base}/label.pdf` : null,
      labelZpl: seller ? `${base}/label.zpl` : null,
      tiktokLabelPdf: tiktok && pkg.status === 'PROCESSING' ? `${base}/tiktok-label.pdf` : null,
      tiktokPackingSlipPdf: tiktok && pkg.status !== 'TO_FULFILL' ? `${base}/tiktok-packing-slip.pdf` : null,
    };
  }

  @FieldResolver(() => [ShippingPush], { description: 'Changes sent to TikTok for this package, newest first. Staff only (empty for tokens).' })
  async shippingPushes(@Root() pkg: PackageView, @Ctx() ctx: Context): Promise<ShippingPush[]> {
    if (ctx.actor.kind !== 'user' && partnerScope(ctx.actor) === null) return [];
    const { rows } = await ctx.hub.pool.query(
      `select id, kind, status, error, tiktok_code, attempts, actor, created_at, finished_at from app.shipping_push where package_id = $1 order by id desc limit 50`,
      [pkg.dbId],
    );
    return rows.map((r) => ({
      id: toGlobalId('ShippingPush', r.id),
      kind: r.kind,
      status: r.status,
      error: r.error,
      tiktokCode: r.tiktok_code,
      attempts: r.attempts,
      actor: r.actor,
      createdAt: r.created_at,
      finishedAt: r.finished_at,
    }));
  }
}

@Resolver(() => Order)
export class OrderShippingResolver {
  @FieldResolver(() => [SupportedAction], { description: "What the caller may do with the order's packages now, and why not." })
  async supportedActions(@Root() order: OrderView, @Ctx() ctx: Context): Promise<ActionState[]> {
    return actionsOfOrder(ctx, { dbId: order.dbId, status: order.status, fulfillmentType: order.fulfillmentType, isBuyerRequestCancel: order.isBuyerRequestCancel });
  }
}

@Resolver()
export class ShippingResolver {
  @Query(() => [DeliveryOption], { description: "Needs ADMIN or PACKER. The shop's delivery options and their carriers, as last pulled from TikTok." })
  deliveryOptions(@Ctx() ctx: Context, @Arg('shopId', () => ID) shopId: string): Promise<DeliveryOption[]> {
    requireRole(ctx.actor, 'PACKER');
    return deliveryOptionsOf(ctx, idOf(shopId, 'Shop') ?? -1);
  }

  @Query(() => HandoverSlots, { description: 'Needs ADMIN or PACKER. TikTok’s pickup slots and drop-off option for a TikTok Shipping package (read live).' })
  async packageHandoverSlots(@Ctx() ctx: Context, @Arg('packageId', () => ID) packageId: string): Promise<HandoverSlots> {
    const { facts, shop } = await tiktokPackage(ctx, packageId);
    const d = await fromTikTok(() => ctx.hub.tiktok.fulfillment.getPackageHandoverTimeSlots(shop, facts.tiktokPackageId!));
    return {
      canPickup: Boolean(d.can_pickup),
      canDropOff: Boolean(d.can_drop_off),
      canVanCollection: Boolean(d.can_van_collection),
      dropOffPointUrl: d.drop_off_point_url || null,
      pickupSlots: (d.pickup_slots ?? []).map((s) => ({
        startTime: new Date((s.start_time ?? 0) * 1000),
        endTime: new Date((s.end_time ?? 0) * 1000),
        available: Boolean(s.avaliable),
      })),
    };
  }

  @Query(() => [ShippingService], { description: 'Needs ADMIN or PACKER. US TikTok Shipping: label services TikTok offers for the parcel (read live).' })
  async packageShippingServices(@Ctx() ctx: Context, @Arg('input', () => PackageShippingServicesInput) input: PackageShippingServicesInput): Promise<ShippingService[]> {
    const { facts, shop } = await tiktokPackage(ctx, input.packageId);
    if (!usesLabelPurchase(facts.region)) throw new BadRequestError('Label services are a US TikTok Shipping feature; elsewhere choose a handover (packageHandoverSlots).');
    const [orderId, lineIds] = [...facts.lineIds.entries()][0]!;
    const d = await fromTikTok(() =>
      ctx.hub.tiktok.fulfillment.getEligibleShippingServices(shop, orderId, {
        order_line_item_ids: lineIds,
        weight: { value: String(input.weight.value), unit: input.weight.unit },
        ...(input.dimension
          ? { dimension: { length: String(input.dimension.length), width: String(input.dimension.width), height: String(input.dimension.height), unit: input.dimension.unit } }
          : {}),
      }),
    );
    return (d.shipping_services ?? []).map((s) => ({
      id: s.id!,
      name: s.name ?? s.id!,
      price: money(s.price, s.currency ?? ''),
      shippingProviderId: s.shipping_provider_id ?? '',
      shippingProviderName: s.shipping_provider_name ?? '',
      earliestDeliveryDays: s.earliest_delivery_days ?? null,
      latestDeliveryDays: s.latest_delivery_days ?? null,
      isDefault: Boolean(s.is_default),
    }));
  }

  @Mutation(() => ShopLogisticsSyncPayload, { description: "Needs ADMIN. Pulls the shop's warehouses, delivery options and carriers from TikTok now (also done on connect)." })
  async shopLogisticsSync(@Ctx() ctx: Context, @Arg('input', () => ShopLogisticsSyncInput) input: ShopLogisticsSyncInput): Promise<ShopLogisticsSyncPayload> {
    requireRole(ctx.actor);
    const shopId = idOf(input.shopId, 'Shop');
    const shop = shopId ? await loadShop(ctx.hub.pool, shopId) : null;
    const fail = (code: 'SHOP_NOT_FOUND' | 'SHOP_DISCONNECTED' | 'TIKTOK_ERROR', message: string) => ({
      deliveryOptions: [],
      warehouses: 0,
      userErrors: [userError(code, message, ['shopId'])],
    });
    if (!shop) return fail('SHOP_NOT_FOUND', 'No such shop.');
    if (!shop.connected) return fail('SHOP_DISCONNECTED', 'Reconnect the shop first.');
    try {
      const result = await syncShopLogistics(ctx.hub, shop.dbId);
      return { deliveryOptions: await deliveryOptionsOf(ctx, shop.dbId), warehouses: result.warehouses, userErrors: [] };
    } catch (e) {
      if (isTikTokError(e)) return fail('TIKTOK_ERROR', `TikTok: ${e.message}`);
      throw e;
    }
  }

  @Mutation(() => PackagePayload, {
    description:
      'Seller shipping (3PL): records the carrier and tracking number and sends them to TikTok (syncStatus PENDING until TikTok confirms). Needs PACKER or ADMIN, or a THREE_PL token for its own packages.',
  })
  async packageMarkShipped(@Ctx() ctx: Context, @Arg('input', () => PackageMarkShippedInput) input: PackageMarkShippedInput): Promise<PackagePayload> {
    return single(ctx, await markPackageShipped(ctx.hub, ctx.actor, input));
  }

  @Mutation(() => PackagePayload, {
    description: "Corrects a shipped 3PL package's tracking within TikTok's limits. Needs PACKER or ADMIN, or a THREE_PL token for its own packages.",
  })
  async packageTrackingUpdate(@Ctx() ctx: Context, @Arg('input', () => PackageTrackingUpdateInput) input: PackageTrackingUpdateInput): Promise<PackagePayload> {
    return single(ctx, await updatePackageTracking(ctx.hub, ctx.actor, input));
  }

  @Mutation(() => PackagePayload, { description: 'TikTok Shipping (4PL): arranges shipment (handover, or US label purchase). Needs PACKER or ADMIN.' })
  async packageShip(@Ctx() ctx: Context, @Arg('input', () => PackageShipInput) input: PackageShipInput): Promise<PackagePayload> {
    return single(ctx, await shipPackage(ctx.hub, ctx.actor, input));
  }

  @Mutation(() => PackagesPayload, { description: 'TikTok Shipping (4PL): ships up to 50 packages; nothing is queued if any is refused. Needs PACKER or ADMIN.' })
  async packagesShip(@Ctx() ctx: Context, @Arg('input', () => PackagesShipInput) input: PackagesShipInput): Promise<PackagesPayload> {
    return payloadOf(ctx, await shipPackages(ctx.hub, ctx.actor, input));
  }

  @Mutation(() => PackagePayload, { description: 'Assigns an unshipped package to a warehouse and/or a 3PL partner. Needs PACKER or ADMIN.' })
  async packageAssign(@Ctx() ctx: Context, @Arg('input', () => PackageAssignInput) input: PackageAssignInput): Promise<PackagePayload> {
    requireSignedIn(ctx.actor);
    return single(ctx, await assignPackage(ctx.hub, ctx.actor, input));
  }
}
