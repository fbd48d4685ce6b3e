/**
 * What may be done to a package or an order now, and why not, with TikTok's rules applied (API.md §5.3,
 * §6.1, §3.2 error table) so the console never offers what the platform will refuse. The shipping
 * mutations check the same table before they change anything; SPLIT, COMBINE, UNCOMBINE and UNDO_SPLIT
 * are decided by the split/combine rule functions the packageSplit/packagesCombine mutations run
 * (`split-combine/change-actions.ts`), with their error codes as reasons, so neither can disagree.
 */
import type { AfterSaleHold } from '../aftersales/open-after-sale.js';
import type { Actor } from '../platform/actor.js';
import { partnerScope } from '../platform/actor.js';
import { changeMessage } from '../split-combine/package-change.errors.js';
import { CHANGE_BLOCKS, changeActionBlock, type ChangeAction, type ChangeBlock, type TikTokSplitAnswer } from '../split-combine/change-actions.js';
import type { OrderFacts as ChangeOrderFacts } from '../split-combine/facts.js';

export const PACKAGE_ACTIONS = ['SHIP', 'UPDATE_TRACKING', 'PRINT_LABEL', 'PRINT_PACKING_SLIP', 'SPLIT', 'COMBINE', 'ASSIGN', 'UNCOMBINE', 'UNDO_SPLIT'] as const;
export type PackageAction = (typeof PACKAGE_ACTIONS)[number];
/** The actions the shipping rules below decide; the others are re-shaping, decided by the split/combine rules. */
export type ShippingAction = Exclude<PackageAction, ChangeAction>;
const isChangeAction = (a: PackageAction): a is ChangeAction => a === 'SPLIT' || a === 'COMBINE' || a === 'UNCOMBINE' || a === 'UNDO_SPLIT';

/** The reasons the shipping rules give (also the shipping mutations' codes). */
export const SHIPPING_BLOCKS = [
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
export type ShippingBlock = (typeof SHIPPING_BLOCKS)[number];

/** Every reason: the shipping ones, then the split/combine mutations' codes that are not among them. */
export const ACTION_BLOCKS: readonly (ShippingBlock | ChangeBlock)[] = [
  ...SHIPPING_BLOCKS,
  ...CHANGE_BLOCKS.filter((b) => !(SHIPPING_BLOCKS as readonly string[]).includes(b)),
];
export type ActionBlock = ShippingBlock | ChangeBlock;

const MESSAGES: Record<ActionBlock, string> = {
  ...(Object.fromEntries(CHANGE_BLOCKS.map((b) => [b, changeMessage(b)])) as Record<ChangeBlock, string>),
  NOT_PERMITTED: 'Your role or token may not do this.',
  NO_PACKAGE: 'The order has no package yet.',
  ORDER_UNPAID: 'The order is not paid yet.',
  ORDER_ON_HOLD: 'The order is on hold (buyer remorse window); TikTok refuses fulfilment until it ends.',
  ORDER_CANCELLED: 'The order is cancelled.',
  AFTER_SALE_OPEN: 'The order has an open cancellation, return, refund or replacement request; answer it first.',
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
  /** An open after-sale case of the order (or the seller's cancel on its way). */
  afterSaleHold: AfterSaleHold | null;
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
function orderBlock(orders: OrderFacts[]): ShippingBlock | null {
  if (orders.some((o) => o.status === 'CANCELLED')) return 'ORDER_CANCELLED';
  if (orders.some((o) => o.fulfillmentType === 'FULFILLMENT_BY_TIKTOK')) return 'FULFILLED_BY_TIKTOK';
  if (orders.some((o) => o.status === 'UNPAID')) return 'ORDER_UNPAID';
  if (orders.some((o) => o.status === 'ON_HOLD')) return 'ORDER_ON_HOLD';
  // TikTok refuses to ship an item with an open after-sale (21011007): cancellation, return, refund or replacement.
  if (orders.some((o) => o.isBuyerRequestCancel || o.afterSaleHold !== null)) return 'AFTER_SALE_OPEN';
  return null;
}

function shippedBlock(p: PackageFacts): ShippingBlock | null {
  if (p.status === 'CANCELLED') return 'ORDER_CANCELLED';
  if (p.status === 'COMPLETED') return 'DELIVERED';
  if (p.status !== 'TO_FULFILL') return 'ALREADY_SHIPPED';
  if (p.syncStatus === 'PENDING') return p.trackingNumber ? 'ALREADY_SHIPPED' : 'SYNC_PENDING';
  return null;
}

/** Which actions this actor may ever take: THREE_PL tokens ship and correct their packages; SHIPPING_TOOL only reads. */
function permitted(actor: Actor, action: PackageAction, p: PackageFacts | null): boolean {
  if (actor.kind === 'user') return actor.role === 'ADMIN' || actor.role === 'PACKER' || action === 'PRINT_PACKING_SLIP';
  if (actor.kind !== 'api-token') return false;
  if (partnerScope(actor) !== null) {
    return action === 'PRINT_LABEL' || action === 'PRINT_PACKING_SLIP' || (p?.shippingType === 'SELLER' && (action === 'SHIP' || action === 'UPDATE_TRACKING'));
  }
  return action === 'PRINT_LABEL' || action === 'PRINT_PACKING_SLIP';
}

export function packageActionBlock(p: PackageFacts, action: ShippingAction, now: Date = new Date()): ShippingBlock | null {
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
    case 'ASSIGN':
      return shippedBlock(p) ?? orderBlock(p.orders);
  }
}

/** The package's orders as the split/combine rules see them, and TikTok's split verdict when it was asked. */
export interface ChangeFacts {
  orders: ChangeOrderFacts[];
  tiktokSplit: TikTokSplitAnswer;
}

export function packageActions(actor: Actor, p: PackageFacts & { id: number }, change: ChangeFacts, now: Date = new Date()): ActionState[] {
  return PACKAGE_ACTIONS.map((action): ActionState => {
    if (!permitted(actor, action, p)) return { action, allowed: false, reason: 'NOT_PERMITTED', message: MESSAGES.NOT_PERMITTED };
    if (isChangeAction(action)) {
      const block = changeActionBlock(action, p.id, change.orders, change.tiktokSplit);
      return { action, allowed: block === null, reason: block?.code ?? null, message: block?.message ?? null };
    }
    const reason = packageActionBlock(p, action, now);
    return { action, allowed: reason === null, reason, message: reason && MESSAGES[reason] };
  });
}

/** An order may do what any of its packages may; otherwise the first package's reason (or the order's own). */
export function orderActions(actor: Actor, order: OrderFacts, packages: ActionState[][]): ActionState[] {
  return PACKAGE_ACTIONS.map((action, i) => {
    const states = packages.map((list) => list[i]!);
    const allowed = states.find((s) => s.allowed);
    if (allowed) return allowed;
    if (states[0]) return states[0];
    const reason: ActionBlock = (permitted(actor, action, null) ? orderBlock([order]) : 'NOT_PERMITTED') ?? 'NO_PACKAGE';
    return { action, allowed: false, reason, message: MESSAGES[reason] };
  });
}
