import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../graphql/enums.js';
import { Money } from '../graphql/scalars.js';
import { UserErrorType } from '../graphql/user-errors.js';
import type { PackageView } from '../packages/package.mapper.js';
import { Package } from '../packages/package.types.js';
import { ACTION_BLOCKS, PACKAGE_ACTIONS, type ActionBlock, type PackageAction } from '../packages/supported-actions.js';
import { SYNC_STATUSES, type SyncStatus } from '../packages/package.enums.js';
import { SHIPPING_ERROR_CODES } from './shipping.errors.js';
import { PUSH_KINDS, type PushKind } from './shipping-push.entity.js';

export const ShippingError = UserErrorType('ShippingError', SHIPPING_ERROR_CODES);
export const LogisticsSyncError = UserErrorType('LogisticsSyncError', ['SHOP_NOT_FOUND', 'SHOP_DISCONNECTED', 'TIKTOK_ERROR'] as const);
export const PackageActionEnum = graphqlEnum(PACKAGE_ACTIONS, 'PackageAction');
export const ActionBlockEnum = graphqlEnum(ACTION_BLOCKS, 'ActionBlockReason', 'Why an action is not possible now.');
export const HandoverMethodEnum = graphqlEnum(['PICKUP', 'DROP_OFF'] as const, 'HandoverMethod');
export const WeightUnitEnum = graphqlEnum(['GRAM', 'POUND'] as const, 'WeightUnit');
export const LengthUnitEnum = graphqlEnum(['CM', 'INCH'] as const, 'LengthUnit');
export const PushKindEnum = graphqlEnum(PUSH_KINDS, 'ShippingPushKind');
export const PushStatusEnum = graphqlEnum(SYNC_STATUSES, 'ShippingPushStatus');

@ObjectType({ simpleResolvers: true, description: 'Whether an action is possible now, and why not.' })
export class SupportedAction {
  @Field(() => PackageActionEnum) action!: PackageAction;
  @Field(() => Boolean) allowed!: boolean;
  @Field(() => ActionBlockEnum, { nullable: true }) reason!: ActionBlock | null;
  @Field(() => String, { nullable: true }) message!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Where to download the package documents (same bearer credentials as the API).' })
export class PackageDocumentLinks {
  @Field(() => String) packingSlipPdf!: string;
  @Field(() => String, { nullable: true, description: 'Our 4x6 label, for seller-shipped packages with tracking.' }) labelPdf!: string | null;
  @Field(() => String, { nullable: true }) labelZpl!: string | null;
  @Field(() => String, { nullable: true, description: "TikTok's label, for TikTok Shipping packages once shipment is arranged." })
  tiktokLabelPdf!: string | null;
  @Field(() => String, { nullable: true, description: "TikTok's packing slip, for TikTok Shipping packages." }) tiktokPackingSlipPdf!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A change sent (or to be sent) to TikTok for a package.' })
export class ShippingPush {
  @Field(() => ID) id!: string;
  @Field(() => PushKindEnum) kind!: PushKind;
  @Field(() => PushStatusEnum) status!: SyncStatus;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Int, { nullable: true, description: "TikTok's error code, when TikTok refused." }) tiktokCode!: number | null;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { description: 'Who asked: user:<id> or token:<id>.' }) actor!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true })
export class ShippingProvider {
  @Field(() => String, { description: "TikTok's shipping provider id." }) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ simpleResolvers: true, description: "A shop's delivery option as TikTok lists it." })
export class DeliveryOption {
  @Field(() => String, { description: "TikTok's delivery option id." }) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'STANDARD, EXPRESS, ECONOMY (TikTok Shipping) or SEND_BY_SELLER.' }) type!: string;
  @Field(() => [String]) tiktokWarehouseIds!: string[];
  @Field(() => [ShippingProvider], { description: 'Carriers TikTok accepts tracking from (seller-shipped options).' })
  shippingProviders!: ShippingProvider[];
  @Field(() => Date) syncedAt!: Date;
}

@ObjectType({ simpleResolvers: true })
export class PickupSlot {
  @Field(() => Date) startTime!: Date;
  @Field(() => Date) endTime!: Date;
  @Field(() => Boolean) available!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "TikTok's handover options for a TikTok Shipping package (outside the US)." })
export class HandoverSlots {
  @Field(() => Boolean) canPickup!: boolean;
  @Field(() => Boolean) canDropOff!: boolean;
  @Field(() => Boolean) canVanCollection!: boolean;
  @Field(() => String, { nullable: true }) dropOffPointUrl!: string | null;
  @Field(() => [PickupSlot]) pickupSlots!: PickupSlot[];
}

@ObjectType({ simpleResolvers: true, description: 'A TikTok Shipping label service (US label purchase).' })
export class ShippingService {
  @Field(() => String) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Money, { nullable: true }) price!: Money | null;
  @Field(() => String) shippingProviderId!: string;
  @Field(() => String) shippingProviderName!: string;
  @Field(() => Int, { nullable: true }) earliestDeliveryDays!: number | null;
  @Field(() => Int, { nullable: true }) latestDeliveryDays!: number | null;
  @Field(() => Boolean) isDefault!: boolean;
}

@InputType()
export class WeightInput {
  @Field(() => Float) value!: number;
  @Field(() => WeightUnitEnum) unit!: 'GRAM' | 'POUND';
}

@InputType()
export class DimensionInput {
  @Field(() => Float) length!: number;
  @Field(() => Float) width!: number;
  @Field(() => Float) height!: number;
  @Field(() => LengthUnitEnum) unit!: 'CM' | 'INCH';
}

@InputType()
export class PickupSlotInput {
  @Field(() => Date) startTime!: Date;
  @Field(() => Date) endTime!: Date;
}

@InputType()
export class PackageMarkShippedInput {
  @Field(() => ID) packageId!: string;
  @Field(() => ID, { description: 'A hub carrier mapped to a TikTok provider for the shop and delivery option.' }) carrierId!: string;
  @Field(() => String) trackingNumber!: string;
  @Field(() => Int, { nullable: true, description: 'The package version you saw; a different one is a CONFLICT.' }) expectedVersion?: number | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class PackageTrackingUpdateInput {
  @Field(() => ID) packageId!: string;
  @Field(() => ID, { nullable: true, description: 'The package’s carrier when omitted.' }) carrierId?: string | null;
  @Field(() => String) trackingNumber!: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class PackageShipItemInput {
  @Field(() => ID) packageId!: string;
  @Field(() => HandoverMethodEnum, { nullable: true, description: 'Outside the US: PICKUP (with a slot) or DROP_OFF.' })
  handoverMethod?: 'PICKUP' | 'DROP_OFF' | null;
  @Field(() => PickupSlotInput, { nullable: true, description: 'One of packageHandoverSlots, for PICKUP.' }) pickupSlot?: PickupSlotInput | null;
  @Field(() => String, { nullable: true, description: "US: one of packageShippingServices; TikTok's default when omitted." })
  shippingServiceId?: string | null;
  @Field(() => WeightInput, { nullable: true, description: 'US: required (labels are priced by weight).' }) weight?: WeightInput | null;
  @Field(() => DimensionInput, { nullable: true }) dimension?: DimensionInput | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}

@InputType()
export class PackageShipInput extends PackageShipItemInput {
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class PackagesShipInput {
  @Field(() => [PackageShipItemInput], { description: 'At most 50.' }) packages!: PackageShipItemInput[];
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class PackageAssignInput {
  @Field(() => ID) packageId!: string;
  @Field(() => ID, { nullable: true }) warehouseId?: string | null;
  @Field(() => ID, { nullable: true, description: "A 3PL partner: its tokens may then mark the package shipped and correct its tracking." })
  partnerId?: string | null;
  @Field(() => Boolean, { nullable: true }) unassignPartner?: boolean | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class PackageShippingServicesInput {
  @Field(() => ID) packageId!: string;
  @Field(() => WeightInput) weight!: WeightInput;
  @Field(() => DimensionInput, { nullable: true }) dimension?: DimensionInput | null;
}

@ObjectType()
export class PackagePayload {
  @Field(() => Package, { nullable: true }) package!: PackageView | null;
  @Field(() => [ShippingError]) userErrors!: InstanceType<typeof ShippingError>[];
}

@ObjectType()
export class PackagesPayload {
  @Field(() => [Package]) packages!: PackageView[];
  @Field(() => [ShippingError]) userErrors!: InstanceType<typeof ShippingError>[];
}

@InputType()
export class ShopLogisticsSyncInput {
  @Field(() => ID) shopId!: string;
}

@ObjectType()
export class ShopLogisticsSyncPayload {
  @Field(() => [DeliveryOption]) deliveryOptions!: DeliveryOption[];
  @Field(() => Int) warehouses!: number;
  @Field(() => [LogisticsSyncError]) userErrors!: InstanceType<typeof LogisticsSyncError>[];
}
