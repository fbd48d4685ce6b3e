import type { Pool } from '../db/pool.js';
import { withTransaction } from '../db/pool.js';
import { userError, type UserErrorShape } from '../graphql/user-errors.js';
import { appendJournal } from '../journal/journal.js';
import { requireRole, type Actor } from '../platform/actor.js';
import { idOf } from '../platform/global-id.js';
import type { ProviderRef } from '../shipping/delivery-option.entity.js';

export const CARRIER_ERROR_CODES = ['CARRIER_NOT_FOUND', 'CODE_TAKEN', 'INVALID'] as const;
export type CarrierErrorCode = (typeof CARRIER_ERROR_CODES)[number];
export const CARRIER_MAPPING_ERROR_CODES = ['SHOP_NOT_FOUND', 'CARRIER_NOT_FOUND', 'DELIVERY_OPTION_NOT_FOUND', 'PROVIDER_NOT_OFFERED'] as const;
export type CarrierMappingErrorCode = (typeof CARRIER_MAPPING_ERROR_CODES)[number];

export interface CarrierFields {
  code?: string | null;
  name?: string | null;
  trackingUrlTemplate?: string | null;
  trackingNumberPattern?: string | null;
}

function actorName(actor: Actor): string {
  return actor.kind === 'user' ? `user:${actor.userId}` : actor.kind === 'api-token' ? `token:${actor.tokenId}` : 'anonymous';
}

/** Checks the parts given; a pattern must compile and a template must say where the number goes. */
function validate(fields: CarrierFields, creating: boolean): UserErrorShape<CarrierErrorCode>[] {
  const errors: UserErrorShape<CarrierErrorCode>[] = [];
  const code = fields.code?.trim();
  if (creating || fields.code !== undefined) {
    if (!code || !/^[A-Za-z0-9_-]{1,40}$/.test(code)) errors.push(userError('INVALID', 'A code is 1–40 letters, digits, - or _.', ['code']));
  }
  if ((creating || fields.name !== undefined) && !fields.name?.trim()) errors.push(userError('INVALID', 'A carrier needs a name.', ['name']));
  if (fields.trackingUrlTemplate && !/^https?:\/\/.*\{tracking\}/.test(fields.trackingUrlTemplate)) {
    errors.push(userError('INVALID', 'The tracking URL must be http(s) and contain {tracking}.', ['trackingUrlTemplate']));
  }
  if (fields.trackingNumberPattern) {
    try {
      new RegExp(fields.trackingNumberPattern);
    } catch {
      errors.push(userError('INVALID', 'The tracking number pattern is not a valid regular expression.', ['trackingNumberPattern']));
    }
  }
  return errors;
}

/** Whether the tracking number fits the carrier's pattern (matched in full, letters case-insensitively). */
export function fitsPattern(pattern: string | null, trackingNumber: string): boolean {
  if (!pattern) return /^[0-9A-Za-z]{6,40}$/.test(trackingNumber);
  return new RegExp(`^(?:${pattern})$`, 'i').test(trackingNumber);
}

export async function createCarrier(pool: Pool, actor: Actor, fields: CarrierFields): Promise<{ carrierId: number | null; userErrors: UserErrorShape<CarrierErrorCode>[] }> {
  requireRole(actor);
  const userErrors = validate(fields, true);
  if (userErrors.length) return { carrierId: null, userErrors };
  return withTransaction(pool, async (tx) => {
    const { rows } = await tx.query(
      `insert into app.carrier (code, name, tracking_url_template, tracking_number_pattern, created_at) values ($1, $2, $3, $4, now())
       on conflict (code) do nothing returning id`,
      [fields.code!.trim(), fields.name!.trim(), fields.trackingUrlTemplate || null, fields.trackingNumberPattern || null],
    );
    if (!rows[0]) return { carrierId: null, userErrors: [userError('CODE_TAKEN', 'Another carrier has this code.', ['code'])] };
    await appendJournal(tx, [{ shopId: null, entityType: 'Carrier', entityId: rows[0].id, kind: 'CARRIER_CREATED', source: 'USER', actor: actorName(actor) }]);
    return { carrierId: rows[0].id as number, userErrors: [] };
  });
}

export async function updateCarrier(
  pool: Pool,
  actor: Actor,
  carrierGid: string,
  fields: CarrierFields,
): Promise<{ carrierId: number | null; userErrors: UserErrorShape<CarrierErrorCode>[] }> {
  requireRole(actor);
  const id = idOf(carrierGid, 'Carrier');
  const userErrors = validate(fields, false);
  if (userErrors.length) return { carrierId: null, userErrors };
  return withTransaction(pool, async (tx) => {
    const current = id ? (await tx.query('select * from app.carrier where id = $1 for update', [id])).rows[0] : null;
    if (!current) return { carrierId: null, userErrors: [userError('CARRIER_NOT_FOUND', 'No such carrier.', ['id'])] };
    const code = fields.code?.trim() ?? current.code;
    const taken = await tx.query('select 1 from app.carrier where code = $1 and id <> $2', [code, id]);
    if (taken.rowCount) return { carrierId: null, userErrors: [userError('CODE_TAKEN', 'Another carrier has this code.', ['code'])] };
    const pick = <T>(given: T | null | undefined, was: T) => (given === undefined ? was : given || null);
    await tx.query(`update app.carrier set code = $2, name = $3, tracking_url_template = $4, tracking_number_pattern = $5 where id = $1`, [
      id,
      code,
      fields.name?.trim() ?? current.name,
      pick(fields.trackingUrlTemplate, current.tracking_url_template),
      pick(fields.trackingNumberPattern, current.tracking_number_pattern),
    ]);
    await appendJournal(tx, [{ shopId: null, entityType: 'Carrier', entityId: id!, kind: 'CARRIER_UPDATED', source: 'USER', actor: actorName(actor) }]);
    return { carrierId: id, userErrors: [] };
  });
}

/**
 * Maps a hub carrier to one of TikTok's providers for a shop's delivery option. The provider must be one
 * TikTok lists for that option (pulled by the logistics sync), or TikTok would refuse the tracking later.
 */
export async function setCarrierMapping(
  pool: Pool,
  actor: Actor,
  input: { shopId: string; deliveryOptionId: string; carrierId: string; tiktokShippingProviderId: string },
): Promise<{ mappingId: number | null; userErrors: UserErrorShape<CarrierMappingErrorCode>[] }> {
  requireRole(actor);
  const shopId = idOf(input.shopId, 'Shop');
  const carrierId = idOf(input.carrierId, 'Carrier');
  return withTransaction(pool, async (tx) => {
    const shop = shopId ? (await tx.query('select id from app.shop where id = $1', [shopId])).rows[0] : null;
    if (!shop) return { mappingId: null, userErrors: [userError('SHOP_NOT_FOUND', 'No such shop.', ['shopId'])] };
    const carrier = carrierId ? (await tx.query('select id from app.carrier where id = $1', [carrierId])).rows[0] : null;
    if (!carrier) return { mappingId: null, userErrors: [userError('CARRIER_NOT_FOUND', 'No such carrier.', ['carrierId'])] };
    const option = (
      await tx.query('select providers from app.delivery_option where shop_id = $1 and tiktok_delivery_option_id = $2', [shopId, input.deliveryOptionId])
    ).rows[0];
    if (!option) {
      return {
        mappingId: null,
        userErrors: [userError('DELIVERY_OPTION_NOT_FOUND', 'The shop has no such delivery option; sync its logistics first (shopLogisticsSync).', ['deliveryOptionId'])],
      };
    }
    const provider = (option.providers as ProviderRef[]).find((p) => p.id === input.tiktokShippingProviderId);
    if (!provider) {
      return {
        mappingId: null,
        userErrors: [userError('PROVIDER_NOT_OFFERED', 'TikTok does not offer this shipping provider for the delivery option.', ['tiktokShippingProviderId'])],
      };
    }
    const { rows } = await tx.query(
      `insert into app.carrier_mapping (shop_id, tiktok_delivery_option_id, carrier_id, tiktok_shipping_provider_id, tiktok_shipping_provider_name, created_at, updated_at)
       values ($1, $2, $3, $4, $5, now(), now())
       on conflict (shop_id, tiktok_delivery_option_id, carrier_id) do update set tiktok_shipping_provider_id = excluded.tiktok_shipping_provider_id,
         tiktok_shipping_provider_name = excluded.tiktok_shipping_provider_name, updated_at = now()
       returning id`,
      [shopId, input.deliveryOptionId, carrierId, provider.id, provider.name],
    );
    await appendJournal(tx, [
      {
        shopId,
        entityType: 'CarrierMapping',
        entityId: rows[0].id,
        kind: 'CARRIER_MAPPED',
        source: 'USER',
        actor: actorName(actor),
        data: { deliveryOptionId: input.deliveryOptionId, carrierId, providerId: provider.id },
      },
    ]);
    return { mappingId: rows[0].id as number, userErrors: [] };
  });
}
