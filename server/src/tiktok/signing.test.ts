import { describe, expect, test } from 'vitest';
import { signRequest, stringToSign, verifyWebhookSignature, webhookSignature } from './signing.js';
import { SIGNING_VECTORS, WEBHOOK_VECTOR } from './signing.vectors.js';

function decodedQuery(rawQuery: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(rawQuery));
}

describe('request signing (API.md §2.1)', () => {
  for (const vector of SIGNING_VECTORS) {
    test(`${vector.id}: ${vector.method} ${vector.path}`, () => {
      const input = {
        appSecret: vector.appSecret,
        path: vector.path,
        query: decodedQuery(vector.rawQuery),
        body: vector.body,
        multipart: vector.multipart,
      };
      expect(stringToSign(input)).toBe(vector.stringToSign);
      expect(signRequest(input)).toBe(vector.sign);
    });
  }

  test('signs body bytes, not a re-serialization', () => {
    const base = { appSecret: 's', path: '/p', query: { app_key: 'k', timestamp: '1' } };
    expect(signRequest({ ...base, body: '{"a":1,"b":2}' })).not.toBe(signRequest({ ...base, body: '{"b":2,"a":1}' }));
    expect(signRequest({ ...base, body: Buffer.from('{"a":1}') })).toBe(signRequest({ ...base, body: '{"a":1}' }));
  });

  test('ignores an existing sign parameter', () => {
    const query = { app_key: 'k', timestamp: '1' };
    const input = { appSecret: 's', path: '/p', query };
    expect(signRequest({ ...input, query: { ...query, sign: 'x' } })).toBe(signRequest(input));
  });
});

describe('webhook signature (API.md §10.3)', () => {
  const body = Buffer.from(WEBHOOK_VECTOR.body, 'utf8');
  const { appKey, appSecret, authorization } = WEBHOOK_VECTOR;

  test('W1 computes the documented header', () => {
    expect(webhookSignature(body, appKey, appSecret)).toBe(authorization);
  });

  test('W1 verifies; tolerates surrounding whitespace and upper-case hex', () => {
    expect(verifyWebhookSignature(body, authorization, appKey, appSecret)).toBe(true);
    expect(verifyWebhookSignature(body, ` ${authorization.toUpperCase()} `, appKey, appSecret)).toBe(true);
  });

  test('rejects a changed body, wrong secret, missing or truncated header', () => {
    const reserialized = Buffer.from(JSON.stringify(JSON.parse(WEBHOOK_VECTOR.body), null, 1));
    expect(verifyWebhookSignature(reserialized, authorization, appKey, appSecret)).toBe(false);
    expect(verifyWebhookSignature(body, authorization, appKey, 'other')).toBe(false);
    expect(verifyWebhookSignature(body, undefined, appKey, appSecret)).toBe(false);
    expect(verifyWebhookSignature(body, authorization.slice(0, 10), appKey, appSecret)).toBe(false);
  });
});
