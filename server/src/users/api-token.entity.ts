import { defineEntity, p } from '@mikro-orm/core';
import { Partner } from './partner.entity.js';
import { User } from './user.entity.js';

/** SHIPPING_TOOL tokens read everything; THREE_PL tokens see and change only their partner's packages. */
export const API_TOKEN_KINDS = ['SHIPPING_TOOL', 'THREE_PL'] as const;
export type ApiTokenKind = (typeof API_TOKEN_KINDS)[number];

export const ApiTokenSchema = defineEntity({
  name: 'ApiToken',
  tableName: 'api_token',
  properties: {
    id: p.integer().primary().autoincrement(),
    name: p.string(),
    kind: p.enum(API_TOKEN_KINDS),
    partner: () => p.manyToOne(Partner).nullable(),
    tokenHash: p.string().unique().hidden(),
    /** The first characters of the token, shown so people can tell tokens apart. */
    tokenPrefix: p.string(),
    createdBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    revokedAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
  },
});
export class ApiToken extends ApiTokenSchema.class {}
ApiTokenSchema.setClass(ApiToken);
