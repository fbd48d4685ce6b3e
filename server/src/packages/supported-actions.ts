/**
 * What may be done to a package or an order now, and why not, with TikTok's rules applied (API.md §5.3,
 * §6.1, §3.2 error table) so the console never offers what the platform will refuse. The shipping
 * mutations check the same table before they change anything, so the two cannot disagree.
 */
import type { Actor } from '../platform/actor.js';
import { partnerScope } from '../platform/actor.js';

export const PACKAGE_ACTIONS = ['SHIP', 'UPDATE_TRACKING', 'PRINT_LABEL', 'PRINT_PACKING_SLIP', 'SPLIT', 'COMBINE', 'ASSIGN'] as const;
export type PackageAction = (typeof PACKAGE_ACTIONS)[number];

export const ACTION_BLOCKS = [
  'NOT_PERMITTED',
  'NO_PACKAGE',
  'ORDER_UNPAID',
  'ORDER_ON_HOLD',
  'ORDER_CANCELLED',
  'AFTER_SALE_OPEN',
  'FULFILLED_BY_TIKTOK',
  'ALREADY_SHIPPED',
  'NOT_SHIPPED',
  'ALREADY_COLLECTED',
  'DELIVERED',
  'SYNC_PENDING',
  'COMBINED',
  'SINGLE_UNIT',
  'TIKTOK_SHIPPING',
  'NO_TRACKING_NUMBER',
  'TRACKING_UPDATE_LIMIT',
  'TRACKING_UPDATE_WINDOW_CLOSED',
] as const;
export type ActionBlock = (typeof ACTION_BLOCKS)[number];

const MESSAGES: Record<ActionBlock, string> = {
  NOT_PERMITTED: 'Your role or token may not do this.',
  NO_PACKAGE: 'The order has no package yet.',
  ORDER_UNPAID: 'The order is not paid yet.',
  ORDER_ON_HOLD: 'The order is on hold (buyer remorse window); TikTok refuses fulfilment until it ends.',
  ORDER_CANCELLED: 'The order is cancelled.',
  AFTER_SALE_OPEN: 'The buyer asked to cancel; answer the request first.',
  FULFILLED_BY_TIKTOK: 'TikTok fulfils this order (FBT).',
  ALREADY_SHIPPED: 'The package is already shipped.',
  NOT_SHIPPED: 'The package is not shipped yet.',
  ALREADY_COLLECTED: 'The carrier already collected the package.',
  DELIVERED: 'The package is delivered.',
  SYNC_PENDING: 'A change to this package is still being sent to TikTok.',
  COMBINED: 'The package holds several combined orders.',
  SINGLE_UNIT: 'A package of one unit cannot be split.',
  TIKTOK_SHIPPING: 'TikTok Shipping packages get their tracking from TikTok.',
  NO_TRACKING_NUMBER: 'The package has no tracking number to print on a label.',
  TRACKING_UPDATE_LIMIT: 'TikTok allows the tracking number to be changed only once.',
  TRACKING_UPDATE_WINDOW_CLOSED: 'TikTok allows tracking changes only within 72 hours of shipping in this market.',
};

export function blockMessage(block: ActionBlock): string {
  return MESSAGES[block];
}

export interface OrderFacts {
  status: string;
  fulfillmentType: string;
  isBuyerRequestCancel: boolean;
}

export interface PackageFacts {
  status: string;
  shippingType: 'SELLER' | 'TIKTOK';
  syncStatus: string;
  trackingNumber: string | null;
  shippedAt: Date | null;
  units: number;
  /** Shop market (TikTok region code): tracking-change windows differ. */
  region: string;
  /** Tracking corrections TikTok already accepted through the hub. */
  trackingUpdates: number;
  orders: OrderFacts[];
}

export interface ActionState {
  action: PackageAction;
  allowed: boolean;
  reason: ActionBlock | null;
  message: string | null;
}

/** Tracking changes: US, UK and SEA within 72 h of shipping; once everywhere (API.md §6.1). */
const TRACKING_WINDOW_REGIONS = new Set(['US', 'GB', 'ID', 'MY', 'PH', 'SG', 'TH', 'VN']);
export const TRACKING_UPDATE_LIMIT = 1;
const TRACKING_WINDOW_MS = 72 * 3600_000;

/** Why the package's orders may not be fulfilled now (TikTok: 21011041, 21008025, 21011044, 21011007). */
function orderBlock(orders: OrderFacts[]): ActionBlock | null {
  if (orders.some((o) => o.status === 'CANCELLED')) return 'ORDER_CANCELLED';
  if (orders.some((o) => o.fulfillmentType === 'FULFILLMENT_BY_TIKTOK')) return 'FULFILLED_BY_TIKTOK';
  if (orders.some((o) => o.status === 'UNPAID')) return 'ORDER_UNPAID';
  if (orders.some((o) => o.status === 'ON_HOLD')) return 'ORDER_ON_HOLD';
  if (orders.some((o) => o.isBuyerRequestCancel)) return 'AFTER_SALE_OPEN';
  return null;
}

function shippedBlock(p: PackageFacts): ActionBlock | null {
  if (p.status === 'CANCELLED') return 'ORDER_CANCELLED';
  if (p.status === 'COMPLETED') return 'DELIVERED';
  if (p.status !== 'TO_FULFILL') return 'ALREADY_SHIPPED';
  if (p.syncStatus === 'PENDING') return p.trackingNumber ? 'ALREADY_SHIPPED' : 'SYNC_PENDING';
  return null;
}

/** Which actions this actor may ever take: THREE_PL tokens ship and correct their packages; SHIPPING_TOOL only reads. */
function permitted(actor: Actor, action: PackageAction, p: PackageFacts): boolean {
  if (actor.kind === 'user') return actor.role === 'ADMIN' || actor.role === 'PACKER' || action === 'PRINT_PACKING_SLIP';
  if (actor.kind !== 'api-token') return false;
  if (partnerScope(actor) !== null) {
    return action === 'PRINT_LABEL' || action === 'PRINT_PACKING_SLIP' || (p.shippingType === 'SELLER' && (action === 'SHIP' || action === 'UPDATE_TRACKING'));
  }
  return action === 'PRINT_LABEL' || action === 'PRINT_PACKING_SLIP';
}

export function packageActionBlock(p: PackageFacts, action: PackageAction, now: Date = new Date()): ActionBlock | null {
  switch (action) {
    case 'SHIP':
      return shippedBlock(p) ?? orderBlock(p.orders);
    case 'UPDATE_TRACKING': {
      if (p.status === 'CANCELLED' || p.orders.some((o) => o.status === 'CANCELLED')) return 'ORDER_CANCELLED';
      if (p.shippingType === 'TIKTOK') return 'TIKTOK_SHIPPING';
      if (p.status === 'TO_FULFILL') return p.syncStatus === 'PENDING' ? 'SYNC_PENDING' : 'NOT_SHIPPED';
      if (p.status === 'COMPLETED') return 'DELIVERED';
      if (p.syncStatus === 'PENDING') return 'SYNC_PENDING';
      if (p.trackingUpdates >= TRACKING_UPDATE_LIMIT) return 'TRACKING_UPDATE_LIMIT';
      if (TRACKING_WINDOW_REGIONS.has(p.region) && p.shippedAt && now.getTime() - p.shippedAt.getTime() > TRACKING_WINDOW_MS) {
        return 'TRACKING_UPDATE_WINDOW_CLOSED';
      }
      return null;
    }
    case 'PRINT_LABEL':
      if (p.status === 'CANCELLED') return 'ORDER_CANCELLED';
      if (p.shippingType === 'SELLER') return p.trackingNumber ? null : 'NO_TRACKING_NUMBER';
      // TikTok issues its label after shipment is arranged and until the carrier collects (21023035, 21042102).
      if (p.status === 'TO_FULFILL') return 'NOT_SHIPPED';
      if (p.status !== 'PROCESSING') return 'ALREADY_COLLECTED';
      return null;
    case 'PRINT_PACKING_SLIP':
      return null;
    case 'SPLIT':
      return shippedBlock(p) ?? orderBlock(p.orders) ?? (p.orders.length > 1 ? 'COMBINED' : p.units < 2 ? 'SINGLE_UNIT' : null);
    case 'COMBINE':
    case 'ASSIGN':
      return shippedBlock(p) ?? orderBlock(p.orders);
  }
}

export function packageActions(actor: Actor, p: PackageFacts, now: Date = new Date()): ActionState[] {
  return PACKAGE_ACTIONS.map((action) => {
    const reason = permitted(actor, action, p) ? packageActionBlock(p, action, now) : 'NOT_PERMITTED';
    return { action, allowed: reason === null, reason, message: reason && MESSAGES[reason] };
  });
}

/** An order may do what any of its packages may; otherwise the first package's reason (or the order's own). */
export function orderActions(actor: Actor, order: OrderFacts, packages: PackageFacts[], now: Date = new Date()): ActionState[] {
  const perPackage = packages.map((p) => packageActions(actor, p, now));
  return PACKAGE_ACTIONS.map((action, i) => {
    const states = perPackage.map((list) => list[i]!);
    const allowed = states.find((s) => s.allowed);
    if (allowed) return allowed;
    const reason: ActionBlock = states[0]?.reason ?? orderBlock([order]) ?? 'NO_PACKAGE';
    return { action, allowed: false, reason, message: MESSAGES[reason] };
  });
}
