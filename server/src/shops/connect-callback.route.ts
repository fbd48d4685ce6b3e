import type { Express } from 'express';
import type { Hub } from '../hub.js';
import { completeConnect } from './shop-connection.js';

export const CONNECT_CALLBACK_PATH = '/oauth/tiktok/callback';

/** Where TikTok's consent page sends the seller back; then on to the console's shops screen. */
export function mountConnectCallback(app: Express, hub: Hub): void {
  app.get(CONNECT_CALLBACK_PATH, async (req, res, next) => {
    try {
      const code = typeof req.query.code === 'string' ? req.query.code : '';
      const state = typeof req.query.state === 'string' ? req.query.state : '';
      const result = code && state ? await completeConnect(hub, code, state) : { error: 'STATE_INVALID', message: 'The link lacks code or state.' };
      const target = new URLSearchParams('error' in result ? { connectError: result.message } : { connected: String(result.shopIds.length) });
      res.redirect(303, `/#/shops?${target}`);
    } catch (err) {
      next(err);
    }
  });
}
