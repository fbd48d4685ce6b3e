import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { orderActions, packageActions, type ActionState, type OrderFacts } from '../packages/supported-actions.js';
import { splitCandidate, tiktokSplitAnswer, type TikTokSplitAnswer } from '../split-combine/change-actions.js';
import { loadOrderFacts, type OrderFacts as ChangeOrderFacts } from '../split-combine/facts.js';
import { splitBlocker } from '../split-combine/split-rules.js';
import { connectedShop, isCheckFailure, tiktokSplitVerdicts } from '../split-combine/tiktok-checks.js';
import { loadShippingPackages, type ShippingPackage } from './package-facts.js';

interface ActionLoaders {
  shipping: DataLoader<number, ShippingPackage | null>;
  change: DataLoader<number, ChangeOrderFacts | null>;
  tiktokSplit: DataLoader<number, TikTokSplitAnswer>;
}

const perRequest = new WeakMap<Context, ActionLoaders>();

/**
 * Per-request batches behind supportedActions: a page of 100 orders costs a fixed handful of statements
 * (shipping facts, split/combine facts with their after-sale holds) and one Get Order Split Attributes
 * call per shop and 50 orders, asked only for orders our own rules would let split.
 */
function loadersOf(ctx: Context): ActionLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    const change = new DataLoader<number, ChangeOrderFacts | null>(async (ids) => {
      const found = new Map((await loadOrderFacts(ctx.hub.pool, [...ids])).map((o) => [o.id, o]));
      return ids.map((id) => found.get(id) ?? null);
    });
    loaders = {
      shipping: new DataLoader(async (ids) => {
        const found = await loadShippingPackages(ctx.hub.pool, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
      change,
      tiktokSplit: new DataLoader(async (orderIds) => {
        const orders = (await change.loadMany(orderIds)).filter((o): o is ChangeOrderFacts => o !== null && !(o instanceof Error));
        const answers = new Map<number, TikTokSplitAnswer>();
        for (const shopId of new Set(orders.map((o) => o.shopId))) {
          const ofShop = orders.filter((o) => o.shopId === shopId);
          const shop = await connectedShop(ctx.hub, shopId);
          const verdicts = isCheckFailure(shop) ? shop : await tiktokSplitVerdicts(ctx.hub, shop, ofShop.map((o) => o.tiktokOrderId));
          for (const o of ofShop) answers.set(o.id, tiktokSplitAnswer(isCheckFailure(verdicts) ? verdicts : verdicts.get(o.tiktokOrderId)!));
        }
        return orderIds.map((id) => answers.get(id) ?? null);
      }),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

/** Shipping facts of the packages a request touches, loaded in one batch. */
export function shippingFacts(ctx: Context): DataLoader<number, ShippingPackage | null> {
  return loadersOf(ctx).shipping;
}

async function actionsOf(ctx: Context, facts: ShippingPackage): Promise<ActionState[]> {
  const loaders = loadersOf(ctx);
  const orders = (await loaders.change.loadMany(facts.orderRows.map((o) => o.id))).filter((o): o is ChangeOrderFacts => o !== null && !(o instanceof Error));
  const candidate = splitCandidate(orders);
  // TikTok is asked only when the packer could split and our rules agree; its "no" then names the reason.
  const mayAsk = ctx.actor.kind === 'user' && (ctx.actor.role === 'ADMIN' || ctx.actor.role === 'PACKER');
  const tiktokSplit = mayAsk && candidate && splitBlocker(candidate) === null ? await loaders.tiktokSplit.load(candidate.id) : null;
  return packageActions(ctx.actor, facts, { orders, tiktokSplit });
}

export async function actionsOfPackage(ctx: Context, packageId: number): Promise<ActionState[]> {
  const facts = await shippingFacts(ctx).load(packageId);
  return facts ? actionsOf(ctx, facts) : [];
}

export async function actionsOfOrder(ctx: Context, order: Omit<OrderFacts, 'afterSaleHold'> & { dbId: number }): Promise<ActionState[]> {
  const loaders = loadersOf(ctx);
  const packages = await ctx.loaders.packagesByOrder.load(order.dbId);
  const facts = (await Promise.all(packages.map((p) => loaders.shipping.load(p.dbId)))).filter((f): f is ShippingPackage => f !== null);
  const perPackage = await Promise.all(facts.map((f) => actionsOf(ctx, f)));
  const own = await loaders.change.load(order.dbId);
  return orderActions(ctx.actor, { ...order, afterSaleHold: own?.afterSaleHold ?? null }, perPackage);
}
