import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../graphql/enums.js';
import { Node } from '../graphql/node.js';
import { UserErrorType } from '../graphql/user-errors.js';
import { SyncStatusEnum } from '../packages/package.types.js';
import type { SyncStatus } from '../packages/package.enums.js';
import { PACKAGE_CHANGE_ERROR_CODES } from './package-change.errors.js';
import { PACKAGE_CHANGE_KINDS, PACKAGE_CHANGE_STATES, type PackageChangeKind, type PackageChangeState } from './package-change.entity.js';

export const PackageChangeKindEnum = graphqlEnum(PACKAGE_CHANGE_KINDS, 'PackageChangeKind');
export const PackageChangeStateEnum = graphqlEnum(
  PACKAGE_CHANGE_STATES,
  'PackageChangeState',
  'PENDING: queued (a split can still be undone). PUSHING: being sent to TikTok. SYNCED: TikTok confirmed. FAILED: TikTok refused. UNDONE: withdrawn before reaching TikTok.',
);

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A split, combine or uncombine asked for in the hub, and its way to TikTok Shop.' })
export class PackageChange extends Node {
  @Field(() => PackageChangeKindEnum) kind!: PackageChangeKind;
  @Field(() => PackageChangeStateEnum) state!: PackageChangeState;
  @Field(() => SyncStatusEnum, { nullable: true, description: 'PENDING until TikTok confirmed; null once undone.' })
  syncStatus!: SyncStatus | null;
  @Field(() => String, { nullable: true, description: "TikTok's refusal, or the last error." }) syncError!: string | null;
  @Field(() => String, { description: 'Who asked for it, e.g. `user:12`.' }) actor!: string;
  @Field(() => [String], { description: "TikTok's package ids of the result, once synced (for a split, one per planned package)." })
  tiktokPackageIds!: string[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Date, { nullable: true }) syncedAt!: Date | null;
}

@ObjectType({ description: 'One package of a planned split.' })
export class PlannedPackage {
  @Field(() => [String], { description: "TikTok's line item ids of its units." }) tiktokLineItemIds!: string[];
}

@ObjectType({ description: 'Orders that may share a parcel: same shop, buyer, recipient, warehouse and delivery option.' })
export class CombineSuggestion {
  @Field(() => String, { nullable: true, description: "TikTok's pre-generated package id when TikTok proposes these orders together." })
  tiktokPackageId!: string | null;
  @Field(() => Boolean, { description: 'Whether TikTok proposes the group too; only such groups can be combined.' }) combinable!: boolean;
}

@InputType()
export class PackageChangeFilter {
  @Field(() => ID, { nullable: true }) shopId?: string | null;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
  @Field(() => [PackageChangeKindEnum], { nullable: true }) kinds?: PackageChangeKind[] | null;
  @Field(() => [PackageChangeStateEnum], { nullable: true }) states?: PackageChangeState[] | null;
}

export const PackageChangeError = UserErrorType('PackageChangeError', PACKAGE_CHANGE_ERROR_CODES);

@InputType({ description: 'The units of one new package.' })
export class PackageSplitPackageInput {
  @Field(() => [ID], { description: 'OrderLine ids (one line per unit).' }) lineIds!: string[];
}

@InputType()
export class PackageSplitInput {
  @Field(() => ID) orderId!: string;
  @Field(() => [PackageSplitPackageInput], { description: 'The new shape: at least two packages; every open unit of the order in exactly one.' })
  packages!: PackageSplitPackageInput[];
  @Field(() => Boolean, { nullable: true, description: "Check our rules and TikTok's split attributes only; nothing is written." })
  dryRun?: boolean | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class PackageSplitUndoInput {
  @Field(() => ID, { description: 'The PackageChange of the split.' }) changeId!: string;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType({ description: 'Name the orders by their packages or directly, not both.' })
export class PackagesCombineInput {
  @Field(() => [ID], { nullable: true }) packageIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) orderIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: "Check our rules and TikTok's combinable packages only; nothing is written." })
  dryRun?: boolean | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class PackageUncombineInput {
  @Field(() => ID) packageId!: string;
  @Field(() => [ID], { nullable: true, description: 'Orders to take out, each into a package of its own; all but the first when omitted.' })
  orderIds?: string[] | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@ObjectType()
export class PackageChangePayload {
  @Field(() => PackageChange, { nullable: true, description: 'The recorded change; null on a dry run or an error.' })
  packageChange!: PackageChange | null;
  @Field(() => [PackageChangeError]) userErrors!: InstanceType<typeof PackageChangeError>[];
}
