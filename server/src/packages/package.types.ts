import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../graphql/enums.js';
import { Node } from '../graphql/node.js';
import { ShippingTypeEnum } from '../orders/order.types.js';
import type { ShippingType } from '../orders/order.enums.js';
import { PACKAGE_STATUSES, SYNC_STATUSES, type PackageStatus, type SyncStatus } from './package.enums.js';

export const PackageStatusEnum = graphqlEnum(
  PACKAGE_STATUSES,
  'PackageStatus',
  'TO_FULFILL: not arranged yet. PROCESSING: shipment arranged, waiting for the carrier. FULFILLING: collected. COMPLETED: delivered.',
);
export const SyncStatusEnum = graphqlEnum(SYNC_STATUSES, 'SyncStatus', 'Whether the hub\'s last change has reached TikTok Shop.');

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A parcel: units of one order, or of several combined orders of one shop.' })
export class Package extends Node {
  @Field(() => String, { nullable: true, description: "TikTok's package id, once TikTok knows the package." })
  tiktokPackageId!: string | null;
  @Field(() => PackageStatusEnum) status!: PackageStatus;
  @Field(() => ShippingTypeEnum) shippingType!: ShippingType;
  @Field(() => String, { nullable: true }) trackingNumber!: string | null;
  @Field(() => String, { nullable: true, description: "TikTok's shipping provider id." })
  tiktokShippingProviderId!: string | null;
  @Field(() => String, { nullable: true }) shippingProviderName!: string | null;
  @Field(() => SyncStatusEnum) syncStatus!: SyncStatus;
  @Field(() => String, { nullable: true, description: 'The last error TikTok returned for this package.' })
  syncError!: string | null;
  @Field(() => Int, { description: 'Changes with every change; pass it as expectedVersion to refuse acting on a stale view.' }) version!: number;
  @Field(() => Date, { nullable: true }) shippedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@InputType()
export class PackageFilter {
  @Field(() => [ID], { nullable: true }) shopIds?: string[];
  @Field(() => [PackageStatusEnum], { nullable: true }) statuses?: PackageStatus[];
  @Field(() => [ShippingTypeEnum], { nullable: true }) shippingTypes?: ShippingType[];
  @Field(() => [SyncStatusEnum], { nullable: true, description: 'E.g. FAILED: packages whose last change TikTok refused.' }) syncStatuses?: SyncStatus[];
  @Field(() => String, { nullable: true }) trackingNumber?: string;
  @Field(() => ID, { nullable: true, description: 'Packages assigned to this 3PL partner.' }) partnerId?: string;
}
