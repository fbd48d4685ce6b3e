import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../graphql/enums.js';
import { Node } from '../graphql/node.js';
import { UserErrorType } from '../graphql/user-errors.js';
import { toGlobalId } from '../platform/global-id.js';
import { API_TOKEN_KINDS, type ApiToken as ApiTokenEntity, type ApiTokenKind } from './api-token.entity.js';
import type { Partner as PartnerEntity } from './partner.entity.js';
import { ROLES, type Role, type User as UserEntity } from './user.entity.js';

export const RoleEnum = graphqlEnum(ROLES, 'Role', 'ADMIN manages everything; PACKER works the warehouse; CUSTOMER_SERVICE decides after-sales.');
export const ApiTokenKindEnum = graphqlEnum(
  API_TOKEN_KINDS,
  'ApiTokenKind',
  'SHIPPING_TOOL: read-only access to everything. THREE_PL: sees and updates only the packages assigned to its partner.',
);

@ObjectType({ simpleResolvers: true, implements: Node })
export class User extends Node {
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => Date) createdAt!: Date;
}

export const userView = (u: UserEntity): User => ({ id: toGlobalId('User', u.id), email: u.email, name: u.name, role: u.role, createdAt: u.createdAt });

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A third-party logistics partner.' })
export class Partner extends Node {
  @Field(() => String) name!: string;
}

export const partnerView = (p: PartnerEntity): Partner => ({ id: toGlobalId('Partner', p.id), name: p.name });

@ObjectType({ simpleResolvers: true, implements: Node, description: 'An API token. The secret itself is shown only once, when created.' })
export class ApiToken extends Node {
  @Field(() => String) name!: string;
  @Field(() => ApiTokenKindEnum) kind!: ApiTokenKind;
  @Field(() => String, { description: 'The first characters of the token, to tell tokens apart.' }) prefix!: string;
  @Field(() => Partner, { nullable: true }) partner!: Partner | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
}

export const apiTokenView = (t: ApiTokenEntity): ApiToken => ({
  id: toGlobalId('ApiToken', t.id),
  name: t.name,
  kind: t.kind,
  prefix: t.tokenPrefix,
  partner: t.partner ? partnerView(t.partner as PartnerEntity) : null,
  createdAt: t.createdAt,
  revokedAt: t.revokedAt ?? null,
  lastUsedAt: t.lastUsedAt ?? null,
});

export const LoginError = UserErrorType('LoginError', ['INVALID_CREDENTIALS'] as const);
export const UserCreateError = UserErrorType('UserCreateError', [
  'INVALID_EMAIL',
  'EMAIL_TAKEN',
  'PASSWORD_TOO_SHORT',
  'NAME_REQUIRED',
  'INVALID_ROLE',
] as const);
export const ApiTokenCreateError = UserErrorType('ApiTokenCreateError', [
  'NAME_REQUIRED',
  'PARTNER_REQUIRED',
  'PARTNER_NOT_ALLOWED',
  'PARTNER_NOT_FOUND',
] as const);
export const PartnerCreateError = UserErrorType('PartnerCreateError', ['NAME_REQUIRED', 'NAME_TAKEN'] as const);

@InputType()
export class LoginInput {
  @Field(() => String) email!: string;
  @Field(() => String) password!: string;
}

@ObjectType({ simpleResolvers: true })
export class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Send as `Authorization: Bearer <token>`, or as `authorization` in graphql-ws connectionParams.' })
  token!: string | null;
  @Field(() => User, { nullable: true }) user!: User | null;
  @Field(() => [LoginError]) userErrors!: InstanceType<typeof LoginError>[];
}

@InputType()
export class UserCreateInput {
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { description: 'At least 12 characters.' }) password!: string;
}

@ObjectType({ simpleResolvers: true })
export class UserCreatePayload {
  @Field(() => User, { nullable: true }) user!: User | null;
  @Field(() => [UserCreateError]) userErrors!: InstanceType<typeof UserCreateError>[];
}

@InputType()
export class ApiTokenCreateInput {
  @Field(() => String) name!: string;
  @Field(() => ApiTokenKindEnum) kind!: ApiTokenKind;
  @Field(() => ID, { nullable: true, description: 'Required for THREE_PL tokens.' }) partnerId?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class ApiTokenCreatePayload {
  @Field(() => ApiToken, { nullable: true }) apiToken!: ApiToken | null;
  @Field(() => String, { nullable: true, description: 'The secret; shown only now.' }) token!: string | null;
  @Field(() => [ApiTokenCreateError]) userErrors!: InstanceType<typeof ApiTokenCreateError>[];
}

@ObjectType({ simpleResolvers: true })
export class PartnerCreatePayload {
  @Field(() => Partner, { nullable: true }) partner!: Partner | null;
  @Field(() => [PartnerCreateError]) userErrors!: InstanceType<typeof PartnerCreateError>[];
}

@ObjectType({ simpleResolvers: true, description: 'Who the current credentials belong to.' })
export class Viewer {
  @Field(() => User, { nullable: true }) user!: User | null;
  @Field(() => ApiToken, { nullable: true }) apiToken!: ApiToken | null;
}
