import { defineEntity, p } from '@mikro-orm/core';

/** A third-party logistics partner that ships packages assigned to it. */
export const PartnerSchema = defineEntity({
  name: 'Partner',
  tableName: 'partner',
  properties: {
    id: p.integer().primary().autoincrement(),
    name: p.string().unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class Partner extends PartnerSchema.class {}
PartnerSchema.setClass(Partner);
