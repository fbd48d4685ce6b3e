import { defineEntity, p } from '@mikro-orm/core';

export const CarrierSchema = defineEntity({
  name: 'Carrier',
  tableName: 'carrier',
  properties: {
    id: p.integer().primary().autoincrement(),
    code: p.string().unique(),
    name: p.string(),
    /** `{tracking}` is replaced by the tracking number. */
    trackingUrlTemplate: p.string().nullable(),
    /** A regular expression a tracking number of this carrier must match in full. */
    trackingNumberPattern: p.string().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class Carrier extends CarrierSchema.class {}
CarrierSchema.setClass(Carrier);
