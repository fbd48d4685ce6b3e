/**
 * Cancellations and returns (API.md §8): searches on any target; decisions with idempotency keys
 * on the emulator, checked against its ledger.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TikTokClient } from '../../src/tiktok/index.js';
import type { ContractCase } from './contract-case.js';
import { readyOrder } from './emulator-world.js';
import { failureOf } from './support.js';
import type { EmulatorTarget } from './target.js';

async function cancellationOf(t: EmulatorTarget, client: TikTokClient, orderId: string) {
  const { cancellations = [] } = await client.returnRefund.searchCancellations(t.shop, { order_ids: [orderId] }, { page_size: 10 });
  expect(cancellations).toHaveLength(1);
  return cancellations[0]!;
}

async function returnOf(t: EmulatorTarget, client: TikTokClient, orderId: string) {
  const { return_orders: returns = [] } = await client.returnRefund.searchReturns(t.shop, { order_ids: [orderId] }, { page_size: 10 });
  expect(returns).toHaveLength(1);
  return returns[0]!;
}

/** A delivered order with an open buyer return request. */
function deliveredWithReturn(t: EmulatorTarget, returnType: 'REFUND' | 'RETURN_AND_REFUND') {
  const { controls } = t.emulator;
  const order = readyOrder(t);
  controls.sellerCenter.ship(order.id);
  controls.carrier.scan(order.id);
  controls.carrier.scan(order.id);
  const request = controls.afterSales.requestReturn(order.id, { returnType, evidence: { note: 'arrived broken' } });
  return { order, request };
}

export const returnRefundCases: ContractCase[] = [
  {
    name: 'Search Cancellations and Search Returns page without repeats',
    target: 'any',
    async run(t) {
      const client = t.client();
      const cancelIds: string[] = [];
      for await (const page of client.returnRefund.searchCancellationsPages(t.shop, {}, { page_size: 50, sort_field: 'create_time', sort_order: 'ASC' })) {
        cancelIds.push(...(page.cancellations ?? []).map((c) => c.cancel_id!));
      }
      expect(new Set(cancelIds).size).toBe(cancelIds.length);
      const returnIds: string[] = [];
      for await (const page of client.returnRefund.searchReturnsPages(t.shop, {}, { page_size: 50, sort_field: 'create_time', sort_order: 'ASC' })) {
        returnIds.push(...(page.return_orders ?? []).map((r) => r.return_id!));
      }
      expect(new Set(returnIds).size).toBe(returnIds.length);
    },
  },
  {
    name: 'approving a buyer cancellation with an idempotency key acts once, even when repeated',
    target: 'emulator',
    async run(t) {
      const client = t.client();
      const order = readyOrder(t);
      t.emulator.controls.afterSales.requestCancel(order.id);
      const pending = await cancellationOf(t, client, order.id);
      expect(pending).toMatchObject({ cancel_type: 'BUYER_CANCEL', cancel_status: 'CANCELLATION_REQUEST_PENDING' });

      const key = randomUUID();
      await client.returnRefund.approveCancellation(t.shop, pending.cancel_id!, { idempotency_key: key });
      await client.returnRefund.approveCancellation(t.shop, pending.cancel_id!, { idempotency_key: key });

      const ledger = t.emulator.controls.ledger({ kind: 'cancellation.approved', orderId: order.id });
      expect(ledger.map((e) => e.detail)).toEqual([expect.objectContaining({ cancelId: pending.cancel_id, idempotencyKey: key })]);
      expect((await client.orders.getDetail(t.shop, [order.id])).orders![0]!.status).toBe('CANCELLED');
      expect((await cancellationOf(t, client, order.id)).cancel_status).not.toBe('CANCELLATION_REQUEST_PENDING');
    },
  },
  {
    name: 'an approval hit by 5xx faults is retried with the same key and acts once',
    target: 'emulator',
    async run(t) {
      const client = t.client();
      const order = readyOrder(t);
      const cancel = t.emulator.controls.afterSales.requestCancel(order.id);
      t.emulator.controls.setFaults({ api: { serverErrorRate: 0.3 } });
      try {
        for (let i = 0; i < 5; i++) await client.returnRefund.searchCancellations(t.shop, { cancel_ids: [cancel.id] }, { page_size: 10 });
        await client.returnRefund.approveCancellation(t.shop, cancel.id);
      } finally {
        t.emulator.controls.setFaults({ api: { serverErrorRate: 0 } });
      }
      const ledger = t.emulator.controls.ledger({ kind: 'cancellation.approved', orderId: order.id });
      expect(ledger).toHaveLength(1);
      // No key given: the client made one up.
      expect(ledger[0]!.detail.idempotencyKey).toEqual(expect.stringMatching(/\S/));
    },
  },
  {
    name: 'rejecting a cancellation needs one of the offered reject reasons',
    target: 'emulator',
    async run(t) {
      const client = t.client();
      const order = readyOrder(t);
      const cancel = t.emulator.controls.afterSales.requestCancel(order.id);
      const { reasons = [] } = await client.returnRefund.getRejectReasons(t.shop, { return_or_cancel_id: cancel.id });
      expect(reasons.length).toBeGreaterThan(0);

      const bogus = await failureOf(client.returnRefund.rejectCancellation(t.shop, cancel.id, { reject_reason: 'not_a_reason' }));
      expect(bogus.kind).toBe('REJECTED');
      expect(t.emulator.controls.ledger({ kind: 'cancellation.rejected', orderId: order.id })).toEqual([]);

      const key = randomUUID();
      await client.returnRefund.rejectCancellation(t.shop, cancel.id, { reject_reason: reasons[0]!.name!, comment: 'already packed' }, { idempotency_key: key });
      expect(t.emulator.controls.ledger({ kind: 'cancellation.rejected', orderId: order.id }).map((e) => e.detail)).toEqual([
        expect.objectContaining({ cancelId: cancel.id, idempotencyKey: key, reason: reasons[0]!.name, comment: 'already packed' }),
      ]);
      expect((await client.orders.getDetail(t.shop, [order.id])).orders![0]!.status).toBe('AWAITING_SHIPMENT');

      // API.md §8.2: the filter spells it ..._CANCEL, the response ..._CANCELLED.
      const { cancellations = [] } = await client.returnRefund.searchCancellations(
        t.shop,
        { order_ids: [order.id], cancel_status: ['CANCELLATION_REQUEST_CANCEL'] },
        { page_size: 10 },
      );
      expect(cancellations.map((c) => [c.cancel_id, c.cancel_status])).toEqual([[cancel.id, 'CANCELLATION_REQUEST_CANCELLED']]);
    },
  },
  {
    name: 'approving a return request moves it to AWAITING_BUYER_SHIP, once per key',
    target: 'emulator',
    async run(t) {
      const client = t.client();
      const { order, request } = deliveredWithReturn(t, 'RETURN_AND_REFUND');
      const pending = await returnOf(t, client, order.id);
      expect(pending).toMatchObject({ return_id: request.id, return_type: 'RETURN_AND_REFUND', return_status: 'RETURN_OR_REFUND_REQUEST_PENDING' });

      const key = randomUUID();
      await client.returnRefund.approveReturn(t.shop, request.id, { decision: 'APPROVE_RETURN' }, { idempotency_key: key });
      await client.returnRefund.approveReturn(t.shop, request.id, { decision: 'APPROVE_RETURN' }, { idempotency_key: key });
      expect(t.emulator.controls.ledger({ kind: 'return.approved', orderId: order.id }).map((e) => e.detail)).toEqual([
        expect.objectContaining({ returnId: request.id, decision: 'APPROVE_RETURN', idempotencyKey: key, status: 'AWAITING_BUYER_SHIP' }),
      ]);
      expect((await returnOf(t, client, order.id)).return_status).toBe('AWAITING_BUYER_SHIP');
    },
  },
  {
    name: 'rejecting a refund request with an offered reason',
    target: 'emulator',
    async run(t) {
      const client = t.client();
      const { order, request } = deliveredWithReturn(t, 'REFUND');
      const { reasons = [] } = await client.returnRefund.getRejectReasons(t.shop, { return_or_cancel_id: request.id });
      expect(reasons.length).toBeGreaterThan(0);

      const key = randomUUID();
      await client.returnRefund.rejectReturn(t.shop, request.id, { decision: 'REJECT_REFUND', reject_reason: reasons[0]!.name!, comment: 'works as described' }, { idempotency_key: key });
      expect(t.emulator.controls.ledger({ kind: 'return.rejected', orderId: order.id }).map((e) => e.detail)).toEqual([
        expect.objectContaining({ returnId: request.id, decision: 'REJECT_REFUND', idempotencyKey: key, reason: reasons[0]!.name }),
      ]);
      expect((await returnOf(t, client, order.id)).return_status).toBe('REFUND_OR_RETURN_REQUEST_REJECT');
    },
  },
];
