import type { ApiCaller, ShopRef } from '../api-caller.js';
import { emptyDataSchema } from '../wire/common.js';
import { getWebhooksDataSchema, type DeleteWebhookBody, type UpdateWebhookBody } from '../wire/events.js';

const PATH = '/event/202309/webhooks';

/** Per-shop webhook subscriptions. Setting or deleting the same subscription twice is harmless, so both replay. */
export function eventEndpoints(api: ApiCaller) {
  return {
    /** GET /event/202309/webhooks */
    getWebhooks: (shop: ShopRef) => api.call({ method: 'GET', path: PATH, shop, data: getWebhooksDataSchema, replayable: true }),
    /** PUT /event/202309/webhooks */
    updateWebhook: (shop: ShopRef, body: UpdateWebhookBody) =>
      api.call({ method: 'PUT', path: PATH, shop, body, data: emptyDataSchema, replayable: true }),
    /** DELETE /event/202309/webhooks — succeeds even if nothing was subscribed. */
    deleteWebhook: (shop: ShopRef, body: DeleteWebhookBody) =>
      api.call({ method: 'DELETE', path: PATH, shop, body, data: emptyDataSchema, replayable: true }),
  };
}
