import { Arg, Ctx, FieldResolver, ID, Int, ObjectType, Field, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context.js';
import { createLoaders } from '../graphql/loaders.js';
import type { OrderView } from '../orders/order.mapper.js';
import { Order } from '../orders/order.types.js';
import type { PackageView } from '../packages/package.mapper.js';
import { Package } from '../packages/package.types.js';
import { partnerScope, requireSignedIn } from '../platform/actor.js';
import { idOf, toGlobalId } from '../platform/global-id.js';
import { Shop, type ShopView } from '../shops/shop.types.js';
import type { JournalRow } from './journal-stream.js';
import { ChangeEvent } from './journal.types.js';

@ObjectType({ simpleResolvers: true })
export class OrderChange {
  @Field(() => ChangeEvent) event!: ChangeEvent;
  @Field(() => Order, { description: 'The order as it is now.' }) order!: OrderView;
}

@ObjectType({ simpleResolvers: true, description: 'A change journaled on one package: a push to TikTok that landed or failed, an assignment.' })
export class PackageEvent {
  @Field(() => ChangeEvent) event!: ChangeEvent;
  @Field(() => Package, { description: 'The package as it is now.' }) package!: PackageView;
}

@ObjectType({ simpleResolvers: true })
export class ShopChange {
  @Field(() => ChangeEvent) event!: ChangeEvent;
  @Field(() => Shop) shop!: ShopView;
}

const eventOf = (r: JournalRow): ChangeEvent => ({
  seq: r.seq,
  at: r.at,
  kind: r.kind,
  source: r.source as ChangeEvent['source'],
  actor: r.actor,
  from: r.fromState,
  to: r.toState,
});

@ObjectType({ simpleResolvers: true, description: 'Orders a backfill brought into the hub: one event per imported page.' })
export class OrdersImported {
  @Field(() => ChangeEvent) event!: ChangeEvent;
  @Field(() => Shop) shop!: ShopView;
  @Field(() => Int) count!: number;
  @Field(() => [ID], { description: 'The imported orders; load the ones you need.' }) orderIds!: string[];
}

type SubscribeArgs = { afterSeq?: number | null; shopId?: string | null };

function stream(ctx: Context, args: SubscribeArgs, entityType: string) {
  requireSignedIn(ctx.actor);
  const shopId = args.shopId ? idOf(args.shopId, 'Shop') ?? -1 : null;
  return ctx.hub.journal.subscribe({ afterSeq: args.afterSeq, entityType, shopId });
}

@Resolver()
export class JournalResolver {
  @Query(() => Int, {
    description: 'The newest journal seq. Read it with your data, then subscribe with afterSeq set to it: nothing in between is missed.',
  })
  async journalSeq(@Ctx() ctx: Context): Promise<number> {
    requireSignedIn(ctx.actor);
    return ctx.hub.journal.latestSeq();
  }

  @Subscription(() => OrderChange, {
    nullable: true,
    description: 'Order changes as they are committed, from any server. Pass afterSeq to replay what you missed.',
    subscribe: ({ args, context }) => stream(context as Context, args as SubscribeArgs, 'Order'),
  })
  async orderChanged(
    @Root() row: JournalRow,
    @Ctx() ctx: Context,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq: number | null,
    @Arg('shopId', () => ID, { nullable: true }) _shopId: string | null,
  ): Promise<OrderChange | null> {
    // Fresh loaders per event: a long-lived subscription must not serve cached, older rows.
    const loaders = createLoaders(ctx.em.fork(), ctx.hub.pool, ctx.actor);
    const order = await loaders.orderById.load(row.entityId);
    if (!order) return null;
    if (partnerScope(ctx.actor) !== null && !(await loaders.packagesByOrder.load(order.dbId)).length) return null;
    return { event: eventOf(row), order };
  }

  @Subscription(() => PackageEvent, {
    nullable: true,
    description:
      "Changes journaled on packages themselves: a shipment or tracking update requested, reaching TikTok or failing; an assignment. Their orders' changes (splits and combines included) come by orderChanged. A 3PL partner receives only its own packages'. Pass afterSeq to replay what you missed.",
    subscribe: ({ args, context }) => stream(context as Context, args as SubscribeArgs, 'Package'),
  })
  async packageChanged(
    @Root() row: JournalRow,
    @Ctx() ctx: Context,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq: number | null,
    @Arg('shopId', () => ID, { nullable: true }) _shopId: string | null,
  ): Promise<PackageEvent | null> {
    // Scoped loaders: another partner's package, or one TikTok since replaced, yields nothing.
    const pkg = await createLoaders(ctx.em.fork(), ctx.hub.pool, ctx.actor).packageById.load(row.entityId);
    return pkg ? { event: eventOf(row), package: pkg } : null;
  }

  @Subscription(() => OrdersImported, {
    nullable: true,
    description:
      'Orders a backfill imported, a page at a time; orderChanged carries every other order change (a backfill reading an order the hub already holds included). Not for 3PL partners: imported orders have no partner packages yet.',
    subscribe: ({ args, context }) => stream(context as Context, args as SubscribeArgs, 'OrderImport'),
  })
  async ordersImported(
    @Root() row: JournalRow,
    @Ctx() ctx: Context,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq: number | null,
    @Arg('shopId', () => ID, { nullable: true }) _shopId: string | null,
  ): Promise<OrdersImported | null> {
    if (partnerScope(ctx.actor) !== null || row.shopId === null) return null;
    const shop = await createLoaders(ctx.em.fork(), ctx.hub.pool, ctx.actor).shopById.load(row.shopId);
    const ids = row.entityIds ?? [];
    return shop ? { event: eventOf(row), shop, count: ids.length, orderIds: ids.map((id) => toGlobalId('Order', id)) } : null;
  }

  @Subscription(() => ShopChange, {
    nullable: true,
    description: 'Shop connection and sync changes (connected, backfill progress, re-authorization needed). Staff only.',
    subscribe: ({ args, context }) => stream(context as Context, args as SubscribeArgs, 'Shop'),
  })
  async shopSyncChanged(
    @Root() row: JournalRow,
    @Ctx() ctx: Context,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq: number | null,
    @Arg('shopId', () => ID, { nullable: true }) _shopId: string | null,
  ): Promise<ShopChange | null> {
    if (ctx.actor.kind !== 'user') return null;
    const shop = await createLoaders(ctx.em.fork(), ctx.hub.pool, ctx.actor).shopById.load(row.entityId);
    return shop ? { event: eventOf(row), shop } : null;
  }
}

@Resolver(() => Order)
export class OrderHistoryResolver {
  @FieldResolver(() => [ChangeEvent], { description: 'Every recorded change of the order, oldest first, with its source and actor.' })
  async history(@Root() order: OrderView, @Ctx() ctx: Context): Promise<ChangeEvent[]> {
    // The order's own entries, and the import entry of the page that brought it in (with its status then).
    const { rows } = await ctx.hub.pool.query(
      `select seq, at, kind, source, actor, from_state, to_state from app.journal where entity_type = 'Order' and entity_id = $1
       union all
       select seq, at, kind, source, actor, null, data->'statuses'->>(array_position(entity_ids, $1) - 1) from app.journal
       where entity_ids @> array[$1::int]
       order by seq limit 500`,
      [order.dbId],
    );
    return rows.map((r) => ({ seq: Number(r.seq), at: r.at, kind: r.kind, source: r.source, actor: r.actor, from: r.from_state, to: r.to_state }));
  }
}
