import { createHash } from 'node:crypto';
import { z } from 'zod';
import { verifyWebhookSignature } from './signing.js';
import { bool, id, numberLike, openEnum, str, unixSeconds, wireObject } from './wire/common.js';
import { ORDER_STATUSES } from './wire/orders.js';
import { CANCEL_STATUSES, RETURN_STATUSES } from './wire/return-refund.js';

/** Fields common to every delivery (API.md §10.3); `tts_notification_id` is missing in older payloads. */
const envelope = {
  shop_id: id,
  tts_notification_id: id.optional(),
  timestamp: unixSeconds.optional(),
};

function eventSchema<Type extends number, Topic extends string, Data extends z.ZodType>(type: Type, topic: Topic, data: Data) {
  return z
    .looseObject({ type: z.literal(type), ...envelope, data })
    .transform((event) => ({ ...event, topic }));
}

/** The type-1 docs spell the status `CANCEL`; treated as the order API's `CANCELLED`. */
const webhookOrderStatus = openEnum(ORDER_STATUSES).transform((status) => (status === 'CANCEL' ? 'CANCELLED' : status));

const orderStatusChange = eventSchema(
  1,
  'ORDER_STATUS_CHANGE',
  wireObject({ order_status: webhookOrderStatus, is_on_hold_order: bool, update_time: unixSeconds }).extend({ order_id: id }),
);
const recipientAddressUpdate = eventSchema(
  3,
  'RECIPIENT_ADDRESS_UPDATE',
  wireObject({ update_time: unixSeconds }).extend({ order_id: id }),
);
const packageUpdate = eventSchema(
  4,
  'PACKAGE_UPDATE',
  wireObject({
    sc_type: openEnum([
      'COMBINE',
      'CANCEL_COMBINE',
      'SPLIT',
      'CANCEL_SPLIT',
      'ADDRESS_UPDATE_SPLIT',
      'CANCEL_FULFILL_SPLIT',
      'FULFILL_UNCOMBINE',
      'PARTLY_CANCEL_SPLIT',
      'SPLIT_BY_SKU_CANCEL',
    ]),
    role_type: openEnum(['ROLE_USER', 'ROLE_SELLER', 'ROLE_OPERATOR', 'ROLE_SYSTEM']),
    package_list: z.array(wireObject({ package_id: id, order_id_list: z.array(id) })),
    update_time: unixSeconds,
  }),
);
const sellerDeauthorization = eventSchema(6, 'SELLER_DEAUTHORIZATION', wireObject({ message: str }));
const upcomingAuthorizationExpiration = eventSchema(
  7,
  'UPCOMING_AUTHORIZATION_EXPIRATION',
  // A string of Unix seconds in the docs sample: normalized to a number.
  wireObject({ message: str, expiration_time: numberLike }),
);
const cancellationStatusChange = eventSchema(
  11,
  'CANCELLATION_STATUS_CHANGE',
  wireObject({
    cancellations_role: openEnum(['BUYER', 'SELLER', 'SYSTEM']),
    cancel_status: openEnum(CANCEL_STATUSES),
    create_time: unixSeconds,
  }).extend({ order_id: id, cancel_id: id }),
);
const returnStatusChange = eventSchema(
  12,
  'RETURN_STATUS_CHANGE',
  wireObject({
    return_role: str,
    return_type: openEnum(['REFUND', 'RETURN_AND_REFUND', 'REPLACEMENT']),
    return_status: openEnum(RETURN_STATUSES),
    create_time: unixSeconds,
    update_time: unixSeconds,
  }).extend({ order_id: id, return_id: id }),
);

const KNOWN_EVENT_SCHEMAS = {
  1: orderStatusChange,
  3: recipientAddressUpdate,
  4: packageUpdate,
  6: sellerDeauthorization,
  7: upcomingAuthorizationExpiration,
  11: cancellationStatusChange,
  12: returnStatusChange,
} as const;

export type OrderStatusChangeEvent = z.output<typeof orderStatusChange>;
export type RecipientAddressUpdateEvent = z.output<typeof recipientAddressUpdate>;
export type PackageUpdateEvent = z.output<typeof packageUpdate>;
export type SellerDeauthorizationEvent = z.output<typeof sellerDeauthorization>;
export type UpcomingAuthorizationExpirationEvent = z.output<typeof upcomingAuthorizationExpiration>;
export type CancellationStatusChangeEvent = z.output<typeof cancellationStatusChange>;
export type ReturnStatusChangeEvent = z.output<typeof returnStatusChange>;

/** Any other `type` (product, chat, FBT…): kept as received, never dropped. */
export interface UnknownWebhookEvent {
  topic: 'UNKNOWN';
  type: number;
  shop_id?: string;
  raw: unknown;
}

export type KnownWebhookEvent =
  | OrderStatusChangeEvent
  | RecipientAddressUpdateEvent
  | PackageUpdateEvent
  | SellerDeauthorizationEvent
  | UpcomingAuthorizationExpirationEvent
  | CancellationStatusChangeEvent
  | ReturnStatusChangeEvent;

/** Switch on `topic` (TikTok's event_type name). */
export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;

export type WebhookParseResult =
  | {
      status: 'verified';
      event: WebhookEvent;
      /**
       * Deliveries repeat: dedupe on this. It is `tts_notification_id` when present, otherwise a hash
       * of the exact body (a retry resends the same bytes).
       */
      dedupeKey: string;
    }
  /** The `Authorization` header does not match: answer 401 and ignore the body. */
  | { status: 'bad_signature' }
  /** Signed by TikTok but not understood: acknowledge, log `raw`, and reconcile by polling. */
  | { status: 'malformed'; reason: string; raw: unknown };

function isKnownType(type: number): type is keyof typeof KNOWN_EVENT_SCHEMAS {
  return Object.hasOwn(KNOWN_EVENT_SCHEMAS, type);
}

/**
 * Verifies and parses one webhook delivery. `rawBody` must be the bytes as received: the signature
 * covers them, and re-serialized JSON differs (TikTok escapes `&` as `\u0026`, for one).
 */
export function parseWebhook(
  rawBody: Buffer,
  authorizationHeader: string | undefined,
  appKey: string,
  appSecret: string,
): WebhookParseResult {
  if (!verifyWebhookSignature(rawBody, authorizationHeader, appKey, appSecret)) return { status: 'bad_signature' };

  let raw: unknown;
  try {
    raw = JSON.parse(rawBody.toString('utf8'));
  } catch (error) {
    return { status: 'malformed', reason: `body is not JSON: ${(error as Error).message}`, raw: rawBody.toString('utf8') };
  }
  const head = z.looseObject({ type: z.number().int(), tts_notification_id: z.string().optional() }).safeParse(raw);
  if (!head.success) return { status: 'malformed', reason: 'no numeric `type`', raw };

  const dedupeKey = head.data.tts_notification_id ?? `sha256:${createHash('sha256').update(rawBody).digest('hex')}`;
  const { type } = head.data;
  if (!isKnownType(type)) {
    const shopId = (raw as { shop_id?: unknown }).shop_id;
    return { status: 'verified', dedupeKey, event: { topic: 'UNKNOWN', type, shop_id: typeof shopId === 'string' ? shopId : undefined, raw } };
  }
  const parsed = KNOWN_EVENT_SCHEMAS[type].safeParse(raw);
  if (!parsed.success) return { status: 'malformed', reason: z.prettifyError(parsed.error), raw };
  return { status: 'verified', dedupeKey, event: parsed.data };
}
