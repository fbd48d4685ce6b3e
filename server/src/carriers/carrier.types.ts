import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserErrorType } from '../graphql/user-errors.js';
import { CARRIER_ERROR_CODES, CARRIER_MAPPING_ERROR_CODES } from './carrier.service.js';
import { Node } from '../graphql/node.js';
import { toGlobalId } from '../platform/global-id.js';
import type { Carrier as CarrierEntity } from './carrier.entity.js';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A carrier the hub ships with (for seller-shipped, 3PL, packages).' })
export class Carrier extends Node {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'URL with `{tracking}` where the tracking number goes.' })
  trackingUrlTemplate!: string | null;
  @Field(() => String, { nullable: true, description: 'Regular expression a tracking number must match.' })
  trackingNumberPattern!: string | null;
}

export type CarrierView = Carrier & { dbId: number };

export function carrierView(c: CarrierEntity): CarrierView {
  return {
    dbId: c.id,
    id: toGlobalId('Carrier', c.id),
    code: c.code,
    name: c.name,
    trackingUrlTemplate: c.trackingUrlTemplate ?? null,
    trackingNumberPattern: c.trackingNumberPattern ?? null,
  };
}

export function trackingUrl(carrier: { trackingUrlTemplate: string | null }, trackingNumber: string | null): string | null {
  if (!carrier.trackingUrlTemplate || !trackingNumber) return null;
  return carrier.trackingUrlTemplate.replace('{tracking}', encodeURIComponent(trackingNumber));
}

export const CarrierError = UserErrorType('CarrierError', CARRIER_ERROR_CODES);
export const CarrierMappingError = UserErrorType('CarrierMappingError', CARRIER_MAPPING_ERROR_CODES);

@InputType()
export class CarrierCreateInput {
  @Field(() => String, { description: 'Short unique code, e.g. USPS.' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'http(s) URL containing {tracking}.' }) trackingUrlTemplate?: string | null;
  @Field(() => String, { nullable: true, description: 'Regular expression a tracking number must match in full (letters case-insensitive).' })
  trackingNumberPattern?: string | null;
}

@InputType()
export class CarrierUpdateInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty string removes it.' }) trackingUrlTemplate?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty string removes it.' }) trackingNumberPattern?: string | null;
}

@ObjectType()
export class CarrierPayload {
  @Field(() => Carrier, { nullable: true }) carrier!: CarrierView | null;
  @Field(() => [CarrierError]) userErrors!: InstanceType<typeof CarrierError>[];
}

@ObjectType({ simpleResolvers: true, description: "A hub carrier's TikTok shipping provider for one shop and delivery option." })
export class CarrierMapping {
  @Field(() => ID) id!: string;
  @Field(() => ID) shopId!: string;
  @Field(() => String, { description: "TikTok's delivery option id." }) deliveryOptionId!: string;
  @Field(() => Carrier) carrier!: CarrierView;
  @Field(() => String) tiktokShippingProviderId!: string;
  @Field(() => String) tiktokShippingProviderName!: string;
}

@InputType()
export class CarrierMappingSetInput {
  @Field(() => ID) shopId!: string;
  @Field(() => String, { description: "TikTok's delivery option id (see deliveryOptions)." }) deliveryOptionId!: string;
  @Field(() => ID) carrierId!: string;
  @Field(() => String, { description: 'One of the providers TikTok lists for the delivery option.' }) tiktokShippingProviderId!: string;
}

@ObjectType()
export class CarrierMappingSetPayload {
  @Field(() => CarrierMapping, { nullable: true }) mapping!: CarrierMapping | null;
  @Field(() => [CarrierMappingError]) userErrors!: InstanceType<typeof CarrierMappingError>[];
}
