import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { requireRole } from '../platform/actor.js';
import { idOf } from '../platform/global-id.js';
import { ApiToken as ApiTokenEntity } from './api-token.entity.js';
import { createApiToken, createPartner, createUser, login, logout, revokeApiToken } from './auth.service.js';
import { Partner as PartnerEntity } from './partner.entity.js';
import { User as UserEntity } from './user.entity.js';
import {
  ApiToken,
  ApiTokenCreateInput,
  ApiTokenCreatePayload,
  apiTokenView,
  LoginInput,
  LoginPayload,
  Partner,
  PartnerCreatePayload,
  partnerView,
  User,
  UserCreateInput,
  UserCreatePayload,
  userView,
  Viewer,
} from './user.types.js';

@Resolver()
export class AuthResolver {
  @Query(() => Viewer, { description: 'The signed-in user or API token; both null when anonymous.' })
  async viewer(@Ctx() ctx: Context): Promise<Viewer> {
    const a = ctx.actor;
    if (a.kind === 'user') {
      const user = await ctx.em.findOne(UserEntity, { id: a.userId });
      return { user: user ? userView(user) : null, apiToken: null };
    }
    if (a.kind === 'api-token') {
      const token = await ctx.em.findOne(ApiTokenEntity, { id: a.tokenId }, { populate: ['partner'] });
      return { user: null, apiToken: token ? apiTokenView(token) : null };
    }
    return { user: null, apiToken: null };
  }

  @Mutation(() => LoginPayload, { description: 'Starts a session. Needs no credentials.' })
  async login(@Ctx() ctx: Context, @Arg('input', () => LoginInput) input: LoginInput): Promise<LoginPayload> {
    const result = await login(ctx.em, input, ctx.config.CONSIGN_SESSION_DAYS);
    if ('userErrors' in result) return { token: null, user: null, userErrors: result.userErrors };
    return { token: result.token, user: userView(result.user), userErrors: [] };
  }

  @Mutation(() => Boolean, { description: "Revokes the caller's session. False when there was none." })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return logout(ctx.em, ctx.actor);
  }

  @Query(() => [User], { description: 'Needs ADMIN.' })
  async users(@Ctx() ctx: Context): Promise<User[]> {
    requireRole(ctx.actor);
    return (await ctx.em.find(UserEntity, {}, { orderBy: { id: 'asc' } })).map(userView);
  }

  @Mutation(() => UserCreatePayload, { description: 'Needs ADMIN.' })
  async userCreate(@Ctx() ctx: Context, @Arg('input', () => UserCreateInput) input: UserCreateInput): Promise<UserCreatePayload> {
    const { user, userErrors } = await createUser(ctx.em, ctx.actor, input);
    return { user: user ? userView(user) : null, userErrors };
  }

  @Query(() => [Partner], { description: 'Needs ADMIN.' })
  async partners(@Ctx() ctx: Context): Promise<Partner[]> {
    requireRole(ctx.actor);
    return (await ctx.em.find(PartnerEntity, {}, { orderBy: { name: 'asc' } })).map(partnerView);
  }

  @Mutation(() => PartnerCreatePayload, { description: 'Needs ADMIN.' })
  async partnerCreate(@Ctx() ctx: Context, @Arg('name', () => String) name: string): Promise<PartnerCreatePayload> {
    const { partner, userErrors } = await createPartner(ctx.em, ctx.actor, name);
    return { partner: partner ? partnerView(partner) : null, userErrors };
  }

  @Query(() => [ApiToken], { description: 'Needs ADMIN.' })
  async apiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    requireRole(ctx.actor);
    return (await ctx.em.find(ApiTokenEntity, {}, { populate: ['partner'], orderBy: { id: 'asc' } })).map(apiTokenView);
  }

  @Mutation(() => ApiTokenCreatePayload, { description: 'Needs ADMIN. The token secret is returned once.' })
  async apiTokenCreate(
    @Ctx() ctx: Context,
    @Arg('input', () => ApiTokenCreateInput) input: ApiTokenCreateInput,
  ): Promise<ApiTokenCreatePayload> {
    const partnerId = input.partnerId ? idOf(input.partnerId, 'Partner') ?? -1 : null;
    const { apiToken, token, userErrors } = await createApiToken(ctx.em, ctx.actor, { name: input.name, kind: input.kind, partnerId });
    return { apiToken: apiToken ? apiTokenView(apiToken) : null, token: token ?? null, userErrors };
  }

  @Mutation(() => ApiToken, { nullable: true, description: 'Needs ADMIN. Takes effect on the next request; null when no such token.' })
  async apiTokenRevoke(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ApiToken | null> {
    const token = await revokeApiToken(ctx.em, ctx.actor, idOf(id, 'ApiToken') ?? -1);
    return token ? apiTokenView(token) : null;
  }
}
