import { defineEntity, p } from '@mikro-orm/core';
import { Shop } from '../shops/shop.entity.js';
import { Carrier } from './carrier.entity.js';

/**
 * Which of TikTok's shipping providers a hub carrier is, for one shop and delivery option: TikTok only
 * accepts tracking from the providers of the order's delivery option (Get Shipping Providers).
 */
export const CarrierMappingSchema = defineEntity({
  name: 'CarrierMapping',
  tableName: 'carrier_mapping',
  uniques: [{ properties: ['shop', 'tiktokDeliveryOptionId', 'carrier'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    shop: () => p.manyToOne(Shop),
    tiktokDeliveryOptionId: p.string(),
    carrier: () => p.manyToOne(Carrier),
    tiktokShippingProviderId: p.string(),
    tiktokShippingProviderName: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export class CarrierMapping extends CarrierMappingSchema.class {}
CarrierMappingSchema.setClass(CarrierMapping);
