import { z } from 'zod';
import {
  batchErrorSchema,
  bool,
  dimensionSchema,
  id,
  int,
  intLike,
  money,
  openEnum,
  shippingAddressSchema,
  str,
  unixSeconds,
  weightSchema,
  wireObject,
  type Dimension,
  type PageQuery,
  type Weight,
} from './common.js';

export const PACKAGE_STATUSES = ['PROCESSING', 'FULFILLING', 'COMPLETED', 'CANCELLED'] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number] | (string & {});
const packageStatus = openEnum(PACKAGE_STATUSES);
const handoverMethod = openEnum(['PICKUP', 'DROP_OFF']);

export interface TimeSlot {
  start_time: number;
  end_time: number;
}
export interface SelfShipment {
  tracking_number: string;
  shipping_provider_id: string;
}
export interface TrackingInfoBody {
  tracking_number: string;
  shipping_provider_id: string;
}

const packageOrderSchema = wireObject({
  id,
  /** Deprecated by TikTok but still sent. */
  skus: z.array(wireObject({ id, name: str, image_url: str, quantity: intLike })),
});

/** POST /fulfillment/202309/packages/search */
export interface SearchPackagesQuery extends PageQuery {
  sort_field?: 'create_time' | 'update_time' | 'order_pay_time';
  sort_order?: 'ASC' | 'DESC';
}
export interface SearchPackagesBody {
  create_time_ge?: number;
  create_time_lt?: number;
  update_time_ge?: number;
  update_time_lt?: number;
  package_status?: PackageStatus;
}
export const searchPackagesDataSchema = wireObject({
  next_page_token: str,
  total_count: int,
  packages: z.array(
    wireObject({
      id,
      /** Search says `status` where package detail says `package_status`. */
      status: packageStatus,
      tracking_number: str,
      shipping_provider_id: id,
      shipping_provider_name: str,
      order_line_item_ids: z.array(id),
      orders: z.array(packageOrderSchema),
      create_time: unixSeconds,
      update_time: unixSeconds,
    }),
  ),
});
export type SearchPackagesData = z.infer<typeof searchPackagesDataSchema>;

/** GET /fulfillment/202309/packages/{package_id} */
export const getPackageDetailDataSchema = wireObject({
  package_id: id,
  package_status: packageStatus,
  order_line_item_ids: z.array(id),
  orders: z.array(packageOrderSchema),
  shipping_type: openEnum(['TIKTOK', 'SELLER']),
  delivery_option_id: id,
  delivery_option_name: str,
  handover_method: handoverMethod,
  pickup_slot: wireObject({ start_time: unixSeconds, end_time: unixSeconds }),
  tracking_number: str,
  last_mile_tracking_number: str,
  shipping_provider_id: id,
  shipping_provider_name: str,
  split_and_combine_tag: openEnum(['DEFAULT', 'COMBINE', 'SPLIT']),
  has_multi_skus: bool,
  note_tag: openEnum(['BUYER_NOTED', 'BUYER_UNNOTED']),
  dimension: dimensionSchema,
  weight: weightSchema,
  sender_address: shippingAddressSchema,
  recipient_address: shippingAddressSchema,
  insurance: wireObject({
    is_purchased: bool,
    coverage_amount: money,
    is_claim_eligible: bool,
    claim_status: openEnum(['NOT_STARTED', 'CLAIM_PENDING', 'APPROVED', 'DECLINED']),
  }),
  create_time: unixSeconds,
  update_time: unixSeconds,
});
export type GetPackageDetailData = z.infer<typeof getPackageDetailDataSchema>;

/** GET /fulfillment/202309/orders/split_attributes?order_ids= */
export const getOrderSplitAttributesDataSchema = wireObject({
  split_attributes: z.array(
    wireObject({
      order_id: id,
      can_split: bool,
      reason: str,
      must_split: bool,
      must_split_reasons: z.array(
        wireObject({
          type: openEnum(['CATEGORY_ITEM_LIMITATION', 'TOTAL_COUNT_LIMITATION']),
          category_id: id,
          /** A string in the docs sample. */
          max_count: intLike,
        }),
      ),
    }),
  ),
});
export type GetOrderSplitAttributesData = z.infer<typeof getOrderSplitAttributesDataSchema>;

/** POST /fulfillment/202309/orders/{order_id}/split */
export interface SplitOrderBody {
  /** `id` is a label chosen by the caller and echoed back as `splittable_group_id`. */
  splittable_groups: Array<{ id: string; order_line_item_ids: string[] }>;
}
export const splitOrderDataSchema = wireObject({
  packages: z.array(wireObject({ id, splittable_group_id: str })),
});
export type SplitOrderData = z.infer<typeof splitOrderDataSchema>;

/** GET /fulfillment/202309/combinable_packages/search */
export const searchCombinablePackagesDataSchema = wireObject({
  next_page_token: str,
  total_count: int,
  combinable_packages: z.array(wireObject({ id, order_ids: z.array(id) })),
});
export type SearchCombinablePackagesData = z.infer<typeof searchCombinablePackagesDataSchema>;

const packagesWithOrdersSchema = z.array(wireObject({ id, order_ids: z.array(id) }));

/** POST /fulfillment/202309/packages/combine — partial failures come back in `errors` with code 0. */
export interface CombinePackagesBody {
  combinable_packages: Array<{ id: string; order_ids: string[] }>;
}
export const combinePackagesDataSchema = wireObject({ packages: packagesWithOrdersSchema, errors: z.array(batchErrorSchema) });
export type CombinePackagesData = z.infer<typeof combinePackagesDataSchema>;

/** POST /fulfillment/202309/packages/{package_id}/uncombine */
export interface UncombinePackageBody {
  order_ids: string[];
}
export const uncombinePackageDataSchema = wireObject({ packages: packagesWithOrdersSchema });
export type UncombinePackageData = z.infer<typeof uncombinePackageDataSchema>;

/** POST /fulfillment/202309/orders/{order_id}/packages (Mark Package As Shipped, 3PL). */
export interface MarkPackageShippedBody {
  tracking_number: string;
  shipping_provider_id: string;
  /** A subset ships part of the order (split shipment). */
  order_line_item_ids?: string[];
}
export const markPackageShippedDataSchema = wireObject({
  order_id: id,
  order_line_item_ids: z.array(id),
  package_id: id,
  /** Success with a caveat, e.g. "match more than one provider". */
  warning: wireObject({ message: str }),
});
export type MarkPackageShippedData = z.infer<typeof markPackageShippedDataSchema>;

/** POST /fulfillment/202309/packages/{package_id}/ship */
export interface ShipPackageBody {
  handover_method?: 'PICKUP' | 'DROP_OFF';
  pickup_slot?: TimeSlot;
  /** Required for SEND_BY_SELLER packages. */
  self_shipment?: SelfShipment;
}

/** POST /fulfillment/202309/packages/ship — per-package failures in `errors` with code 0. */
export interface BatchShipPackagesBody {
  packages: Array<ShipPackageBody & { id: string }>;
}
export const batchShipPackagesDataSchema = wireObject({ errors: z.array(batchErrorSchema) });
export type BatchShipPackagesData = z.infer<typeof batchShipPackagesDataSchema>;

/** GET /fulfillment/202309/packages/{package_id}/handover_time_slots */
export const getHandoverTimeSlotsDataSchema = wireObject({
  can_pickup: bool,
  can_drop_off: bool,
  can_van_collection: bool,
  drop_off_point_url: str,
  pickup_slots: z.array(
    wireObject({
      start_time: unixSeconds,
      end_time: unixSeconds,
      /** Misspelled on the wire. */
      avaliable: bool,
    }),
  ),
});
export type GetHandoverTimeSlotsData = z.infer<typeof getHandoverTimeSlotsDataSchema>;

/** GET /fulfillment/202309/packages/{package_id}/shipping_documents */
export interface GetShippingDocumentQuery {
  document_type:
    | 'SHIPPING_LABEL'
    | 'PACKING_SLIP'
    | 'SHIPPING_LABEL_AND_PACKING_SLIP'
    | 'SHIPPING_LABEL_PICTURE'
    | 'HAZMAT_LABEL'
    | 'INVOICE_LABEL';
  document_size?: 'A6' | 'A5';
  document_format?: 'PDF' | 'ZPL';
}
export const getShippingDocumentDataSchema = wireObject({
  /** Valid for 24 hours. */
  doc_url: str,
  tracking_number: str,
});
export type GetShippingDocumentData = z.infer<typeof getShippingDocumentDataSchema>;

/** GET /fulfillment/202309/orders/{order_id}/tracking */
export const getTrackingDataSchema = wireObject({
  tracking: z.array(
    wireObject({
      description: str,
      /** Milliseconds, unlike every other time field. */
      update_time_millis: int,
    }),
  ),
});
export type GetTrackingData = z.infer<typeof getTrackingDataSchema>;

const shippingServiceSchema = wireObject({
  id,
  name: str,
  price: money,
  /** Not always ISO ("dollar" in a docs sample). */
  currency: str,
  shipping_provider_id: id,
  shipping_provider_name: str,
  earliest_delivery_days: int,
  latest_delivery_days: int,
  is_default: bool,
});

/** POST /fulfillment/202309/orders/{order_id}/shipping_services/query (US 4PL). */
export interface GetEligibleShippingServicesBody {
  order_line_item_ids?: string[];
  weight?: Weight;
  /** All three dimensions together. */
  dimension?: Dimension;
}
export const getEligibleShippingServicesDataSchema = wireObject({
  order_id: id,
  /** Not `order_line_item_ids` in this response. */
  order_line_id: z.array(id),
  weight: weightSchema,
  dimension: dimensionSchema,
  shipping_services: z.array(shippingServiceSchema),
});
export type GetEligibleShippingServicesData = z.infer<typeof getEligibleShippingServicesDataSchema>;

/** POST /fulfillment/202309/packages (Create Packages: US 4PL label purchase). */
export interface CreatePackagesBody {
  order_id: string;
  order_line_item_ids?: string[];
  /** The default service when omitted. */
  shipping_service_id?: string;
  weight?: Weight;
  dimension?: Dimension;
}
export const createPackagesDataSchema = wireObject({
  package_id: id,
  order_id: id,
  order_line_item_ids: z.array(id),
  shipping_service_info: shippingServiceSchema,
  weight: weightSchema,
  dimension: dimensionSchema,
  create_time: unixSeconds,
});
export type CreatePackagesData = z.infer<typeof createPackagesDataSchema>;
