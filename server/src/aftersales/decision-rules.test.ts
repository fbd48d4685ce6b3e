import { describe, expect, test } from 'vitest';
import { availableDecisions, checkDecision, sellerCancelReasons } from './decision-rules.js';

describe('the decision table', () => {
  test('each pending request offers exactly the decisions TikTok accepts for its type', () => {
    const pending = 'RETURN_OR_REFUND_REQUEST_PENDING';
    expect(availableDecisions({ kind: 'RETURN', type: 'REFUND', status: pending, arbitrationStatus: null })).toEqual([
      'APPROVE_REFUND',
      'OFFER_PARTIAL_REFUND',
      'REJECT_REFUND',
    ]);
    expect(availableDecisions({ kind: 'RETURN', type: 'RETURN_AND_REFUND', status: pending, arbitrationStatus: null })).toEqual([
      'APPROVE_RETURN',
      'OFFER_PARTIAL_REFUND',
      'REJECT_RETURN',
    ]);
    expect(availableDecisions({ kind: 'RETURN', type: 'RETURN_AND_REFUND', status: 'BUYER_SHIPPED_ITEM', arbitrationStatus: null })).toEqual([
      'APPROVE_RECEIVED_PACKAGE',
      'REJECT_RECEIVED_PACKAGE',
    ]);
    expect(availableDecisions({ kind: 'RETURN', type: 'REPLACEMENT', status: 'REPLACEMENT_REQUEST_PENDING', arbitrationStatus: null })).toEqual([
      'APPROVE_REPLACEMENT',
      'ISSUE_REPLACEMENT_REFUND',
      'REJECT_REPLACEMENT',
    ]);
    expect(availableDecisions({ kind: 'CANCELLATION', type: 'BUYER_CANCEL', status: 'CANCELLATION_REQUEST_PENDING', arbitrationStatus: null })).toEqual([
      'APPROVE_CANCELLATION',
      'REJECT_CANCELLATION',
    ]);
  });

  test('finished, withdrawn and arbitrated cases offer nothing, and say why', () => {
    expect(availableDecisions({ kind: 'RETURN', type: 'REFUND', status: 'RETURN_OR_REFUND_REQUEST_CANCEL', arbitrationStatus: null })).toEqual([]);
    expect(checkDecision({ kind: 'RETURN', type: 'REFUND', status: 'RETURN_OR_REFUND_REQUEST_COMPLETE', arbitrationStatus: null }, 'APPROVE_REFUND')).toMatchObject({
      code: 'WRONG_STATUS',
      message: expect.stringContaining('RETURN_OR_REFUND_REQUEST_COMPLETE'),
    });
    expect(checkDecision({ kind: 'RETURN', type: 'REFUND', status: 'REFUND_OR_RETURN_REQUEST_REJECT', arbitrationStatus: 'IN_PROGRESS' }, 'APPROVE_REFUND')).toMatchObject({
      code: 'ARBITRATION_IN_PROGRESS',
    });
    expect(checkDecision({ kind: 'RETURN', type: 'REFUND', status: 'RETURN_OR_REFUND_REQUEST_PENDING', arbitrationStatus: null }, 'APPROVE_RETURN')).toMatchObject({
      code: 'WRONG_TYPE',
    });
  });

  test('seller cancel reasons depend on the status and the market', () => {
    expect(sellerCancelReasons('AWAITING_SHIPMENT', 'US').map((r) => r.name)).toContain('seller_cancel_paid_reason_buyer_requested_cancellation');
    expect(sellerCancelReasons('AWAITING_COLLECTION', 'US')).toHaveLength(4);
    expect(sellerCancelReasons('AWAITING_COLLECTION', 'GB')).toEqual([]);
    expect(sellerCancelReasons('AWAITING_SHIPMENT', 'GB').map((r) => r.name)).toEqual([
      'seller_cancel_reason_out_of_stock_uk',
      'seller_cancel_reason_wrong_price_uk',
      'seller_cancel_paid_reason_address_not_deliver_uk',
    ]);
    expect(sellerCancelReasons('DELIVERED', 'US')).toEqual([]);
    expect(sellerCancelReasons('UNPAID', 'US')).toEqual([]);
  });
});
