/** Event API subscription and webhook delivery, verified with the client's parser (API.md §10). */
import { expect } from 'vitest';
import { parseWebhook, type OrderStatusChangeEvent, type WebhookParseResult } from '../../src/tiktok/index.js';
import type { ContractCase } from './contract-case.js';
import { deliveryOptionId, readyOrder } from './emulator-world.js';
import type { EmulatorTarget } from './target.js';
import { startWebhookReceiver, type ReceivedDelivery } from './webhook-receiver.js';

function parsed(t: EmulatorTarget, delivery: ReceivedDelivery): WebhookParseResult {
  return parseWebhook(delivery.body, delivery.authorization, t.appKey, t.appSecret);
}

function verifiedEvent(t: EmulatorTarget, delivery: ReceivedDelivery) {
  const result = parsed(t, delivery);
  return result.status === 'verified' ? result.event : undefined;
}

function orderEvent(t: EmulatorTarget, delivery: ReceivedDelivery): OrderStatusChangeEvent | undefined {
  const result = parsed(t, delivery);
  return result.status === 'verified' && result.event.topic === 'ORDER_STATUS_CHANGE' ? result.event : undefined;
}

const isOrderEvent = (t: EmulatorTarget, orderId: string, status: string) => (delivery: ReceivedDelivery) => {
  const event = orderEvent(t, delivery);
  return event?.data.order_id === orderId && event.data.order_status === status;
};

export const webhookCases: ContractCase[] = [
  {
    name: 'webhooks: subscribe via the Event API, receive signed typed order events, retries keep the dedupe key',
    target: 'emulator',
    async run(t) {
      const { controls } = t.emulator;
      const client = t.client();
      const receiver = await startWebhookReceiver();
      try {
        await client.events.updateWebhook(t.shop, { event_type: 'ORDER_STATUS_CHANGE', address: receiver.url });
        const { webhooks = [] } = await client.events.getWebhooks(t.shop);
        expect(webhooks).toContainEqual(expect.objectContaining({ event_type: 'ORDER_STATUS_CHANGE', address: receiver.url }));
        expect(controls.ledger({ kind: 'webhook.subscribed', shopId: t.shop.id }).at(-1)!.detail).toEqual({ eventType: 'ORDER_STATUS_CHANGE', address: receiver.url });

        // The first attempt of every notification fails, so each one also arrives as a retry.
        const attempts = new Map<string, number>();
        receiver.answerWith((d) => {
          const key = d.body.toString('utf8');
          attempts.set(key, (attempts.get(key) ?? 0) + 1);
          return attempts.get(key) === 1 ? 503 : 200;
        });

        const [order] = controls.createOrders({ shopId: t.shop.id });
        const onHold = await receiver.next(isOrderEvent(t, order!.id, 'ON_HOLD'));
        const result = parsed(t, onHold);
        expect(result.status).toBe('verified');
        const event = orderEvent(t, onHold)!;
        expect(event).toMatchObject({ type: 1, topic: 'ORDER_STATUS_CHANGE', shop_id: t.shop.id, data: { order_id: order!.id, order_status: 'ON_HOLD', is_on_hold_order: true } });

        // `onHold` is the first attempt (answered 503); the platform sends the same bytes again.
        const retry = await receiver.next((d) => d !== onHold && d.body.equals(onHold.body));
        const keys = [onHold, retry].map((d) => {
          const r = parsed(t, d);
          return r.status === 'verified' ? r.dedupeKey : r.status;
        });
        expect(new Set(keys).size).toBe(1);

        // Tampered bytes no longer verify.
        const tampered = Buffer.from(onHold.body.toString('utf8').replace('ON_HOLD', 'AWAITING_SHIPMENT'));
        expect(parseWebhook(tampered, onHold.authorization, t.appKey, t.appSecret).status).toBe('bad_signature');
      } finally {
        await client.events.deleteWebhook(t.shop, { event_type: 'ORDER_STATUS_CHANGE' });
        await t.emulator.controls.webhooks.idle();
        await receiver.close();
      }
      const { webhooks = [] } = await client.events.getWebhooks(t.shop);
      expect(webhooks.filter((w) => w.event_type === 'ORDER_STATUS_CHANGE')).toEqual([]);
    },
  },
  {
    name: 'webhooks: a cancellation spelled CANCEL (as the type-1 docs do) parses as CANCELLED',
    target: 'emulator',
    async run(t) {
      const { controls, services } = t.emulator;
      const client = t.client();
      const receiver = await startWebhookReceiver();
      const spelling = services.config.webhookCancelledSpelling;
      services.config.webhookCancelledSpelling = 'CANCEL';
      try {
        await client.events.updateWebhook(t.shop, { event_type: 'ORDER_STATUS_CHANGE', address: receiver.url });
        const [order] = controls.createOrders({ shopId: t.shop.id });
        controls.sellerCenter.cancelOrder(order!.id);
        const delivery = await receiver.next((d) => d.body.includes('"CANCEL"') && d.body.includes(order!.id));
        expect(orderEvent(t, delivery)?.data.order_status).toBe('CANCELLED');
      } finally {
        services.config.webhookCancelledSpelling = spelling;
        await client.events.deleteWebhook(t.shop, { event_type: 'ORDER_STATUS_CHANGE' });
        await t.emulator.controls.webhooks.idle();
        await receiver.close();
      }
    },
  },
  {
    name: 'webhooks: package, cancellation and return events arrive typed with the ids the API reports',
    target: 'emulator',
    async run(t) {
      const { controls } = t.emulator;
      const client = t.client();
      const receiver = await startWebhookReceiver();
      const topics = ['PACKAGE_UPDATE', 'CANCELLATION_STATUS_CHANGE', 'RETURN_STATUS_CHANGE'];
      try {
        for (const event_type of topics) await client.events.updateWebhook(t.shop, { event_type, address: receiver.url });
        const event = async (matches: (e: NonNullable<ReturnType<typeof verifiedEvent>>) => boolean) =>
          verifiedEvent(t, await receiver.next((d) => {
            const e = verifiedEvent(t, d);
            return e !== undefined && matches(e);
          }))!;

        const toSplit = readyOrder(t, { deliveryOptionId: await deliveryOptionId(t, client, 'STANDARD'), units: [2] });
        const [a] = toSplit.lineItems.map((l) => l.id);
        const { packages = [] } = await client.fulfillment.splitOrder(t.shop, toSplit.id, { splittable_groups: [{ id: 'one', order_line_item_ids: [a!] }] });
        const split = await event((e) => e.topic === 'PACKAGE_UPDATE' && e.data.package_list?.some((p) => p.order_id_list?.includes(toSplit.id)) === true);
        expect(split).toMatchObject({ type: 4, topic: 'PACKAGE_UPDATE', shop_id: t.shop.id, data: { sc_type: 'SPLIT', role_type: 'ROLE_SELLER' } });
        const pushed = split.topic === 'PACKAGE_UPDATE' ? (split.data.package_list ?? []).map((p) => p.package_id) : [];
        expect(pushed).toContain(packages[0]!.id);

        const toCancel = readyOrder(t);
        controls.afterSales.requestCancel(toCancel.id);
        const [listed] = (await client.returnRefund.searchCancellations(t.shop, { order_ids: [toCancel.id] }, { page_size: 10 })).cancellations ?? [];
        const cancelled = await event((e) => e.topic === 'CANCELLATION_STATUS_CHANGE' && e.data.order_id === toCancel.id);
        expect(cancelled).toMatchObject({ type: 11, data: { cancel_id: listed!.cancel_id, cancel_status: 'CANCELLATION_REQUEST_PENDING', cancellations_role: 'BUYER' } });

        const toReturn = readyOrder(t);
        controls.sellerCenter.ship(toReturn.id);
        controls.carrier.scan(toReturn.id);
        controls.carrier.scan(toReturn.id);
        controls.afterSales.requestReturn(toReturn.id, { returnType: 'REFUND' });
        const [ret] = (await client.returnRefund.searchReturns(t.shop, { order_ids: [toReturn.id] }, { page_size: 10 })).return_orders ?? [];
        const returned = await event((e) => e.topic === 'RETURN_STATUS_CHANGE' && e.data.order_id === toReturn.id);
        expect(returned).toMatchObject({ type: 12, data: { return_id: ret!.return_id, return_type: 'REFUND', return_status: ret!.return_status } });
      } finally {
        for (const event_type of topics) await client.events.deleteWebhook(t.shop, { event_type });
        await controls.webhooks.idle();
        await receiver.close();
      }
    },
  },
];
