import express, { type Express } from 'express';
import { withTransaction } from '../db/pool.js';
import type { Hub } from '../hub.js';
import { enqueue } from '../jobs/queue.js';
import { parseWebhook } from '../tiktok/index.js';

export const WEBHOOK_PATH = '/webhooks/tiktok';
export const WEBHOOK_JOB = 'webhook-process';

/**
 * POST /webhooks/tiktok: verify the signature on the raw bytes, store the delivery once and enqueue
 * its processing in the same transaction, answer 200. TikTok gives us 3 seconds; this takes one insert.
 * Forged or unsigned deliveries get 401 and leave no trace.
 */
export function mountWebhookIntake(app: Express, hub: Hub): void {
  app.post(WEBHOOK_PATH, express.raw({ type: () => true, limit: '1mb' }), async (req, res, next) => {
    try {
      const body: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const parsed = parseWebhook(body, req.header('authorization'), hub.tiktokApp.appKey, hub.tiktokApp.appSecret);
      if (parsed.status === 'bad_signature') {
        res.status(401).end();
        return;
      }
      if (parsed.status === 'malformed') {
        // Signed by TikTok but not understood: acknowledge (a retry would not help) and let polling reconcile.
        hub.log.warn({ reason: parsed.reason }, 'malformed webhook acknowledged');
        res.status(200).end();
        return;
      }
      const event = parsed.event;
      const shopId = 'shop_id' in event ? (event.shop_id ?? null) : null;
      await withTransaction(hub.pool, async (tx) => {
        const { rows } = await tx.query(
          `insert into app.inbound_event (dedupe_key, type, topic, tiktok_shop_id, payload, received_at)
           values ($1, $2, $3, $4, $5, now()) on conflict (dedupe_key) do nothing returning id`,
          [parsed.dedupeKey, event.type, event.topic, shopId, JSON.stringify(event)],
        );
        if (!rows.length) return;
        await enqueue(hub.boss, WEBHOOK_JOB, { eventId: Number(rows[0].id) }, { tx });
      });
      res.status(200).end();
    } catch (err) {
      next(err);
    }
  });
}
