import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { requireRole } from '../platform/actor.js';
import {
  sandboxBuyerCancel,
  sandboxBuyerReturn,
  sandboxCarrierScan,
  sandboxClockAdvance,
  sandboxFaultsSet,
  sandboxOrdersCreate,
  sandboxView,
} from './sandbox.service.js';
import {
  Sandbox,
  SandboxBuyerCancelInput,
  SandboxBuyerReturnInput,
  SandboxClockAdvanceInput,
  SandboxClockAdvancePayload,
  SandboxFaultsSetInput,
  SandboxFaultsSetPayload,
  SandboxOrderActionPayload,
  SandboxOrderInput,
  SandboxOrdersCreateInput,
  SandboxOrdersCreatePayload,
} from './sandbox.types.js';

@Resolver()
export class SandboxResolver {
  @Query(() => Sandbox, { description: 'Needs ADMIN. Whether the hub runs against the TikTok sandbox, and its state.' })
  async sandbox(@Ctx() ctx: Context): Promise<Sandbox> {
    requireRole(ctx.actor);
    return sandboxView(ctx.hub);
  }

  @Mutation(() => SandboxOrdersCreatePayload, { description: 'Needs ADMIN. Sandbox buyers place (and by default pay) orders.' })
  async sandboxOrdersCreate(@Ctx() ctx: Context, @Arg('input', () => SandboxOrdersCreateInput) input: SandboxOrdersCreateInput): Promise<SandboxOrdersCreatePayload> {
    return sandboxOrdersCreate(ctx.hub, requireRole(ctx.actor), input);
  }

  @Mutation(() => SandboxOrderActionPayload, { description: "Needs ADMIN. The order's buyer cancels it in the sandbox." })
  async sandboxBuyerCancel(@Ctx() ctx: Context, @Arg('input', () => SandboxBuyerCancelInput) input: SandboxBuyerCancelInput): Promise<SandboxOrderActionPayload> {
    requireRole(ctx.actor);
    return sandboxBuyerCancel(ctx.hub, input);
  }

  @Mutation(() => SandboxOrderActionPayload, { description: "Needs ADMIN. The order's buyer asks for a refund, return or replacement in the sandbox." })
  async sandboxBuyerReturn(@Ctx() ctx: Context, @Arg('input', () => SandboxBuyerReturnInput) input: SandboxBuyerReturnInput): Promise<SandboxOrderActionPayload> {
    requireRole(ctx.actor);
    return sandboxBuyerReturn(ctx.hub, input);
  }

  @Mutation(() => SandboxOrderActionPayload, { description: "Needs ADMIN. The sandbox carrier scans the order's parcel once." })
  async sandboxCarrierScan(@Ctx() ctx: Context, @Arg('input', () => SandboxOrderInput) input: SandboxOrderInput): Promise<SandboxOrderActionPayload> {
    requireRole(ctx.actor);
    return sandboxCarrierScan(ctx.hub, input);
  }

  @Mutation(() => SandboxClockAdvancePayload, { description: "Needs ADMIN. Moves the sandbox's clock ahead; due deadlines and auto-approvals happen." })
  async sandboxClockAdvance(@Ctx() ctx: Context, @Arg('input', () => SandboxClockAdvanceInput) input: SandboxClockAdvanceInput): Promise<SandboxClockAdvancePayload> {
    requireRole(ctx.actor);
    return sandboxClockAdvance(ctx.hub, input);
  }

  @Mutation(() => SandboxFaultsSetPayload, { description: "Needs ADMIN. Sets the sandbox's fault switches (failing API calls, lost or late webhooks)." })
  async sandboxFaultsSet(@Ctx() ctx: Context, @Arg('input', () => SandboxFaultsSetInput) input: SandboxFaultsSetInput): Promise<SandboxFaultsSetPayload> {
    requireRole(ctx.actor);
    return sandboxFaultsSet(ctx.hub, input);
  }
}
