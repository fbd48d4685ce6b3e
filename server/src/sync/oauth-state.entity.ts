import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../users/user.entity.js';
import { Warehouse } from '../warehouses/warehouse.entity.js';

/** A pending TikTok consent: the CSRF `state` we sent, usable once before it expires. */
export const OAuthStateSchema = defineEntity({
  name: 'OAuthState',
  tableName: 'oauth_state',
  properties: {
    state: p.string().primary(),
    createdBy: () => p.manyToOne(User).nullable(),
    /** Hub warehouse the connected shops are linked to, when the admin chose one. */
    warehouse: () => p.manyToOne(Warehouse).nullable(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
  },
});
export class OAuthState extends OAuthStateSchema.class {}
OAuthStateSchema.setClass(OAuthState);
