import type { AfterSaleDecision, AfterSaleType, SyncStatus } from '../gql/graphql';
import { formatDuration, humanize } from './format';
import { href } from './router';

/** Customer-service vocabulary: what TikTok's case types, statuses and decisions mean at the desk. */

export const TYPE_LABEL: Record<AfterSaleType, string> = {
  BUYER_CANCEL: 'Cancellation request',
  CANCEL: 'Cancellation',
  REFUND: 'Refund only',
  RETURN_AND_REFUND: 'Return and refund',
  REPLACEMENT: 'Replacement',
};

/** The inbox's type filter: TikTok's five types read as four kinds of work. */
export const TYPE_FILTERS: { key: string; label: string; types: AfterSaleType[] }[] = [
  { key: 'cancellations', label: 'Cancellations', types: ['BUYER_CANCEL', 'CANCEL'] },
  { key: 'refunds', label: 'Refunds', types: ['REFUND'] },
  { key: 'returns', label: 'Returns', types: ['RETURN_AND_REFUND'] },
  { key: 'replacements', label: 'Replacements', types: ['REPLACEMENT'] },
];

type Tone = 'info' | 'warning' | 'success' | 'danger' | 'neutral' | 'accent';

/**
 * TikTok's cancel_status / return_status as a person would say it. The statuses are open strings in the
 * API (TikTok adds some and spells one two ways), so an unknown one is shown humanized.
 */
const STATUS: Record<string, { label: string; tone: Tone }> = {
  CANCELLATION_REQUEST_PENDING: { label: 'Awaiting your answer', tone: 'warning' },
  CANCELLATION_REQUEST_SUCCESS: { label: 'Cancellation approved', tone: 'success' },
  CANCELLATION_REQUEST_CANCEL: { label: 'Withdrawn or rejected', tone: 'neutral' },
  CANCELLATION_REQUEST_CANCELLED: { label: 'Withdrawn or rejected', tone: 'neutral' },
  CANCELLATION_REQUEST_COMPLETE: { label: 'Cancelled and refunded', tone: 'success' },
  RETURN_OR_REFUND_REQUEST_PENDING: { label: 'Awaiting your answer', tone: 'warning' },
  REFUND_OR_RETURN_REQUEST_REJECT: { label: 'Rejected', tone: 'danger' },
  AWAITING_BUYER_SHIP: { label: 'Waiting for the buyer to ship', tone: 'info' },
  BUYER_SHIPPED_ITEM: { label: 'Parcel on its way back', tone: 'warning' },
  REJECT_RECEIVE_PACKAGE: { label: 'Returned parcel rejected', tone: 'danger' },
  RETURN_OR_REFUND_REQUEST_SUCCESS: { label: 'Approved, refund under way', tone: 'accent' },
  RETURN_OR_REFUND_REQUEST_CANCEL: { label: 'Withdrawn by the buyer', tone: 'neutral' },
  RETURN_OR_REFUND_REQUEST_COMPLETE: { label: 'Refunded', tone: 'success' },
  AWAITING_BUYER_RESPONSE: { label: 'Partial refund offered', tone: 'info' },
  REPLACEMENT_REQUEST_PENDING: { label: 'Awaiting your answer', tone: 'warning' },
  REPLACEMENT_REQUEST_REJECT: { label: 'Replacement rejected', tone: 'danger' },
  REPLACEMENT_REQUEST_REFUND_SUCCESS: { label: 'Refunded instead', tone: 'success' },
  REPLACEMENT_REQUEST_CANCEL: { label: 'Withdrawn by the buyer', tone: 'neutral' },
  REPLACEMENT_REQUEST_COMPLETE: { label: 'Replacement sent', tone: 'success' },
};

export function statusLabel(status: string): { label: string; tone: Tone } {
  return STATUS[status] ?? { label: humanize(status), tone: 'neutral' };
}

/** The statuses offered in the inbox's status filter, for the type filter chosen (all when none). */
export function statusesFor(types: AfterSaleType[] | null): string[] {
  const cancel = ['CANCELLATION_REQUEST_PENDING', 'CANCELLATION_REQUEST_SUCCESS', 'CANCELLATION_REQUEST_CANCEL', 'CANCELLATION_REQUEST_COMPLETE'];
  const ret = [
    'RETURN_OR_REFUND_REQUEST_PENDING',
    'AWAITING_BUYER_SHIP',
    'BUYER_SHIPPED_ITEM',
    'AWAITING_BUYER_RESPONSE',
    'RETURN_OR_REFUND_REQUEST_SUCCESS',
    'REFUND_OR_RETURN_REQUEST_REJECT',
    'REJECT_RECEIVE_PACKAGE',
    'RETURN_OR_REFUND_REQUEST_CANCEL',
    'RETURN_OR_REFUND_REQUEST_COMPLETE',
  ];
  const rep = ['REPLACEMENT_REQUEST_PENDING', 'REPLACEMENT_REQUEST_REJECT', 'REPLACEMENT_REQUEST_REFUND_SUCCESS', 'REPLACEMENT_REQUEST_CANCEL', 'REPLACEMENT_REQUEST_COMPLETE'];
  if (!types) return [...cancel, ...ret, ...rep];
  return [
    ...(types.some((t) => t === 'CANCEL' || t === 'BUYER_CANCEL') ? cancel : []),
    ...(types.some((t) => t === 'REFUND' || t === 'RETURN_AND_REFUND') ? ret : []),
    ...(types.includes('REPLACEMENT') ? rep : []),
  ];
}

/** What TikTok waits for from the seller, as the task in front of the agent. */
const NEXT_ACTION: Record<string, string> = {
  SELLER_RESPOND_CANCEL: 'Answer the cancellation request',
  SELLER_RESPOND_REFUND: 'Answer the refund request',
  SELLER_RESPOND_RETURN: 'Answer the return request',
  SELLER_RESPOND_RECEIVE_PACKAGE: 'Check the returned parcel',
  SELLER_RESPOND_REPLACEMENT: 'Answer the replacement request',
};

export function nextActionLabel(action: string | null | undefined): string | null {
  return action ? (NEXT_ACTION[action] ?? humanize(action.replace(/^SELLER_/, ''))) : null;
}

export interface DecisionText {
  label: string;
  /** What happens, shown before the agent confirms. */
  effect: string;
  reject: boolean;
}

/** Every decision the API offers, with what it does; exhaustive, so a new decision needs its words. */
export const DECISION_TEXT: Record<AfterSaleDecision, DecisionText> = {
  APPROVE_CANCELLATION: { label: 'Approve cancellation', effect: 'TikTok cancels the order and refunds the buyer. Do not ship it.', reject: false },
  REJECT_CANCELLATION: { label: 'Reject cancellation', effect: 'The order stays open and must still ship on time.', reject: true },
  APPROVE_REFUND: { label: 'Approve refund', effect: 'TikTok refunds the buyer in full; nothing comes back.', reject: false },
  REJECT_REFUND: { label: 'Reject refund', effect: 'The buyer is told why and may appeal to TikTok.', reject: true },
  APPROVE_RETURN: { label: 'Approve return', effect: 'The buyer sends the item back; you refund once it arrives.', reject: false },
  REJECT_RETURN: { label: 'Reject return', effect: 'The buyer is told why and may appeal to TikTok.', reject: true },
  APPROVE_RECEIVED_PACKAGE: { label: 'Accept returned parcel', effect: 'The parcel arrived as expected: TikTok refunds the buyer.', reject: false },
  REJECT_RECEIVED_PACKAGE: { label: 'Reject returned parcel', effect: 'The parcel is not what was promised; the buyer may appeal.', reject: true },
  APPROVE_REPLACEMENT: { label: 'Approve replacement', effect: 'TikTok creates a replacement order for you to ship.', reject: false },
  ISSUE_REPLACEMENT_REFUND: { label: 'Refund instead', effect: 'No replacement: the buyer is refunded instead.', reject: false },
  REJECT_REPLACEMENT: { label: 'Reject replacement', effect: 'The buyer is told why and may appeal to TikTok.', reject: true },
  OFFER_PARTIAL_REFUND: { label: 'Offer partial refund', effect: 'The buyer may accept the smaller amount or decline it.', reject: false },
};

/** How a decision's journey to TikTok reads next to the case. */
export const SYNC_TEXT: Record<SyncStatus, { label: string; tone: Tone }> = {
  PENDING: { label: 'Sending to TikTok', tone: 'info' },
  SYNCED: { label: 'In sync with TikTok', tone: 'success' },
  FAILED: { label: 'TikTok refused', tone: 'danger' },
};

/** Within this many hours of its response deadline a case counts as urgent (amber); past it, red. */
export const URGENT_HOURS = 4;

export function deadlineTone(deadline: string | null | undefined, now: number): 'overdue' | 'urgent' | 'ok' | 'none' {
  if (!deadline) return 'none';
  const left = Date.parse(deadline) - now;
  return left < 0 ? 'overdue' : left < URGENT_HOURS * 3_600_000 ? 'urgent' : 'ok';
}

export function deadlineText(deadline: string, now: number): string {
  const left = Date.parse(deadline) - now;
  return left < 0 ? `${formatDuration(left)} overdue` : `${formatDuration(left)} left`;
}

/** Cases are addressed by their global id, which is opaque, so it travels encoded. */
export function afterSaleHref(id: string): string {
  return href(`/after-sales/${encodeURIComponent(id)}`);
}
