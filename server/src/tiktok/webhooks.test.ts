import { describe, expect, test } from 'vitest';
import { webhookSignature } from './signing.js';
import { WEBHOOK_VECTOR } from './signing.vectors.js';
import { parseWebhook } from './webhooks.js';

const { appKey, appSecret } = WEBHOOK_VECTOR;

function delivery(payload: unknown) {
  const body = Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload));
  return { body, signature: webhookSignature(body, appKey, appSecret) };
}

describe('parseWebhook', () => {
  test('W1 verifies and parses into a typed order status event', () => {
    const result = parseWebhook(Buffer.from(WEBHOOK_VECTOR.body), WEBHOOK_VECTOR.authorization, appKey, appSecret);
    expect(result).toEqual({
      status: 'verified',
      dedupeKey: '7327112393057371910',
      event: {
        topic: 'ORDER_STATUS_CHANGE',
        type: 1,
        tts_notification_id: '7327112393057371910',
        shop_id: '7494049642642441621',
        timestamp: 1644412885,
        data: { order_id: '576486316948490001', order_status: 'AWAITING_SHIPMENT', is_on_hold_order: false, update_time: 1644412885 },
      },
    });
  });

  test('a wrong or missing signature is bad_signature, whatever the body', () => {
    const body = Buffer.from(WEBHOOK_VECTOR.body);
    expect(parseWebhook(body, 'f'.repeat(64), appKey, appSecret)).toEqual({ status: 'bad_signature' });
    expect(parseWebhook(body, undefined, appKey, appSecret)).toEqual({ status: 'bad_signature' });
    expect(parseWebhook(body, WEBHOOK_VECTOR.authorization, 'other-app', appSecret)).toEqual({ status: 'bad_signature' });
  });

  test('unknown types are kept with their raw payload', () => {
    const payload = { type: 5, shop_id: '1', timestamp: 1, data: { product_id: 1729582718312380123, status: 'PRODUCT_STATUS_CHANGED' } };
    const { body, signature } = delivery(payload);
    const result = parseWebhook(body, signature, appKey, appSecret);
    expect(result).toMatchObject({ status: 'verified', event: { topic: 'UNKNOWN', type: 5, shop_id: '1', raw: payload } });
    // No notification id: the body hash stands in, so a redelivery of the same bytes dedupes.
    expect(result.status === 'verified' && result.dedupeKey).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test("the type-1 docs spelling CANCEL reads as the order API's CANCELLED", () => {
    const { body, signature } = delivery({ type: 1, shop_id: '1', data: { order_id: 'o', order_status: 'CANCEL', update_time: 1 } });
    const result = parseWebhook(body, signature, appKey, appSecret);
    expect(result.status === 'verified' && result.event.topic === 'ORDER_STATUS_CHANGE' && result.event.data.order_status).toBe('CANCELLED');
  });

  test('signed but unusable payloads are malformed, with the raw payload kept', () => {
    const missingOrder = delivery({ type: 12, shop_id: '1', data: { return_id: 'r' } });
    expect(parseWebhook(missingOrder.body, missingOrder.signature, appKey, appSecret)).toMatchObject({
      status: 'malformed',
      raw: { type: 12, data: { return_id: 'r' } },
    });
    const notJson = delivery('not json');
    expect(parseWebhook(notJson.body, notJson.signature, appKey, appSecret)).toMatchObject({ status: 'malformed', raw: 'not json' });
    const noType = delivery({ shop_id: '1' });
    expect(parseWebhook(noType.body, noType.signature, appKey, appSecret)).toMatchObject({ status: 'malformed' });
  });
});
