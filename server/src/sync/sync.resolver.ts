import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { userError } from '../graphql/user-errors.js';
import { enqueue } from '../jobs/queue.js';
import { requireRole } from '../platform/actor.js';
import { idOf, toGlobalId } from '../platform/global-id.js';
import { disconnectShop, startConnect } from '../shops/shop-connection.js';
import { Shop, type ShopView } from '../shops/shop.types.js';
import { syncHealth } from './sync-health.js';
import { POLL_JOB } from './sync.jobs.js';
import {
  Incident,
  IncidentRetryPayload,
  ShopConnectStartInput,
  ShopConnectStartPayload,
  ShopDisconnectPayload,
  ShopInput,
  ShopSyncHealth,
  ShopSyncNowPayload,
} from './sync.types.js';

function incidentView(r: Record<string, any>): Incident {
  return {
    id: toGlobalId('Incident', r.id),
    shopId: r.shop_id ? toGlobalId('Shop', r.shop_id) : null,
    kind: r.kind,
    message: r.message,
    occurrences: r.occurrences,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    resolvedAt: r.resolved_at,
    retryable: Boolean(r.retry_job),
  };
}

@Resolver(() => Shop)
export class ShopSyncResolver {
  @FieldResolver(() => ShopSyncHealth, { description: 'Sync health. Staff only (null for API tokens).' })
  async sync(@Root() shop: ShopView, @Ctx() ctx: Context): Promise<ShopSyncHealth | null> {
    if (ctx.actor.kind !== 'user') return null;
    return syncHealth(ctx.hub.pool, shop.dbId);
  }

  @Query(() => [Incident], { description: 'Needs ADMIN. Open incidents first, newest first.' })
  async incidents(@Ctx() ctx: Context, @Arg('includeResolved', () => Boolean, { defaultValue: false }) includeResolved: boolean): Promise<Incident[]> {
    requireRole(ctx.actor);
    const { rows } = await ctx.hub.pool.query(
      `select * from app.incident where $1 or resolved_at is null order by resolved_at nulls first, last_seen_at desc limit 200`,
      [includeResolved],
    );
    return rows.map(incidentView);
  }

  @Mutation(() => ShopConnectStartPayload, { description: "Needs ADMIN. Starts TikTok's consent flow for one or more shops." })
  async shopConnectStart(
    @Ctx() ctx: Context,
    @Arg('input', () => ShopConnectStartInput, { nullable: true }) input: ShopConnectStartInput | null,
  ): Promise<ShopConnectStartPayload> {
    const admin = requireRole(ctx.actor);
    if (!ctx.hub.tiktokApp.serviceId) {
      return { authorizeUrl: null, userErrors: [userError('NOT_CONFIGURED', 'Set TIKTOK_SERVICE_ID to connect shops.')] };
    }
    let warehouseId: number | null = null;
    if (input?.warehouseId) {
      warehouseId = idOf(input.warehouseId, 'Warehouse');
      const found = warehouseId ? await ctx.hub.pool.query('select 1 from app.warehouse where id = $1', [warehouseId]) : null;
      if (!found?.rowCount) return { authorizeUrl: null, userErrors: [userError('WAREHOUSE_NOT_FOUND', 'No such warehouse.', ['warehouseId'])] };
    }
    const { url } = await startConnect(ctx.hub, admin.userId, warehouseId);
    return { authorizeUrl: url, userErrors: [] };
  }

  @Mutation(() => ShopDisconnectPayload, { description: 'Needs ADMIN. Stops sync and pushes, forgets the tokens, keeps the history.' })
  async shopDisconnect(@Ctx() ctx: Context, @Arg('input', () => ShopInput) input: ShopInput): Promise<ShopDisconnectPayload> {
    requireRole(ctx.actor);
    const shopId = idOf(input.shopId, 'Shop');
    const exists = shopId ? await ctx.hub.pool.query('select status from app.shop where id = $1', [shopId]) : null;
    if (!exists?.rowCount) return { shopId: null, userErrors: [userError('SHOP_NOT_FOUND', 'No such shop.', ['shopId'])] };
    const done = await disconnectShop(ctx.hub, shopId!, 'USER', 'Disconnected by an administrator.');
    if (!done) return { shopId: input.shopId, userErrors: [userError('ALREADY_DISCONNECTED', 'The shop is already disconnected.', ['shopId'])] };
    return { shopId: input.shopId, userErrors: [] };
  }

  @Mutation(() => ShopSyncNowPayload, { description: 'Needs ADMIN. Queues a reconciliation poll now instead of at the next scheduled one.' })
  async shopSyncNow(@Ctx() ctx: Context, @Arg('input', () => ShopInput) input: ShopInput): Promise<ShopSyncNowPayload> {
    requireRole(ctx.actor);
    const shopId = idOf(input.shopId, 'Shop');
    const { rows } = shopId ? await ctx.hub.pool.query('select status from app.shop where id = $1', [shopId]) : { rows: [] };
    if (!rows[0]) return { queued: false, userErrors: [userError('SHOP_NOT_FOUND', 'No such shop.', ['shopId'])] };
    if (rows[0].status !== 'CONNECTED') return { queued: false, userErrors: [userError('SHOP_DISCONNECTED', 'Reconnect the shop first.', ['shopId'])] };
    await enqueue(ctx.hub.boss, POLL_JOB, { shopId }, { singletonKey: String(shopId) });
    return { queued: true, userErrors: [] };
  }

  @Mutation(() => IncidentRetryPayload, { description: 'Needs ADMIN. Runs the failed work again and resolves the incident.' })
  async incidentRetry(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<IncidentRetryPayload> {
    requireRole(ctx.actor);
    const incidentId = idOf(id, 'Incident') ?? -1;
    const { rows } = await ctx.hub.pool.query('select * from app.incident where id = $1', [incidentId]);
    const row = rows[0];
    if (!row) return { incident: null, userErrors: [userError('INCIDENT_NOT_FOUND', 'No such incident.')] };
    if (row.resolved_at) return { incident: incidentView(row), userErrors: [userError('ALREADY_RESOLVED', 'Already resolved.')] };
    if (!row.retry_job) return { incident: incidentView(row), userErrors: [userError('NOT_RETRYABLE', 'There is nothing to run again; fix the cause and wait for the next sync.')] };
    await enqueue(ctx.hub.boss, row.retry_job, row.retry_data ?? {});
    const updated = await ctx.hub.pool.query('update app.incident set resolved_at = now() where id = $1 returning *', [incidentId]);
    return { incident: incidentView(updated.rows[0]), userErrors: [] };
  }
}
