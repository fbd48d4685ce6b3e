/**
 * The one transition table for customer-service decisions (API.md §8.2 and the approve/reject error
 * table): which TikTok decision fits which case type in which status. The hub checks it under the
 * case's row lock before anything is pushed, so a decision on a case that moved on (buyer withdrew,
 * TikTok auto-approved, the parcel is already accepted) is refused with the status it is in now.
 */
import type { AfterSaleKind, AfterSaleType } from './after-sale.enums.js';

export const RETURN_APPROVE_DECISIONS = [
  'APPROVE_REFUND',
  'APPROVE_RETURN',
  'APPROVE_RECEIVED_PACKAGE',
  'APPROVE_REPLACEMENT',
  'ISSUE_REPLACEMENT_REFUND',
  'OFFER_PARTIAL_REFUND',
] as const;
export type ReturnApproveDecision = (typeof RETURN_APPROVE_DECISIONS)[number];

export const RETURN_REJECT_DECISIONS = ['REJECT_REFUND', 'REJECT_RETURN', 'REJECT_RECEIVED_PACKAGE', 'REJECT_REPLACEMENT'] as const;
export type ReturnRejectDecision = (typeof RETURN_REJECT_DECISIONS)[number];

export type Decision = ReturnApproveDecision | ReturnRejectDecision | 'APPROVE_CANCELLATION' | 'REJECT_CANCELLATION';

interface Rule {
  kind: AfterSaleKind;
  types: readonly AfterSaleType[];
  statuses: readonly string[];
  /** TikTok refuses the decision without a reject reason. */
  needsReason: boolean;
}

const PENDING = 'RETURN_OR_REFUND_REQUEST_PENDING';
const SHIPPED = 'BUYER_SHIPPED_ITEM';
const REPLACEMENT_PENDING = 'REPLACEMENT_REQUEST_PENDING';

export const DECISION_RULES: Record<Decision, Rule> = {
  APPROVE_CANCELLATION: { kind: 'CANCELLATION', types: ['BUYER_CANCEL', 'CANCEL'], statuses: ['CANCELLATION_REQUEST_PENDING'], needsReason: false },
  REJECT_CANCELLATION: { kind: 'CANCELLATION', types: ['BUYER_CANCEL', 'CANCEL'], statuses: ['CANCELLATION_REQUEST_PENDING'], needsReason: true },
  APPROVE_REFUND: { kind: 'RETURN', types: ['REFUND'], statuses: [PENDING], needsReason: false },
  APPROVE_RETURN: { kind: 'RETURN', types: ['RETURN_AND_REFUND'], statuses: [PENDING], needsReason: false },
  APPROVE_RECEIVED_PACKAGE: { kind: 'RETURN', types: ['RETURN_AND_REFUND'], statuses: [SHIPPED], needsReason: false },
  APPROVE_REPLACEMENT: { kind: 'RETURN', types: ['REPLACEMENT'], statuses: [REPLACEMENT_PENDING], needsReason: false },
  ISSUE_REPLACEMENT_REFUND: { kind: 'RETURN', types: ['REPLACEMENT'], statuses: [REPLACEMENT_PENDING], needsReason: false },
  OFFER_PARTIAL_REFUND: { kind: 'RETURN', types: ['REFUND', 'RETURN_AND_REFUND'], statuses: [PENDING], needsReason: false },
  REJECT_REFUND: { kind: 'RETURN', types: ['REFUND'], statuses: [PENDING], needsReason: true },
  REJECT_RETURN: { kind: 'RETURN', types: ['RETURN_AND_REFUND'], statuses: [PENDING], needsReason: true },
  REJECT_RECEIVED_PACKAGE: { kind: 'RETURN', types: ['RETURN_AND_REFUND'], statuses: [SHIPPED], needsReason: true },
  REJECT_REPLACEMENT: { kind: 'RETURN', types: ['REPLACEMENT'], statuses: [REPLACEMENT_PENDING], needsReason: true },
};

export interface CaseState {
  kind: AfterSaleKind;
  type: AfterSaleType;
  status: string;
  arbitrationStatus: string | null;
}

export type RuleViolation = { code: 'WRONG_TYPE' | 'WRONG_STATUS' | 'ARBITRATION_IN_PROGRESS'; message: string };

export function checkDecision(c: CaseState, decision: Decision): RuleViolation | null {
  const rule = DECISION_RULES[decision];
  if (rule.kind !== c.kind || !rule.types.includes(c.type)) {
    return { code: 'WRONG_TYPE', message: `${decision} does not apply to a ${c.type} case.` };
  }
  if (c.arbitrationStatus === 'IN_PROGRESS') {
    return { code: 'ARBITRATION_IN_PROGRESS', message: 'The buyer appealed: TikTok decides this case now.' };
  }
  if (!rule.statuses.includes(c.status)) {
    return { code: 'WRONG_STATUS', message: `The case is ${c.status}; ${decision} needs ${rule.statuses.join(' or ')}.` };
  }
  return null;
}

/** Decisions that may be taken now (for the console's buttons): the table applied to the case. */
export function availableDecisions(c: CaseState): Decision[] {
  return (Object.keys(DECISION_RULES) as Decision[]).filter((d) => checkDecision(c, d) === null);
}

/**
 * Seller Cancel Order reasons for a paid order that has not shipped (TikTok's cancel-reasons pages):
 * UK names carry a `_uk` suffix and the UK has no "buyer requested" reason. A reason outside the list
 * is what TikTok refuses with 25001021.
 */
const US_SELLER_CANCEL = [
  { name: 'seller_cancel_reason_out_of_stock', text: 'Out of stock' },
  { name: 'seller_cancel_reason_wrong_price', text: 'Pricing error' },
  { name: 'seller_cancel_paid_reason_address_not_deliver', text: 'Unable to deliver to buyer address' },
  { name: 'seller_cancel_paid_reason_buyer_requested_cancellation', text: 'Buyer requested cancellation' },
];

export function sellerCancelReasons(orderStatus: string, region: string | null): { name: string; text: string }[] {
  if (!sellerCancelAllowed(orderStatus, region)) return [];
  return region === 'GB' ? US_SELLER_CANCEL.slice(0, 3).map((r) => ({ ...r, name: `${r.name}_uk` })) : US_SELLER_CANCEL;
}

/** Seller Cancel Order by order status (§8.1): before shipping, and AWAITING_COLLECTION in the US only. */
export function sellerCancelAllowed(orderStatus: string, region: string | null): boolean {
  if (orderStatus === 'ON_HOLD' || orderStatus === 'AWAITING_SHIPMENT' || orderStatus === 'PARTIALLY_SHIPPING') return true;
  return orderStatus === 'AWAITING_COLLECTION' && region === 'US';
}

/** Only an out-of-stock cancel may take some units and leave the rest (US and UK). */
export function partialCancelAllowed(reason: string): boolean {
  return /reason_out_of_stock/.test(reason);
}
