import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Carrier } from '../carriers/carrier.types.js';
import { trackingUrl } from '../carriers/carrier.types.js';
import type { Context } from '../context.js';
import { Connection } from '../graphql/connection.js';
import type { OrderLineView, OrderView } from '../orders/order.mapper.js';
import { Order, OrderLine } from '../orders/order.types.js';
import { requireSignedIn } from '../platform/actor.js';
import { idOf } from '../platform/global-id.js';
import { Shop } from '../shops/shop.types.js';
import { Warehouse } from '../warehouses/warehouse.types.js';
import { searchPackages } from './package-search.js';
import type { PackageView } from './package.mapper.js';
import { Package, PackageFilter } from './package.types.js';

export const PackageConnection = Connection(Package, 'Package');

@Resolver(() => Package)
export class PackageResolver {
  @Query(() => PackageConnection, { description: 'Packages, newest first. A 3PL partner sees only packages assigned to it.' })
  packages(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'At most 100; 20 when omitted.' }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => PackageFilter, { nullable: true }) filter: PackageFilter | null,
  ) {
    return searchPackages(ctx.hub.pool, ctx.actor, { first, after, filter });
  }

  @Query(() => Package, { nullable: true })
  package(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<PackageView | null> {
    requireSignedIn(ctx.actor);
    return ctx.loaders.packageById.load(idOf(id, 'Package') ?? -1);
  }

  @FieldResolver(() => [OrderLine], { description: 'The units in this package.' })
  lines(@Root() pkg: PackageView, @Ctx() ctx: Context): Promise<OrderLineView[]> {
    return ctx.loaders.linesByPackage.load(pkg.dbId);
  }

  @FieldResolver(() => [Order], { description: 'The orders whose units are in this package (several when combined).' })
  orders(@Root() pkg: PackageView, @Ctx() ctx: Context): Promise<OrderView[]> {
    return ctx.loaders.ordersByPackage.load(pkg.dbId);
  }

  @FieldResolver(() => Shop)
  shop(@Root() pkg: PackageView, @Ctx() ctx: Context) {
    return ctx.loaders.shopById.load(pkg.shopDbId);
  }

  @FieldResolver(() => Carrier, { nullable: true })
  carrier(@Root() pkg: PackageView, @Ctx() ctx: Context) {
    return pkg.carrierDbId ? ctx.loaders.carrierById.load(pkg.carrierDbId) : null;
  }

  @FieldResolver(() => Warehouse, { nullable: true })
  warehouse(@Root() pkg: PackageView, @Ctx() ctx: Context) {
    return pkg.warehouseDbId ? ctx.loaders.warehouseById.load(pkg.warehouseDbId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Link to the carrier's tracking page." })
  async trackingUrl(@Root() pkg: PackageView, @Ctx() ctx: Context): Promise<string | null> {
    const carrier = pkg.carrierDbId ? await ctx.loaders.carrierById.load(pkg.carrierDbId) : null;
    return carrier ? trackingUrl(carrier, pkg.trackingNumber) : null;
  }
}

@Resolver(() => OrderLine)
export class OrderLineResolver {
  @FieldResolver(() => Package, { nullable: true, description: 'The package this unit is planned into, if any.' })
  package(@Root() line: OrderLineView, @Ctx() ctx: Context) {
    return line.packageDbId ? ctx.loaders.packageById.load(line.packageDbId) : null;
  }

  @FieldResolver(() => Order)
  order(@Root() line: OrderLineView, @Ctx() ctx: Context) {
    return ctx.loaders.orderById.load(line.orderDbId);
  }
}
