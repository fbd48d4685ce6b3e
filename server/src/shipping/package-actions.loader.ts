import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { packageActions, type ActionState } from '../packages/supported-actions.js';
import { loadShippingPackages, type ShippingPackage } from './package-facts.js';

const perRequest = new WeakMap<Context, DataLoader<number, ShippingPackage | null>>();

/** Shipping facts of the packages a request touches, loaded in one batch. */
export function shippingFacts(ctx: Context): DataLoader<number, ShippingPackage | null> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await loadShippingPackages(ctx.hub.pool, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    perRequest.set(ctx, loader);
  }
  return loader;
}

export async function actionsOfPackage(ctx: Context, packageId: number): Promise<ActionState[]> {
  const facts = await shippingFacts(ctx).load(packageId);
  return facts ? packageActions(ctx.actor, facts) : [];
}
