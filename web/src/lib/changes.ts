import type { ChangeSource } from '../gql/graphql';
import { humanize } from './format';

/** Where a change came from, as the person at the screen would put it. Exhaustive: a new source needs a label. */
export function sourceLabel(source: ChangeSource): string {
  switch (source) {
    case 'WEBHOOK':
      return 'TikTok notification';
    case 'POLL':
      return 'Reconciliation poll';
    case 'BACKFILL':
      return 'Initial import';
    case 'USER':
      return 'Console';
    case 'THREE_PL':
      return '3PL partner';
    case 'SYSTEM':
      return 'Hub';
    default: {
      const unknown: never = source;
      return unknown;
    }
  }
}

/**
 * The journal's `kind` is an open string (the API adds kinds without a schema change), so known kinds get
 * a plain-language label and any other is shown humanized rather than hidden.
 */
const KIND_LABELS: Record<string, string> = {
  ORDER_CREATED: 'Order received',
  ORDER_STATUS_CHANGED: 'Status changed',
  ORDER_UPDATED: 'Details updated',
  ORDERS_IMPORTED: 'Imported from TikTok',
  SHOP_CONNECTED: 'Shop connected',
  SHOP_DISCONNECTED: 'Shop disconnected',
  BACKFILL_PROGRESS: 'Import progress',
  BACKFILL_DONE: 'Import finished',
  REAUTHORIZATION_NEEDED: 'Re-authorization needed',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? humanize(kind);
}
