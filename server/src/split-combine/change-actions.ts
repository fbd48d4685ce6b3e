/**
 * Which re-shaping actions a package allows now, decided by the very rule functions the split/combine
 * mutations run (`splitBlocker`, `combineOrderBlocker`, `uncombineBlocker`) and TikTok's split verdict, so
 * `supportedActions` and the mutations cannot disagree; the codes are the mutations' error codes.
 */
import { combineOrderBlocker, uncombineBlocker } from './combine-rules.js';
import type { OrderFacts } from './facts.js';
import { changeMessage, type PackageChangeErrorCode } from './package-change.errors.js';
import { splitBlocker } from './split-rules.js';
import { isCheckFailure, type CheckFailure } from './tiktok-checks.js';

export const CHANGE_ACTIONS = ['SPLIT', 'COMBINE', 'UNCOMBINE', 'UNDO_SPLIT'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

export const CHANGE_BLOCKS = [
  'FULFILLED_BY_TIKTOK',
  'ORDER_UNPAID',
  'ORDER_ON_HOLD',
  'ORDER_CANCELLED',
  'ORDER_SHIPPED',
  'CANCEL_REQUESTED',
  'CHANGE_PENDING',
  'ORDER_COMBINED',
  'SINGLE_UNIT',
  'SINGLE_SKU',
  'ALREADY_COMBINED',
  'ORDER_SPLIT',
  'NOT_COMBINED',
  'PACKAGE_SHIPPED',
  'NOT_UNDOABLE',
  'TIKTOK_CANNOT_SPLIT',
  'SHOP_DISCONNECTED',
  'TIKTOK_UNAVAILABLE',
] as const satisfies readonly PackageChangeErrorCode[];
export type ChangeBlock = (typeof CHANGE_BLOCKS)[number];

export interface ChangeVerdict {
  code: ChangeBlock;
  message: string;
}

/** TikTok's answer to "may this order be split" (Get Order Split Attributes), or why it could not be asked. */
export type TikTokSplitAnswer = ChangeVerdict | null;

/** TikTok's split verdict as the packer hears it, in packageSplit's userErrors and in supportedActions alike. */
export function tiktokSplitAnswer(answer: { reason: string } | null | CheckFailure): TikTokSplitAnswer {
  if (isCheckFailure(answer)) return { code: answer.code, message: answer.message };
  return answer ? { code: 'TIKTOK_CANNOT_SPLIT', message: `TikTok does not allow this split: ${answer.reason}` } : null;
}

const verdict = (code: ChangeBlock | null): ChangeVerdict | null => (code ? { code, message: changeMessage(code) } : null);

/** The order whose split the package's SPLIT action stands for: its only order (a combined package is refused by the rule). */
export function splitCandidate(orders: OrderFacts[]): OrderFacts | null {
  return orders[0] ?? null;
}

/**
 * Why `action` may not be taken on package `packageId` holding units of `orders`, or null. `tiktokSplit` is
 * TikTok's answer for the split candidate, asked only when our rules let it be split.
 */
export function changeActionBlock(action: ChangeAction, packageId: number, orders: OrderFacts[], tiktokSplit: TikTokSplitAnswer = null): ChangeVerdict | null {
  const [first] = orders;
  if (!first) return verdict('ORDER_SHIPPED');
  switch (action) {
    case 'SPLIT':
      return verdict(splitBlocker(first)) ?? tiktokSplit;
    case 'COMBINE':
      return verdict(orders.map(combineOrderBlocker).find((b) => b !== null) ?? null);
    case 'UNCOMBINE': {
      const pkg = first.packages.find((p) => p.id === packageId);
      return verdict(pkg ? uncombineBlocker(pkg, orders.some((o) => o.changePending)) : 'NOT_COMBINED');
    }
    case 'UNDO_SPLIT':
      return verdict(orders.some((o) => o.undoableSplitId !== null) ? null : 'NOT_UNDOABLE');
  }
}
