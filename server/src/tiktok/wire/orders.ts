import { z } from 'zod';
import { bool, id, int, leanWireObject, money, openEnum, orderAddressSchema, str, unixSeconds, wireObject, type PageQuery } from './common.js';

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
export type OrderStatus = (typeof ORDER_STATUSES)[number] | (string & {});

const orderStatus = openEnum(ORDER_STATUSES);

export const orderLineItemSchema = leanWireObject({
  /** One line item is one unit: two of a SKU are two line items with the same `sku_id`. */
  id,
  sku_id: id,
  product_id: id,
  seller_sku: str,
  product_name: str,
  sku_name: str,
  sku_image: str,
  original_price: money,
  sale_price: money,
  seller_discount: money,
  platform_discount: money,
  currency: str,
  display_status: str,
  package_id: id,
  package_status: openEnum(['TO_FULFILL', 'PROCESSING', 'FULFILLING', 'COMPLETED', 'CANCELLED']),
  shipping_provider_id: id,
  shipping_provider_name: str,
  tracking_number: str,
  rts_time: unixSeconds,
  cancel_reason: str,
  cancel_user: openEnum(['BUYER', 'SELLER', 'OPERATOR', 'SYSTEM']),
  is_gift: bool,
  gift_retail_price: money,
  combined_listing_skus: z.array(leanWireObject({ sku_id: id, product_id: id, seller_sku: str, sku_count: int })),
  item_tax: z.array(leanWireObject({ tax_type: str, tax_amount: money, tax_rate: str })),
  is_dangerous_good: bool,
  needs_prescription: bool,
  sku_type: str,
  handling_duration_days: str,
  small_order_fee: money,
  retail_delivery_fee: money,
  buyer_service_fee: money,
  pfand_fee: money,
});
export type OrderLineItem = z.infer<typeof orderLineItemSchema>;

export const orderPaymentSchema = leanWireObject({
  currency: str,
  original_total_product_price: money,
  seller_discount: money,
  platform_discount: money,
  sub_total: money,
  original_shipping_fee: money,
  shipping_fee_seller_discount: money,
  shipping_fee_platform_discount: money,
  shipping_fee_cofunded_discount: money,
  shipping_fee: money,
  tax: money,
  product_tax: money,
  shipping_fee_tax: money,
  item_insurance_tax: money,
  total_amount: money,
  small_order_fee: money,
  retail_delivery_fee: money,
  buyer_service_fee: money,
  handling_fee: money,
  shipping_insurance_fee: money,
  item_insurance_fee: money,
});
export type OrderPayment = z.infer<typeof orderPaymentSchema>;

/** The Order object of Search Orders and Get Order Detail (API.md §5.4). */
export const orderSchema = leanWireObject({
  id,
  status: orderStatus,
  create_time: unixSeconds,
  update_time: unixSeconds,
  paid_time: unixSeconds,
  user_id: id,
  buyer_email: str,
  buyer_message: str,
  seller_note: str,
  order_type: str,
  fulfillment_type: openEnum(['FULFILLMENT_BY_SELLER', 'FULFILLMENT_BY_TIKTOK', 'FULFILLMENT_BY_DILAYANI_TOKOPEDIA']),
  shipping_type: openEnum(['TIKTOK', 'SELLER']),
  delivery_type: openEnum(['HOME_DELIVERY', 'COLLECTION_POINT']),
  delivery_option_id: id,
  delivery_option_name: str,
  shipping_provider: str,
  shipping_provider_id: id,
  tracking_number: str,
  warehouse_id: id,
  split_or_combine_tag: openEnum(['COMBINED', 'SPLIT']),
  auto_combine_group_id: str,
  packages: z.array(leanWireObject({ id })),
  line_items: z.array(orderLineItemSchema),
  payment: orderPaymentSchema,
  recipient_address: orderAddressSchema,
  has_updated_recipient_address: bool,
  is_cod: bool,
  payment_method_name: str,
  payment_method_code: str,
  payment_card_type: str,
  payment_auth_code: str,
  channel_entity_national_registry_id: str,
  cpf: str,
  cpf_name: str,
  need_upload_invoice: str,
  is_sample_order: bool,
  is_replacement_order: bool,
  replaced_order_id: id,
  is_exchange_order: bool,
  exchange_source_order_id: id,
  is_on_hold_order: bool,
  is_buyer_request_cancel: bool,
  request_cancel_time: unixSeconds,
  cancellation_initiator: openEnum(['SELLER', 'BUYER', 'SYSTEM']),
  cancel_reason: str,
  cancel_time: unixSeconds,
  rts_sla_time: unixSeconds,
  tts_sla_time: unixSeconds,
  rts_time: unixSeconds,
  shipping_due_time: unixSeconds,
  collection_due_time: unixSeconds,
  delivery_due_time: unixSeconds,
  collection_time: unixSeconds,
  delivery_time: unixSeconds,
  delivery_sla_time: unixSeconds,
  delivery_option_required_delivery_time: unixSeconds,
  cancel_order_sla_time: unixSeconds,
  fast_dispatch_sla_time: unixSeconds,
  pick_up_cut_off_time: unixSeconds,
  recommended_shipping_time: unixSeconds,
  fulfillment_priority_level: int,
  fast_delivery_program: str,
  handling_duration: leanWireObject({ days: str, type: openEnum(['CALENDAR_DAY', 'BUSINESS_DAY']) }),
  release_date: unixSeconds,
  commerce_platform: str,
  consultation_id: str,
});
export type Order = z.infer<typeof orderSchema>;

/** POST /order/202309/orders/search — paging and sorting go in the query. */
export interface SearchOrdersQuery extends PageQuery {
  sort_field?: 'create_time' | 'update_time';
  sort_order?: 'ASC' | 'DESC';
}
export interface SearchOrdersBody {
  order_status?: OrderStatus;
  create_time_ge?: number;
  create_time_lt?: number;
  update_time_ge?: number;
  update_time_lt?: number;
  shipping_type?: 'TIKTOK' | 'SELLER';
  buyer_user_id?: string;
  is_buyer_request_cancel?: boolean;
  warehouse_ids?: string[];
}
export const searchOrdersDataSchema = wireObject({ next_page_token: str, total_count: int, orders: z.array(orderSchema) });
export type SearchOrdersData = z.infer<typeof searchOrdersDataSchema>;

/** GET /order/{202309|202507}/orders?ids= (max 50 ids). */
export const getOrderDetailDataSchema = wireObject({ orders: z.array(orderSchema) });
export type GetOrderDetailData = z.infer<typeof getOrderDetailDataSchema>;

const priceDetailFields = {
  currency: str,
  total: money,
  payment: money,
  sku_list_price: money,
  sku_sale_price: money,
  subtotal: money,
  subtotal_deduction_seller: money,
  subtotal_deduction_platform: money,
  subtotal_tax_amount: money,
  shipping_list_price: money,
  shipping_sale_price: money,
  shipping_fee_deduction_seller: money,
  shipping_fee_deduction_platform: money,
  shipping_fee_deduction_platform_voucher: money,
  tax_amount: money,
  tax_rate: str,
  net_price_amount: money,
  voucher_deduction_seller: money,
  voucher_deduction_platform: money,
  sku_gift_original_price: money,
  sku_gift_net_price: money,
  cod_fee: money,
  small_order_fee: money,
};

/** GET /order/202407/orders/{order_id}/price_detail */
export const getPriceDetailDataSchema = wireObject({
  ...priceDetailFields,
  cod_fee_net_amount: money,
  line_items: z.array(wireObject({ id, ...priceDetailFields, cod_fee_amount: money })),
});
export type GetPriceDetailData = z.infer<typeof getPriceDetailDataSchema>;
