export type DeadlineKind = 'ship' | 'autoCancelShip' | 'collect' | 'autoCancelCollect' | 'deliver' | 'autoCancelDeliver';

/** The deadline fields of an order, as any fragment on OrderDeadlines selects them. */
type DeadlineFields = { next?: string | null } & Partial<Record<'rtsSla' | 'shippingDue' | 'ttsSla' | 'collectionDue' | 'deliverySla' | 'deliveryDue', string | null>>;

/** How each deadline reads in a countdown ("ships in 3h", "ship 2h overdue") and in the detail list. */
export const DEADLINE_TEXT: Record<DeadlineKind, { label: string; before: string; after: string }> = {
  ship: { label: 'Ready to ship (SLA)', before: 'ships in', after: 'ship overdue by' },
  autoCancelShip: { label: 'Ship or auto-cancel', before: 'auto-cancels in', after: 'past auto-cancel by' },
  collect: { label: 'Carrier collection (SLA)', before: 'collection in', after: 'collection late by' },
  autoCancelCollect: { label: 'Collect or auto-cancel', before: 'auto-cancels in', after: 'past auto-cancel by' },
  deliver: { label: 'Delivery (SLA)', before: 'deliver in', after: 'delivery late by' },
  autoCancelDeliver: { label: 'Deliver or auto-cancel', before: 'auto-cancels in', after: 'past auto-cancel by' },
};

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
