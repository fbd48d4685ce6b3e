import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { samplesDir } from '../tiktok/test/samples.js';
import { searchCancellationsDataSchema, searchReturnsDataSchema } from '../tiktok/index.js';
import { afterSaleFromCancellation, afterSaleFromReturn } from './wire-after-sale.js';

const dir = samplesDir();
const sample = async (file: string) => JSON.parse(await readFile(path.join(dir!, file), 'utf8')).data;

describe.skipIf(!dir)("TikTok's documented after-sale payloads map to cases", () => {
  test('a return keeps its amounts, logistics, arbitration, next action and deadline', async () => {
    const data = searchReturnsDataSchema.parse(await sample('returns/search-returns.response.json'));
    const r = afterSaleFromReturn(data.return_orders![0]!);
    expect(r).toMatchObject({
      kind: 'RETURN',
      tiktokId: '4035318504086604100',
      tiktokOrderId: '577686530908261117',
      type: 'REFUND',
      status: 'RETURN_OR_REFUND_REQUEST_PENDING',
      isOpen: true,
      currency: 'USD',
      refundTotal: '1.23',
      refundShippingFee: '0.2',
      arbitrationStatus: 'IN_PROGRESS',
      nextAction: 'SELLER_RESPOND_REFUND',
      deadlineAt: new Date(1690554680 * 1000),
      returnTrackingNumber: '213456789098765433456',
      returnProviderName: 'J&T Express',
      canBuyerKeepItem: true,
      partialRefundAmount: '10',
      buyerRejectedPartialRefund: true,
      returnWarehouseAddress: '1234 Example Ave San Jose, CA 95110',
      tiktokUpdatedAt: new Date(1690453136 * 1000),
    });
    expect(r.amounts).toMatchObject({ productSellerDiscount: '0.1', sellerPaidReturnShippingFee: '0.1', buyerPaidReturnShippingFee: '0.1' });
    expect(r.lines).toEqual([
      expect.objectContaining({ tiktokCaseLineId: '4035227657962164811', tiktokLineItemId: '576473917261451851', refundTotal: '1.23' }),
    ]);
  });

  test("a buyer's cancel request (REQUEST_CANCEL_REFUND in the docs sample) is a request the seller answers", async () => {
    const data = searchCancellationsDataSchema.parse(await sample('cancellations/search-cancellations.response.json'));
    const c = afterSaleFromCancellation(data.cancellations![0]!);
    expect(c).toMatchObject({ kind: 'CANCELLATION', type: 'BUYER_CANCEL', status: 'CANCELLATION_REQUEST_PENDING', isOpen: true, nextAction: 'SELLER_RESPOND_CANCEL' });
  });

  test('a closed case has no next action even if one is listed, and the search spelling of a withdrawn cancel is normalized', async () => {
    const data = searchCancellationsDataSchema.parse(await sample('cancellations/search-cancellations.response.json'));
    const c = afterSaleFromCancellation({ ...data.cancellations![0]!, cancel_status: 'CANCELLATION_REQUEST_CANCEL' });
    expect(c).toMatchObject({ status: 'CANCELLATION_REQUEST_CANCELLED', isOpen: false, nextAction: null, deadlineAt: null });
  });
});
