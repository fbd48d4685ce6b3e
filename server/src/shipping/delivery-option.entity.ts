import { defineEntity, p } from '@mikro-orm/core';
import { Shop } from '../shops/shop.entity.js';

export interface ProviderRef {
  id: string;
  name: string;
}

/** A shop's delivery option as TikTok's logistics API lists it, with the carriers it accepts. */
export const DeliveryOptionSchema = defineEntity({
  name: 'DeliveryOption',
  tableName: 'delivery_option',
  uniques: [{ properties: ['shop', 'tiktokDeliveryOptionId'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    shop: () => p.manyToOne(Shop),
    tiktokDeliveryOptionId: p.string(),
    name: p.string(),
    /** STANDARD, EXPRESS, ECONOMY (TikTok shipping) or SEND_BY_SELLER. */
    type: p.string(),
    /** TikTok warehouse ids offering this option. */
    tiktokWarehouseIds: p.json<string[]>().default('[]'),
    /** TikTok's shipping providers for the option (Get Shipping Providers); empty for TikTok-shipped options. */
    providers: p.json<ProviderRef[]>().default('[]'),
    syncedAt: p.datetime(),
  },
});
export class DeliveryOption extends DeliveryOptionSchema.class {}
DeliveryOptionSchema.setClass(DeliveryOption);
