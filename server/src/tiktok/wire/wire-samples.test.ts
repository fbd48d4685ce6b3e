import { createHmac } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { classifyFailure } from '../classify-error.js';
import { samplesDir } from '../test/samples.js';
import { parseWebhook } from '../webhooks.js';
import { getActiveShopsDataSchema, getAuthorizedShopsDataSchema, tokenDataSchema } from './auth.js';
import { emptyDataSchema, envelopeOf, envelopeSchema } from './common.js';
import type { DeleteWebhookBody } from './events.js';
import {
  getOrderStatementTransactions202309DataSchema,
  getOrderStatementTransactions202501DataSchema,
  getPaymentsDataSchema,
  getStatementTransactions202309DataSchema,
  getStatementTransactions202501DataSchema,
  getStatementsDataSchema,
  getWithdrawalsDataSchema,
} from './finance.js';
import {
  combinePackagesDataSchema,
  createPackagesDataSchema,
  getEligibleShippingServicesDataSchema,
  getHandoverTimeSlotsDataSchema,
  getOrderSplitAttributesDataSchema,
  getPackageDetailDataSchema,
  getShippingDocumentDataSchema,
  getTrackingDataSchema,
  markPackageShippedDataSchema,
  searchCombinablePackagesDataSchema,
  searchPackagesDataSchema,
  splitOrderDataSchema,
  uncombinePackageDataSchema,
  type CombinePackagesBody,
  type CreatePackagesBody,
  type GetEligibleShippingServicesBody,
  type MarkPackageShippedBody,
  type SearchPackagesBody,
  type ShipPackageBody,
  type SplitOrderBody,
  type TrackingInfoBody,
  type UncombinePackageBody,
} from './fulfillment.js';
import { getShippingProvidersDataSchema, getWarehouseDeliveryOptionsDataSchema, getWarehousesDataSchema } from './logistics.js';
import { getOrderDetailDataSchema, getPriceDetailDataSchema, searchOrdersDataSchema, type SearchOrdersBody } from './orders.js';
import {
  calculateRefundDataSchema,
  cancelOrderDataSchema,
  getRejectReasonsDataSchema,
  getReturnRecordsDataSchema,
  searchCancellationsDataSchema,
  searchReturnsDataSchema,
  type ApproveReturnBody,
  type CalculateRefundBody,
  type CancelOrderBody,
  type RejectCancellationBody,
  type RejectReturnBody,
  type SearchCancellationsBody,
  type SearchReturnsBody,
} from './return-refund.js';

/** Response samples and the schema of their envelope. */
const RESPONSES: Record<string, z.ZodType> = {
  'auth/token-get.response.json': envelopeOf(tokenDataSchema),
  'auth/token-get-202309-guide.response.json': envelopeOf(tokenDataSchema),
  'auth/token-refresh.response.json': envelopeOf(tokenDataSchema),
  'auth/token-refresh.live-redacted.response.json': envelopeOf(tokenDataSchema),
  'shops/get-authorized-shops.response.json': envelopeOf(getAuthorizedShopsDataSchema),
  'shops/get-active-shops.response.json': envelopeOf(getActiveShopsDataSchema),
  'orders/search-orders.response.json': envelopeOf(searchOrdersDataSchema),
  'orders/search-orders.response.docs-2024.json': envelopeOf(searchOrdersDataSchema),
  'orders/get-order-detail.response.json': envelopeOf(getOrderDetailDataSchema),
  'orders/get-order-detail-202507.response.json': envelopeOf(getOrderDetailDataSchema),
  'orders/get-price-detail-202407.response.json': envelopeOf(getPriceDetailDataSchema),
  'fulfillment/combine-package.response.json': envelopeOf(combinePackagesDataSchema),
  'fulfillment/create-packages.response.json': envelopeOf(createPackagesDataSchema),
  'fulfillment/get-eligible-shipping-services.response.json': envelopeOf(getEligibleShippingServicesDataSchema),
  'fulfillment/get-order-split-attributes.response.json': envelopeOf(getOrderSplitAttributesDataSchema),
  'fulfillment/get-package-detail.response.json': envelopeOf(getPackageDetailDataSchema),
  'fulfillment/get-package-handover-time-slots.response.json': envelopeOf(getHandoverTimeSlotsDataSchema),
  'fulfillment/get-package-shipping-documents.response.json': envelopeOf(getShippingDocumentDataSchema),
  'fulfillment/get-tracking.response.json': envelopeOf(getTrackingDataSchema),
  'fulfillment/mark-package-as-shipped.response.json': envelopeOf(markPackageShippedDataSchema),
  'fulfillment/search-combinable-packages.response.json': envelopeOf(searchCombinablePackagesDataSchema),
  'fulfillment/search-packages.response.json': envelopeOf(searchPackagesDataSchema),
  'fulfillment/ship-package.response.json': envelopeOf(emptyDataSchema),
  'fulfillment/split-orders.response.json': envelopeOf(splitOrderDataSchema),
  'fulfillment/uncombine-packages.response.json': envelopeOf(uncombinePackageDataSchema),
  'logistics/get-shipping-providers.response.json': envelopeOf(getShippingProvidersDataSchema),
  'logistics/get-warehouse-delivery-options.response.json': envelopeOf(getWarehouseDeliveryOptionsDataSchema),
  'logistics/get-warehouses.response.json': envelopeOf(getWarehousesDataSchema),
  'returns/approve-return.response.json': envelopeOf(emptyDataSchema),
  'returns/calculate-refund.response.json': envelopeOf(calculateRefundDataSchema),
  'returns/get-reject-reasons.response.json': envelopeOf(getRejectReasonsDataSchema),
  'returns/get-return-records.response.json': envelopeOf(getReturnRecordsDataSchema),
  'returns/search-returns.response.json': envelopeOf(searchReturnsDataSchema),
  'returns/search-returns.response.docs-2024.json': envelopeOf(searchReturnsDataSchema),
  'cancellations/approve-cancellation.response.json': envelopeOf(emptyDataSchema),
  'cancellations/cancel-order.response.json': envelopeOf(cancelOrderDataSchema),
  'cancellations/search-cancellations.response.json': envelopeOf(searchCancellationsDataSchema),
  'finance/get-statements.response.json': envelopeOf(getStatementsDataSchema),
  'finance/get-payments.response.json': envelopeOf(getPaymentsDataSchema),
  'finance/get-withdrawals.response.json': envelopeOf(getWithdrawalsDataSchema),
  'finance/get-statement-transactions.response.json': envelopeOf(getStatementTransactions202309DataSchema),
  'finance/get-statement-transactions-202501.response.json': envelopeOf(getStatementTransactions202501DataSchema),
  'finance/get-order-statement-transactions.response.json': envelopeOf(getOrderStatementTransactions202309DataSchema),
  'finance/get-order-statement-transactions-202501.response.json': envelopeOf(getOrderStatementTransactions202501DataSchema),
  'errors/access-token-expired-105002.response.json': envelopeSchema,
  'errors/invalid-sign-106001.response.json': envelopeSchema,
  'errors/scope-not-granted-105005.response.json': envelopeSchema,
};

/** Samples where parsing deliberately normalizes a drifting type, so output differs from input. */
const NORMALIZED = new Set([
  'returns/search-returns.response.json',
  'fulfillment/get-order-split-attributes.response.json',
  'finance/get-statement-transactions-202501.response.json',
  'finance/get-order-statement-transactions-202501.response.json',
]);

/** Every top-level key of a request type, checked against the type at compile time. */
type KeySet<T> = Record<keyof Required<T>, true>;
const trackingInfoKeys = { tracking_number: true, shipping_provider_id: true } satisfies KeySet<TrackingInfoBody>;
const REQUESTS: Record<string, Record<string, true>> = {
  'orders/search-orders.request.json': {
    order_status: true,
    create_time_ge: true,
    create_time_lt: true,
    update_time_ge: true,
    update_time_lt: true,
    shipping_type: true,
    buyer_user_id: true,
    is_buyer_request_cancel: true,
    warehouse_ids: true,
  } satisfies KeySet<SearchOrdersBody>,
  'fulfillment/search-packages.request.json': {
    create_time_ge: true,
    create_time_lt: true,
    update_time_ge: true,
    update_time_lt: true,
    package_status: true,
  } satisfies KeySet<SearchPackagesBody>,
  'fulfillment/combine-package.request.json': { combinable_packages: true } satisfies KeySet<CombinePackagesBody>,
  'fulfillment/create-packages.request.json': {
    order_id: true,
    order_line_item_ids: true,
    shipping_service_id: true,
    weight: true,
    dimension: true,
  } satisfies KeySet<CreatePackagesBody>,
  'fulfillment/get-eligible-shipping-services.request.json': {
    order_line_item_ids: true,
    weight: true,
    dimension: true,
  } satisfies KeySet<GetEligibleShippingServicesBody>,
  'fulfillment/mark-package-as-shipped.request.json': {
    tracking_number: true,
    shipping_provider_id: true,
    order_line_item_ids: true,
  } satisfies KeySet<MarkPackageShippedBody>,
  'fulfillment/ship-package.request.json': { handover_method: true, pickup_slot: true, self_shipment: true } satisfies KeySet<ShipPackageBody>,
  'fulfillment/split-orders.request.json': { splittable_groups: true } satisfies KeySet<SplitOrderBody>,
  'fulfillment/uncombine-packages.request.json': { order_ids: true } satisfies KeySet<UncombinePackageBody>,
  'fulfillment/update-order-shipping-info.request.json': trackingInfoKeys,
  'fulfillment/update-package-shipping-info.request.json': trackingInfoKeys,
  'returns/approve-return.request.json': { decision: true, buyer_keep_item: true, partial_refund: true } satisfies KeySet<ApproveReturnBody>,
  'returns/reject-return.request.json': { decision: true, reject_reason: true, comment: true, images: true } satisfies KeySet<RejectReturnBody>,
  'returns/calculate-refund.request.json': {
    order_id: true,
    request_type: true,
    order_line_item_ids: true,
    skus: true,
    reason_name: true,
    shipment_type: true,
    handover_method: true,
  } satisfies KeySet<CalculateRefundBody>,
  'returns/search-returns.request.json': {
    return_ids: true,
    order_ids: true,
    buyer_user_ids: true,
    return_types: true,
    return_status: true,
    arbitration_status: true,
    seller_proposed_return_type: true,
    create_time_ge: true,
    create_time_lt: true,
    update_time_ge: true,
    update_time_lt: true,
    locale: true,
  } satisfies KeySet<SearchReturnsBody>,
  'cancellations/approve-cancellation.request.json': {},
  'cancellations/reject-cancellation.request.json': { reject_reason: true, comment: true, images: true } satisfies KeySet<RejectCancellationBody>,
  'cancellations/cancel-order.request.json': {
    order_id: true,
    cancel_reason: true,
    order_line_item_ids: true,
    skus: true,
  } satisfies KeySet<CancelOrderBody>,
  'cancellations/search-cancellations.request.json': {
    cancel_ids: true,
    order_ids: true,
    buyer_user_ids: true,
    cancel_types: true,
    cancel_status: true,
    create_time_ge: true,
    create_time_lt: true,
    update_time_ge: true,
    update_time_lt: true,
    locale: true,
  } satisfies KeySet<SearchCancellationsBody>,
};
// The DELETE webhook body has no stored sample; keep its key set honest anyway.
void ({ event_type: true } satisfies KeySet<DeleteWebhookBody>);

const WEBHOOK_TOPICS: Record<string, string> = {
  'webhooks/order-status-change.json': 'ORDER_STATUS_CHANGE',
  'webhooks/order-status-change.live.json': 'ORDER_STATUS_CHANGE',
  'webhooks/recipient-address-update.json': 'RECIPIENT_ADDRESS_UPDATE',
  'webhooks/package-update.json': 'PACKAGE_UPDATE',
  'webhooks/seller-deauthorization.json': 'SELLER_DEAUTHORIZATION',
  'webhooks/upcoming-authorization-expiration.json': 'UPCOMING_AUTHORIZATION_EXPIRATION',
  'webhooks/cancellation-status-change.json': 'CANCELLATION_STATUS_CHANGE',
  'webhooks/return-status-change.json': 'RETURN_STATUS_CHANGE',
};

const ERROR_CODE_LIST = z.array(z.strictObject({ code: z.string().regex(/^\d+$/), msg: z.string() }));

const dir = samplesDir();

async function listJson(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

async function readSample(file: string): Promise<Buffer> {
  return readFile(path.join(dir!, file));
}

describe.skipIf(!dir)('TikTok wire samples', () => {
  test('every sample file has a schema, a request key set, a webhook topic or an error-code list', async () => {
    const files = await listJson(dir!);
    const unmapped = files.filter(
      (f) => !(f in RESPONSES) && !(f in REQUESTS) && !(f in WEBHOOK_TOPICS) && !f.endsWith('.error-codes.json'),
    );
    expect(unmapped).toEqual([]);
  });

  test.each(Object.keys(RESPONSES))('response %s parses, and unknown fields are kept', async (file) => {
    const raw = JSON.parse((await readSample(file)).toString('utf8'));
    const parsed = RESPONSES[file]!.safeParse(raw);
    expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
    if (!NORMALIZED.has(file)) expect(parsed.data).toEqual(raw);
  });

  test('drifting types are normalized', async () => {
    const parse = async (file: string) => RESPONSES[file]!.parse(JSON.parse((await readSample(file)).toString('utf8'))) as { data: any };
    const returns = await parse('returns/search-returns.response.json');
    expect(returns.data.return_orders[0].is_combined_return).toBe(true);
    const returns2024 = await parse('returns/search-returns.response.docs-2024.json');
    expect(returns2024.data.return_orders[0].is_combined_return).toBe(true);
    const split = await parse('fulfillment/get-order-split-attributes.response.json');
    expect(split.data.split_attributes[0].must_split_reasons[0].max_count).toBe(2);
    const tx2501 = await parse('finance/get-order-statement-transactions-202501.response.json');
    expect(tx2501.data.sku_transactions[0].quantity).toBe(1);
    const tx2309 = await parse('finance/get-order-statement-transactions.response.json');
    expect(tx2309.data.statement_transactions[0].sku_statement_transactions[0].quantity).toBe(3);
    const statementTx = await parse('finance/get-statement-transactions-202501.response.json');
    expect(statementTx.data.transactions[0].estimated_release_time).toBe(1685548800);
    // Whitespace inside values is data, not noise.
    const orders = await parse('orders/search-orders.response.json');
    expect(orders.data.orders[0].line_items[0].combined_listing_skus[0].seller_sku).toBe('yellow-24-XL ');
  });

  test.each(Object.keys(REQUESTS))('request %s uses only wire names of its request type', async (file) => {
    const raw = JSON.parse((await readSample(file)).toString('utf8')) as Record<string, unknown>;
    expect(Object.keys(raw).filter((key) => !(key in REQUESTS[file]!))).toEqual([]);
  });

  test('live error envelopes classify as documented', async () => {
    const envelope = async (file: string) => envelopeSchema.parse(JSON.parse((await readSample(file)).toString('utf8')));
    const expired = await envelope('errors/access-token-expired-105002.response.json');
    expect(classifyFailure({ httpStatus: 200, code: expired.code, message: expired.message })).toBe('AUTH_EXPIRED');
    const sign = await envelope('errors/invalid-sign-106001.response.json');
    expect(classifyFailure({ httpStatus: 401, code: sign.code, message: sign.message })).toBe('REJECTED');
    const scope = await envelope('errors/scope-not-granted-105005.response.json');
    expect(classifyFailure({ httpStatus: 200, code: scope.code, message: scope.message })).toBe('REJECTED');
  });

  test('documented error-code tables have the expected shape', async () => {
    const files = (await listJson(dir!)).filter((f) => f.endsWith('.error-codes.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) ERROR_CODE_LIST.parse(JSON.parse((await readSample(file)).toString('utf8')));
  });

  describe('webhook samples', () => {
    const appKey = 'sample-app';
    const appSecret = 'sample-secret';
    const sign = (body: Buffer) => createHmac('sha256', appSecret).update(appKey).update(body).digest('hex');

    test.each(Object.entries(WEBHOOK_TOPICS))('%s parses as %s', async (file, topic) => {
      const body = await readSample(file);
      const result = parseWebhook(body, sign(body), appKey, appSecret);
      expect(result.status, JSON.stringify(result)).toBe('verified');
      if (result.status !== 'verified') return;
      expect(result.event.topic).toBe(topic);
      const raw = JSON.parse(body.toString('utf8'));
      expect(result.dedupeKey).toEqual(raw.tts_notification_id ?? expect.stringMatching(/^sha256:[0-9a-f]{64}$/));
    });

    test('typed fields of the parsed events', async () => {
      const parse = async (file: string) => {
        const body = await readSample(file);
        const result = parseWebhook(body, sign(body), appKey, appSecret);
        if (result.status !== 'verified') throw new Error(`${file}: ${result.status}`);
        return result.event;
      };
      const order = await parse('webhooks/order-status-change.live.json');
      expect(order.topic === 'ORDER_STATUS_CHANGE' && order.data.order_status).toBe('AWAITING_SHIPMENT');
      const expiry = await parse('webhooks/upcoming-authorization-expiration.json');
      expect(expiry.topic === 'UPCOMING_AUTHORIZATION_EXPIRATION' && expiry.data.expiration_time).toBe(1627587506);
      const pkg = await parse('webhooks/package-update.json');
      expect(pkg.topic === 'PACKAGE_UPDATE' && pkg.data.package_list?.[0]?.order_id_list).toEqual(['152523', '532123']);
      const cancel = await parse('webhooks/cancellation-status-change.json');
      expect(cancel.topic === 'CANCELLATION_STATUS_CHANGE' && cancel.data.cancellations_role).toBe('BUYER');
    });
  });
});
