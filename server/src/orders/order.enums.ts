/** TikTok Shop order statuses (API.md §5.3), kept with TikTok's names. */
export const ORDER_STATUSES = [
  'UNPAID',
  'ON_HOLD',
  'AWAITING_SHIPMENT',
  'PARTIALLY_SHIPPING',
  'AWAITING_COLLECTION',
  'IN_TRANSIT',
  'DELIVERED',
  'COMPLETED',
  'CANCELLED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** `SELLER` is what the requirement document calls 3PL, `TIKTOK` is 4PL (TikTok Shipping). */
export const SHIPPING_TYPES = ['SELLER', 'TIKTOK'] as const;
export type ShippingType = (typeof SHIPPING_TYPES)[number];

export const FULFILLMENT_TYPES = ['FULFILLMENT_BY_SELLER', 'FULFILLMENT_BY_TIKTOK', 'FULFILLMENT_BY_DILAYANI_TOKOPEDIA'] as const;
export type FulfillmentType = (typeof FULFILLMENT_TYPES)[number];

export const DELIVERY_TYPES = ['HOME_DELIVERY', 'COLLECTION_POINT'] as const;
export type DeliveryType = (typeof DELIVERY_TYPES)[number];

export const SPLIT_COMBINE_TAGS = ['SPLIT', 'COMBINED'] as const;
export type SplitCombineTag = (typeof SPLIT_COMBINE_TAGS)[number];

export const CANCEL_INITIATORS = ['SELLER', 'BUYER', 'SYSTEM'] as const;
export type CancelInitiator = (typeof CANCEL_INITIATORS)[number];
