import { z } from 'zod';
import { int, str, unixSeconds, wireObject } from './common.js';

/** GET /event/202309/webhooks */
export const getWebhooksDataSchema = wireObject({
  total_count: int,
  webhooks: z.array(wireObject({ event_type: str, address: str, create_time: unixSeconds, update_time: unixSeconds })),
});
export type GetWebhooksData = z.infer<typeof getWebhooksDataSchema>;

/** PUT /event/202309/webhooks */
export interface UpdateWebhookBody {
  /** https only, domain name, no port, ≤ 255 chars. */
  address: string;
  event_type: string;
}

/** DELETE /event/202309/webhooks — succeeds even when nothing was configured. */
export interface DeleteWebhookBody {
  event_type: string;
}
