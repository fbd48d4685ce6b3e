import { defineEntity, p } from '@mikro-orm/core';

export const ROLES = ['ADMIN', 'PACKER', 'CUSTOMER_SERVICE'] as const;
export type Role = (typeof ROLES)[number];

export const UserSchema = defineEntity({
  name: 'User',
  tableName: 'user',
  properties: {
    id: p.integer().primary().autoincrement(),
    email: p.string().unique(),
    name: p.string(),
    role: p.enum(ROLES),
    /** scrypt, see platform/passwords.ts. */
    passwordHash: p.string().hidden(),
    disabledAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class User extends UserSchema.class {}
UserSchema.setClass(User);
