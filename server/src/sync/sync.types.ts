import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../graphql/enums.js';
import { Node } from '../graphql/node.js';
import { UserErrorType } from '../graphql/user-errors.js';
import { BACKFILL_STATUSES, type BackfillStatus } from './shop-sync.entity.js';

export const BackfillStatusEnum = graphqlEnum(BACKFILL_STATUSES, 'BackfillStatus');

@ObjectType({ simpleResolvers: true, description: 'The import of past orders when a shop is connected.' })
export class Backfill {
  @Field(() => BackfillStatusEnum) status!: BackfillStatus;
  @Field(() => Int, { description: 'Orders imported so far.' }) done!: number;
  @Field(() => Int, { nullable: true, description: 'Orders TikTok reported for the window.' }) total!: number | null;
  @Field(() => Date, { nullable: true, description: 'Orders created from this time on are imported.' }) since!: Date | null;
}

@ObjectType({ simpleResolvers: true, description: 'How well the hub keeps up with the shop. Needs ADMIN or a staff role.' })
export class ShopSyncHealth {
  @Field(() => Date, { nullable: true, description: 'TikTok update_time up to which polling has verified every order.' })
  watermark!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Seconds between now and the watermark.' }) lagSeconds!: number | null;
  @Field(() => Date, { nullable: true }) lastWebhookAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastPollAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastSuccessfulPollAt!: Date | null;
  @Field(() => Int) consecutiveFailures!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Backfill) backfill!: Backfill;
  @Field(() => Date, { nullable: true, description: 'TikTok warned that the authorization expires then; re-authorize before.' })
  reauthorizeBy!: Date | null;
  @Field(() => Int, { description: 'Open incidents for this shop.' }) openIncidents!: number;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A failure that needs a person, with a retry.' })
export class Incident extends Node {
  @Field(() => ID, { nullable: true, description: 'The shop concerned, if any.' }) shopId!: string | null;
  @Field(() => String) kind!: string;
  @Field(() => String) message!: string;
  @Field(() => Int) occurrences!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) lastSeenAt!: Date;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => Boolean, { description: 'Whether incidentRetry can run the failed work again.' }) retryable!: boolean;
}

export const ShopConnectError = UserErrorType('ShopConnectError', ['NOT_CONFIGURED', 'WAREHOUSE_NOT_FOUND'] as const);
export const ShopDisconnectError = UserErrorType('ShopDisconnectError', ['SHOP_NOT_FOUND', 'ALREADY_DISCONNECTED'] as const);
export const ShopSyncError = UserErrorType('ShopSyncError', ['SHOP_NOT_FOUND', 'SHOP_DISCONNECTED'] as const);
export const IncidentRetryError = UserErrorType('IncidentRetryError', ['INCIDENT_NOT_FOUND', 'ALREADY_RESOLVED', 'NOT_RETRYABLE'] as const);

@InputType()
export class ShopConnectStartInput {
  @Field(() => ID, { nullable: true, description: 'Hub warehouse the connected shops ship from.' }) warehouseId?: string | null;
}

@ObjectType()
export class ShopConnectStartPayload {
  @Field(() => String, { nullable: true, description: "TikTok's consent page; send the seller there. Valid for 30 minutes, once." })
  authorizeUrl!: string | null;
  @Field(() => [ShopConnectError]) userErrors!: InstanceType<typeof ShopConnectError>[];
}

@InputType()
export class ShopInput {
  @Field(() => ID) shopId!: string;
}

@ObjectType()
export class ShopDisconnectPayload {
  @Field(() => ID, { nullable: true }) shopId!: string | null;
  @Field(() => [ShopDisconnectError]) userErrors!: InstanceType<typeof ShopDisconnectError>[];
}

@ObjectType()
export class ShopSyncNowPayload {
  @Field(() => Boolean, { description: 'A reconciliation poll was queued (or one already was).' }) queued!: boolean;
  @Field(() => [ShopSyncError]) userErrors!: InstanceType<typeof ShopSyncError>[];
}

@ObjectType()
export class IncidentRetryPayload {
  @Field(() => Incident, { nullable: true }) incident!: Incident | null;
  @Field(() => [IncidentRetryError]) userErrors!: InstanceType<typeof IncidentRetryError>[];
}
