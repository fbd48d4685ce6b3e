import { formatDuration } from './format';

export type DeadlineKind = 'ship' | 'autoCancelShip' | 'collect' | 'autoCancelCollect' | 'deliver' | 'autoCancelDeliver';

/** The deadline fields of an order, as any fragment on OrderDeadlines selects them. */
type DeadlineFields = { next?: string | null } & Partial<Record<'rtsSla' | 'shippingDue' | 'ttsSla' | 'collectionDue' | 'deliverySla' | 'deliveryDue', string | null>>;

/**
 * How each deadline reads: in a countdown, "ships in 3h 12m" before it and "2h 5m late to ship" after it;
 * in the detail list, by its label.
 */
export const DEADLINE_TEXT: Record<DeadlineKind, { label: string; before: string; after: string }> = {
  ship: { label: 'Ship by (SLA)', before: 'ships in', after: 'late to ship' },
  autoCancelShip: { label: 'Auto-cancel if not shipped', before: 'auto-cancels in', after: 'past auto-cancel' },
  collect: { label: 'Collected by (SLA)', before: 'collection in', after: 'late for collection' },
  autoCancelCollect: { label: 'Auto-cancel if not collected', before: 'auto-cancels in', after: 'past auto-cancel' },
  deliver: { label: 'Delivered by (SLA)', before: 'delivery in', after: 'late to deliver' },
  autoCancelDeliver: { label: 'Auto-cancel if not delivered', before: 'auto-cancels in', after: 'past auto-cancel' },
};

export function countdownText(kind: DeadlineKind, msLeft: number): string {
  const text = DEADLINE_TEXT[kind];
  return msLeft < 0 ? `${formatDuration(msLeft)} ${text.after}` : `${text.before} ${formatDuration(msLeft)}`;
}

const FIELDS: [DeadlineKind, keyof Omit<DeadlineFields, 'next'>][] = [
  ['ship', 'rtsSla'],
  ['autoCancelShip', 'shippingDue'],
  ['collect', 'ttsSla'],
  ['autoCancelCollect', 'collectionDue'],
  ['deliver', 'deliverySla'],
  ['autoCancelDeliver', 'deliveryDue'],
];

/**
 * Which deadline `next` is. The API gives only the time, so it is matched against the named deadlines;
 * SLAs come first in FIELDS because when times coincide the SLA is the one the shop is measured on.
 */
export function nextDeadlineKind(deadlines: DeadlineFields): DeadlineKind | null {
  if (!deadlines.next) return null;
  const next = Date.parse(deadlines.next);
  for (const [kind, field] of FIELDS) {
    const value = deadlines[field];
    if (value && Date.parse(value) === next) return kind;
  }
  return 'ship';
}

export function deadlineRows(deadlines: DeadlineFields): { kind: DeadlineKind; at: string }[] {
  return FIELDS.flatMap(([kind, field]) => {
    const at = deadlines[field];
    return at ? [{ kind, at }] : [];
  });
}

/** Within this many hours of its next deadline an order counts as at risk, in the list and in the filter. */
export const AT_RISK_HOURS = [2, 4, 8, 24] as const;
export const DEFAULT_AT_RISK_HOURS = 4;
