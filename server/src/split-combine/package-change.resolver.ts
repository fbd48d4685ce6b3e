import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Connection } from '../graphql/connection.js';
import type { OrderLineView, OrderView } from '../orders/order.mapper.js';
import { LINE_COLUMNS, lineFromRow } from '../orders/order.mapper.js';
import { Order, OrderLine } from '../orders/order.types.js';
import type { PackageView } from '../packages/package.mapper.js';
import { Package } from '../packages/package.types.js';
import { requireRole } from '../platform/actor.js';
import { idOf } from '../platform/global-id.js';
import { Shop } from '../shops/shop.types.js';
import { combinePackages, uncombinePackage } from './combine-packages.js';
import { combineSuggestions, type CombineSuggestionView } from './combine-suggestions.js';
import type { ChangeOutcome } from './package-change.errors.js';
import type { PackageChangeView } from './package-change.mapper.js';
import { changesOf, loadPackageChange, searchPackageChanges } from './package-change.queries.js';
import {
  CombineSuggestion,
  PackageChange,
  PackageChangeFilter,
  PackageChangePayload,
  PackagesCombineInput,
  PackageSplitInput,
  PackageSplitUndoInput,
  PackageUncombineInput,
  PlannedPackage,
} from './package-change.types.js';
import { splitPackage, undoSplit } from './split-package.js';

export const PackageChangeConnection = Connection(PackageChange, 'PackageChange');

const ROLE_NOTE = 'Needs PACKER or ADMIN.';

async function payload(ctx: Context, outcome: ChangeOutcome): Promise<PackageChangePayload> {
  const packageChange = outcome.changeId ? await loadPackageChange(ctx.hub.pool, ctx.actor, outcome.changeId) : null;
  return { packageChange, userErrors: outcome.userErrors };
}

@Resolver(() => PackageChange)
export class PackageChangeResolver {
  @Mutation(() => PackageChangePayload, {
    description: `${ROLE_NOTE} Splits an order's units into several packages. Sent to TikTok (Split Orders) after the undo window; the new packages appear when TikTok confirmed.`,
  })
  async packageSplit(@Ctx() ctx: Context, @Arg('input', () => PackageSplitInput) input: PackageSplitInput) {
    return payload(ctx, await splitPackage(ctx.hub, ctx.actor, { ...input, packages: input.packages.map((p) => ({ lineIds: p.lineIds })) }));
  }

  @Mutation(() => PackageChangePayload, { description: `${ROLE_NOTE} Withdraws a split that has not been sent to TikTok yet.` })
  async packageSplitUndo(@Ctx() ctx: Context, @Arg('input', () => PackageSplitUndoInput) input: PackageSplitUndoInput) {
    return payload(ctx, await undoSplit(ctx.hub, ctx.actor, { ...input }));
  }

  @Mutation(() => PackageChangePayload, { description: `${ROLE_NOTE} Ships orders of one buyer to one address in one parcel (2–20 orders).` })
  async packagesCombine(@Ctx() ctx: Context, @Arg('input', () => PackagesCombineInput) input: PackagesCombineInput) {
    return payload(ctx, await combinePackages(ctx.hub, ctx.actor, { ...input }));
  }

  @Mutation(() => PackageChangePayload, { description: `${ROLE_NOTE} Takes orders out of a combined package, each into a package of its own.` })
  async packageUncombine(@Ctx() ctx: Context, @Arg('input', () => PackageUncombineInput) input: PackageUncombineInput) {
    return payload(ctx, await uncombinePackage(ctx.hub, ctx.actor, { ...input }));
  }

  @Query(() => [CombineSuggestion], { description: `${ROLE_NOTE} Orders that may share a parcel, with TikTok's own proposal when it has one.` })
  combineSuggestions(@Ctx() ctx: Context, @Arg('shopId', () => ID, { nullable: true }) shopId: string | null) {
    return combineSuggestions(ctx.hub, ctx.actor, shopId ? idOf(shopId, 'Shop') ?? -1 : null).then((list) =>
      list.map((s) => Object.assign(new CombineSuggestion(), { tiktokPackageId: s.tiktokPackageId, combinable: s.tiktokPackageId !== null, view: s })),
    );
  }

  @Query(() => PackageChangeConnection, { description: 'Splits, combines and uncombines, newest first. Staff only.' })
  packageChanges(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'At most 100; 20 when omitted.' }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => PackageChangeFilter, { nullable: true }) filter: PackageChangeFilter | null,
  ) {
    return searchPackageChanges(ctx.hub.pool, ctx.actor, { first, after, filter });
  }

  @Query(() => PackageChange, { nullable: true, description: 'Staff only.' })
  packageChange(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return loadPackageChange(ctx.hub.pool, ctx.actor, idOf(id, 'PackageChange') ?? -1);
  }

  @FieldResolver(() => Shop)
  shop(@Root() c: PackageChangeView, @Ctx() ctx: Context) {
    return ctx.loaders.shopById.load(c.shopDbId);
  }

  @FieldResolver(() => [Order])
  async orders(@Root() c: PackageChangeView, @Ctx() ctx: Context): Promise<OrderView[]> {
    return (await ctx.loaders.orderById.loadMany(c.orderDbIds)).filter((o): o is OrderView => o !== null && !(o instanceof Error));
  }

  @FieldResolver(() => [Package], { description: 'The packages the change started from that still exist.' })
  async packagesBefore(@Root() c: PackageChangeView, @Ctx() ctx: Context): Promise<PackageView[]> {
    return (await ctx.loaders.packageById.loadMany(c.packageDbIds)).filter((p): p is PackageView => p !== null && !(p instanceof Error));
  }

  @FieldResolver(() => [Package], { description: 'The resulting packages, once TikTok confirmed.' })
  async packagesAfter(@Root() c: PackageChangeView, @Ctx() ctx: Context): Promise<PackageView[]> {
    if (!c.tiktokPackageIds.length) return [];
    const { rows } = await ctx.hub.pool.query('select id from app.package where tiktok_package_id = any($1::text[])', [c.tiktokPackageIds]);
    return (await ctx.loaders.packageById.loadMany(rows.map((r) => r.id))).filter((p): p is PackageView => p !== null && !(p instanceof Error));
  }

  @FieldResolver(() => [PlannedPackage], { description: 'For a split: the requested packages.' })
  plannedPackages(@Root() c: PackageChangeView): PlannedPackage[] {
    return c.groups.map((g) => ({ tiktokLineItemIds: g }));
  }
}

@Resolver(() => PlannedPackage)
export class PlannedPackageResolver {
  @FieldResolver(() => [OrderLine])
  async lines(@Root() p: PlannedPackage, @Ctx() ctx: Context): Promise<OrderLineView[]> {
    const { rows } = await ctx.hub.pool.query(`select ${LINE_COLUMNS} from app.order_line l where l.tiktok_line_item_id = any($1::text[]) order by l.position`, [
      p.tiktokLineItemIds,
    ]);
    return rows.map(lineFromRow);
  }
}

@Resolver(() => CombineSuggestion)
export class CombineSuggestionResolver {
  @FieldResolver(() => Shop)
  shop(@Root() s: CombineSuggestion & { view: CombineSuggestionView }, @Ctx() ctx: Context) {
    return ctx.loaders.shopById.load(s.view.shopDbId);
  }

  @FieldResolver(() => [Order])
  async orders(@Root() s: CombineSuggestion & { view: CombineSuggestionView }, @Ctx() ctx: Context): Promise<OrderView[]> {
    requireRole(ctx.actor, 'PACKER');
    return (await ctx.loaders.orderById.loadMany(s.view.orderDbIds)).filter((o): o is OrderView => o !== null && !(o instanceof Error));
  }
}

@Resolver(() => Order)
export class OrderPackageChangesResolver {
  @FieldResolver(() => [PackageChange], { description: 'Splits and combines of this order, newest first. Staff only.' })
  packageChanges(@Root() order: OrderView, @Ctx() ctx: Context) {
    return changesOf(ctx.hub.pool, ctx.actor, { orderId: order.dbId });
  }
}

@Resolver(() => Package)
export class PackagePackageChangesResolver {
  @FieldResolver(() => [PackageChange], { description: 'Splits and combines that started from or produced this package, newest first. Staff only.' })
  packageChanges(@Root() pkg: PackageView, @Ctx() ctx: Context) {
    return changesOf(ctx.hub.pool, ctx.actor, { packageId: pkg.dbId, tiktokPackageId: pkg.tiktokPackageId });
  }
}
