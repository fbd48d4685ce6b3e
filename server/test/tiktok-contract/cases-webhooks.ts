/** Event API subscription and webhook delivery, verified with the client's parser (API.md §10). */
import { expect } from 'vitest';
import { parseWebhook, type OrderStatusChangeEvent, type WebhookParseResult } from '../../src/tiktok/index.js';
import type { ContractCase } from './contract-case.js';
import type { EmulatorTarget } from './target.js';
import { startWebhookReceiver, type ReceivedDelivery } from './webhook-receiver.js';

function parsed(t: EmulatorTarget, delivery: ReceivedDelivery): WebhookParseResult {
  return parseWebhook(delivery.body, delivery.authorization, t.appKey, t.appSecret);
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
];
