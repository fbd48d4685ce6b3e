import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../graphql/enums.js';
import { UserErrorType } from '../graphql/user-errors.js';
import { ShippingTypeEnum } from '../orders/order.types.js';
import type { ShippingType } from '../orders/order.enums.js';

/** The emulator's order scenarios (its `scenario` names, upper-cased for GraphQL). */
export const SANDBOX_SCENARIOS = ['RANDOM', 'SINGLE', 'MULTI_UNIT', 'MULTI_SKU', 'BUNDLE', 'GIFT', 'SAMPLE', 'REPLACEMENT', 'COD', 'PRE_ORDER'] as const;
export type SandboxScenario = (typeof SANDBOX_SCENARIOS)[number];
export const SandboxScenarioEnum = graphqlEnum(
  SANDBOX_SCENARIOS,
  'SandboxScenario',
  'What a sandbox buyer orders: one unit, several units, several SKUs, a bundle, with a gift, a free sample, a replacement, cash on delivery, a pre-order, or a random mix.',
);

export const SANDBOX_RETURN_TYPES = ['REFUND', 'RETURN_AND_REFUND', 'REPLACEMENT'] as const;
export type SandboxReturnType = (typeof SANDBOX_RETURN_TYPES)[number];
export const SandboxReturnTypeEnum = graphqlEnum(SANDBOX_RETURN_TYPES, 'SandboxReturnType');

export const SandboxError = UserErrorType('SandboxError', [
  'SANDBOX_DISABLED',
  'OUT_OF_RANGE',
  'ORDER_NOT_FOUND',
  'SHOP_NOT_FOUND',
  'NOT_ALLOWED_NOW',
  'SANDBOX_UNREACHABLE',
  'IDEMPOTENCY_KEY_REUSED',
] as const);
export type SandboxUserError = InstanceType<typeof SandboxError>;

@ObjectType({ simpleResolvers: true, description: 'A shop in the sandbox world.' })
export class SandboxShop {
  @Field(() => String, { description: 'TikTok shop id.' }) tiktokShopId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) region!: string;
  @Field(() => Boolean, { description: 'Connected to this hub, so its orders sync here.' }) connected!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "The emulator's fault switches: what goes wrong between TikTok and the hub." })
export class SandboxFaults {
  @Field(() => Float, { description: 'Share [0,1] of API calls answered with a 5xx.' }) apiServerErrorRate!: number;
  @Field(() => Int, { description: 'The next N API calls are refused with HTTP 429.' }) apiBurst429!: number;
  @Field(() => Int, { description: 'Extra latency on every API response.' }) apiSlowMs!: number;
  @Field(() => Float, { description: 'Share [0,1] of API calls refused by overload protection (HTTP 503).' }) apiOverloadRate!: number;
  @Field(() => Float, { description: 'Share [0,1] of webhooks never delivered.' }) webhookDropRate!: number;
  @Field(() => Float, { description: 'Share [0,1] of webhooks delivered twice.' }) webhookDuplicateRate!: number;
  @Field(() => Int, { description: 'Above 1: webhooks are shuffled in groups of this size.' }) webhookReorderWindow!: number;
  @Field(() => Int, { description: 'Delay before every webhook is first sent.' }) webhookDelayMs!: number;
}

@ObjectType({ simpleResolvers: true, description: "The sandbox's world as it is now." })
export class SandboxState {
  @Field(() => Date, { description: "The sandbox's clock (it can run ahead of real time)." }) now!: Date;
  @Field(() => Boolean) clockFrozen!: boolean;
  @Field(() => [SandboxShop]) shops!: SandboxShop[];
  @Field(() => Int) orderCount!: number;
  @Field(() => Int) cancellationCount!: number;
  @Field(() => Int) returnCount!: number;
  @Field(() => SandboxFaults) faults!: SandboxFaults;
}

@ObjectType({ simpleResolvers: true, description: 'The TikTok Shop sandbox this hub runs against, if any.' })
export class Sandbox {
  @Field(() => Boolean, { description: 'The hub talks to the TikTok emulator (not real TikTok) and is not in production.' })
  enabled!: boolean;
  @Field(() => SandboxState, { nullable: true, description: 'Null when disabled or unreachable.' }) state!: SandboxState | null;
  @Field(() => String, { nullable: true, description: 'Why the state is missing although the sandbox is enabled.' })
  error!: string | null;
}

@InputType()
export class SandboxOrdersCreateInput {
  @Field(() => SandboxScenarioEnum, { defaultValue: 'RANDOM' }) scenario!: SandboxScenario;
  @Field(() => Int, { defaultValue: 1, description: '1 to 50.' }) count!: number;
  @Field(() => ShippingTypeEnum, { nullable: true, description: "Omitted: the shop's usual mix." }) shippingType?: ShippingType | null;
  @Field(() => Boolean, { defaultValue: true, description: 'The buyer pays at once; false leaves the orders UNPAID.' }) pay!: boolean;
  @Field(() => String, { nullable: true, description: "TikTok shop id; omitted: the sandbox's first shop." }) tiktokShopId?: string | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@ObjectType()
export class SandboxOrdersCreatePayload {
  @Field(() => [String], { description: 'TikTok ids of the new orders; they reach the orders list through sync.' })
  tiktokOrderIds!: string[];
  @Field(() => [SandboxError]) userErrors!: SandboxUserError[];
}

@InputType()
export class SandboxBuyerCancelInput {
  @Field(() => String) tiktokOrderId!: string;
  @Field(() => String, { nullable: true, description: "A TikTok cancel reason; omitted: the platform's default." }) reason?: string | null;
}

@InputType()
export class SandboxBuyerReturnInput {
  @Field(() => String) tiktokOrderId!: string;
  @Field(() => SandboxReturnTypeEnum, { defaultValue: 'RETURN_AND_REFUND' }) returnType!: SandboxReturnType;
  @Field(() => String, { nullable: true, description: "A TikTok return reason; omitted: the first one allowed for the order's status." })
  reason?: string | null;
}

@InputType()
export class SandboxOrderInput {
  @Field(() => String) tiktokOrderId!: string;
}

@ObjectType({ description: 'What a sandbox actor did to an order, and where the order stands in TikTok now.' })
export class SandboxOrderActionPayload {
  @Field(() => String, { nullable: true }) tiktokOrderId!: string | null;
  @Field(() => String, { nullable: true, description: "TikTok's order status after the action." }) tiktokStatus!: string | null;
  @Field(() => String, { nullable: true, description: 'The cancellation or return the action opened, if any.' }) afterSaleId!: string | null;
  @Field(() => [SandboxError]) userErrors!: SandboxUserError[];
}

@InputType()
export class SandboxClockAdvanceInput {
  @Field(() => Int, { description: '1 second to 30 days. Due platform jobs (auto-approvals, SLA cancels) run at once.' })
  seconds!: number;
}

@ObjectType()
export class SandboxClockAdvancePayload {
  @Field(() => Date, { nullable: true }) now!: Date | null;
  @Field(() => [SandboxError]) userErrors!: SandboxUserError[];
}

@InputType({ description: 'Only the switches given change.' })
export class SandboxFaultsSetInput {
  @Field(() => Float, { nullable: true }) apiServerErrorRate?: number | null;
  @Field(() => Int, { nullable: true }) apiBurst429?: number | null;
  @Field(() => Int, { nullable: true }) apiSlowMs?: number | null;
  @Field(() => Float, { nullable: true }) apiOverloadRate?: number | null;
  @Field(() => Float, { nullable: true }) webhookDropRate?: number | null;
  @Field(() => Float, { nullable: true }) webhookDuplicateRate?: number | null;
  @Field(() => Int, { nullable: true }) webhookReorderWindow?: number | null;
  @Field(() => Int, { nullable: true }) webhookDelayMs?: number | null;
}

@ObjectType()
export class SandboxFaultsSetPayload {
  @Field(() => SandboxFaults, { nullable: true }) faults!: SandboxFaults | null;
  @Field(() => [SandboxError]) userErrors!: SandboxUserError[];
}
