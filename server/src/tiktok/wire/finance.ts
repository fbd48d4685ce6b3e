import { z } from 'zod';
import { id, int, intLike, money, numberLike, openEnum, str, unixSeconds, wireObject, type PageQuery } from './common.js';

/** Finance amounts are signed decimal strings; deductions are negative. */
const amountObject = wireObject({ value: money, currency: str });

/** GET /finance/202309/statements */
export interface GetStatementsQuery extends PageQuery {
  sort_field: 'statement_time';
  sort_order?: 'ASC' | 'DESC';
  statement_time_ge?: number;
  statement_time_lt?: number;
  payment_status?: 'PAID' | 'FAILED' | 'PROCESSING';
}
export const getStatementsDataSchema = wireObject({
  next_page_token: str,
  statements: z.array(
    wireObject({
      id,
      statement_time: unixSeconds,
      currency: str,
      settlement_amount: money,
      revenue_amount: money,
      fee_amount: money,
      adjustment_amount: money,
      shipping_cost_amount: money,
      net_sales_amount: money,
      payment_status: openEnum(['PAID', 'FAILED', 'PROCESSING']),
      payment_id: id,
    }),
  ),
});
export type GetStatementsData = z.infer<typeof getStatementsDataSchema>;

/** GET /finance/202309/payments */
export interface GetPaymentsQuery extends PageQuery {
  sort_field: 'create_time';
  sort_order?: 'ASC' | 'DESC';
  create_time_ge?: number;
  create_time_lt?: number;
}
export const getPaymentsDataSchema = wireObject({
  next_page_token: str,
  payments: z.array(
    wireObject({
      id,
      create_time: unixSeconds,
      paid_time: unixSeconds,
      status: openEnum(['PAID', 'FAILED', 'PROCESSING']),
      amount: amountObject,
      settlement_amount: amountObject,
      reserve_amount: amountObject,
      payment_amount_before_exchange: amountObject,
      exchange_rate: str,
      /** Masked, last four digits. */
      bank_account: str,
    }),
  ),
});
export type GetPaymentsData = z.infer<typeof getPaymentsDataSchema>;

/** GET /finance/202309/withdrawals */
export interface GetWithdrawalsQuery extends PageQuery {
  /** Sent comma-joined. */
  types: Array<'WITHDRAW' | 'SETTLE' | 'TRANSFER' | 'REVERSE'>;
  create_time_ge?: number;
  create_time_lt?: number;
}
export const getWithdrawalsDataSchema = wireObject({
  next_page_token: str,
  total_count: int,
  withdrawals: z.array(
    wireObject({
      /** Not numeric. */
      id,
      type: openEnum(['WITHDRAW', 'SETTLE', 'TRANSFER', 'REVERSE']),
      amount: money,
      currency: str,
      status: openEnum(['PROCESSING', 'SUCCESS', 'FAILED', 'PAID']),
      create_time: unixSeconds,
    }),
  ),
});
export type GetWithdrawalsData = z.infer<typeof getWithdrawalsDataSchema>;

/** Transaction lists of a statement (both versions). */
export interface GetStatementTransactionsQuery extends PageQuery {
  sort_field: 'order_create_time';
  sort_order?: 'ASC' | 'DESC';
}

/** The 202309 flat shape: one list of `*_amount` strings per transaction (UK/US local only). */
const flatTransactionFields = {
  currency: str,
  settlement_amount: money,
  revenue_amount: money,
  fee_amount: money,
  adjustment_amount: money,
  shipping_cost_amount: money,
  shipping_fee_amount: money,
  net_sales_amount: money,
  gross_sales_amount: money,
  customer_payment_amount: money,
  customer_refund_amount: money,
  platform_discount_amount: money,
  seller_discount_amount: money,
  referral_fee_amount: money,
  transaction_fee_amount: money,
  affiliate_commission_amount: money,
  sales_tax_amount: money,
  retail_delivery_fee_amount: money,
};

/** GET /finance/202309/statements/{statement_id}/statement_transactions */
export const getStatementTransactions202309DataSchema = wireObject({
  statement_id: id,
  statement_time: unixSeconds,
  currency: str,
  settlement_amount: money,
  revenue_amount: money,
  fee_amount: money,
  adjustment_amount: money,
  shipping_cost_amount: money,
  net_sales_amount: money,
  total_count: int,
  next_page_token: str,
  statement_transactions: z.array(
    wireObject({
      id,
      /** ORDER or an adjustment type. */
      type: str,
      order_id: id,
      adjustment_id: id,
      adjustment_order_id: id,
      order_create_time: unixSeconds,
      ...flatTransactionFields,
    }),
  ),
});
export type GetStatementTransactions202309Data = z.infer<typeof getStatementTransactions202309DataSchema>;

/** Nested breakdowns of the 202501 shape; their many `*_amount` leaves are kept as received. */
const breakdowns = {
  revenue_breakdown: wireObject({}),
  shipping_cost_breakdown: wireObject({ supplementary_component: wireObject({}) }),
  fee_tax_breakdown: wireObject({ fee: wireObject({}), tax: wireObject({}) }),
};

/** GET /finance/202501/statements/{statement_id}/statement_transactions (all regions). */
export const getStatementTransactions202501DataSchema = wireObject({
  id,
  create_time: unixSeconds,
  status: str,
  currency: str,
  payable_amount: money,
  total_reserve_amount: money,
  total_settlement_amount: money,
  total_settlement_breakdown: wireObject({
    total_revenue_amount: money,
    total_shipping_cost_amount: money,
    total_fee_tax_amount: money,
    total_adjustment_amount: money,
  }),
  total_count: int,
  next_page_token: str,
  transactions: z.array(
    wireObject({
      id,
      type: str,
      order_id: id,
      adjustment_id: id,
      adjustment_order_id: id,
      reserve_id: id,
      reserve_status: str,
      associated_order_id: id,
      /** A string timestamp in the docs sample. */
      estimated_release_time: numberLike,
      order_create_time: unixSeconds,
      settlement_amount: money,
      revenue_amount: money,
      fee_tax_amount: money,
      shipping_cost_amount: money,
      adjustment_amount: money,
      reserve_amount: money,
      ...breakdowns,
      supplementary_component: wireObject({}),
    }),
  ),
});
export type GetStatementTransactions202501Data = z.infer<typeof getStatementTransactions202501DataSchema>;

/** GET /finance/202309/orders/{order_id}/statement_transactions (US/UK). */
export const getOrderStatementTransactions202309DataSchema = wireObject({
  order_id: id,
  order_create_time: unixSeconds,
  statement_transactions: z.array(
    wireObject({
      id,
      statement_id: id,
      statement_time: unixSeconds,
      status: str,
      ...flatTransactionFields,
      sku_statement_transactions: z.array(
        wireObject({
          sku_id: id,
          sku_name: str,
          product_name: str,
          /** A number in 202309, a string in 202501: normalized to a number. */
          quantity: intLike,
          ...flatTransactionFields,
        }),
      ),
    }),
  ),
});
export type GetOrderStatementTransactions202309Data = z.infer<typeof getOrderStatementTransactions202309DataSchema>;

/** GET /finance/202501/orders/{order_id}/statement_transactions (all regions). */
export const getOrderStatementTransactions202501DataSchema = wireObject({
  order_id: id,
  order_create_time: unixSeconds,
  currency: str,
  revenue_amount: money,
  fee_and_tax_amount: money,
  shipping_cost_amount: money,
  settlement_amount: money,
  total_count: int,
  sku_transactions: z.array(
    wireObject({
      statement_id: id,
      sku_id: id,
      sku_name: str,
      product_name: str,
      quantity: intLike,
      settlement_amount: money,
      revenue_amount: money,
      fee_tax_amount: money,
      shipping_cost_amount: money,
      ...breakdowns,
    }),
  ),
});
export type GetOrderStatementTransactions202501Data = z.infer<typeof getOrderStatementTransactions202501DataSchema>;
