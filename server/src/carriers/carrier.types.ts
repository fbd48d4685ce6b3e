import { Field, ObjectType } from 'type-graphql';
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
