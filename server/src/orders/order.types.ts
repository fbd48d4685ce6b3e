import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../graphql/enums.js';
import { Money } from '../graphql/scalars.js';
import { Node } from '../graphql/node.js';
import {
  CANCEL_INITIATORS,
  DELIVERY_TYPES,
  FULFILLMENT_TYPES,
  ORDER_STATUSES,
  SHIPPING_TYPES,
  SPLIT_COMBINE_TAGS,
  type CancelInitiator,
  type DeliveryType,
  type FulfillmentType,
  type OrderStatus,
  type ShippingType,
  type SplitCombineTag,
} from './order.enums.js';

export const OrderStatusEnum = graphqlEnum(ORDER_STATUSES, 'OrderStatus', "TikTok Shop's order status.");
export const ShippingTypeEnum = graphqlEnum(
  SHIPPING_TYPES,
  'ShippingType',
  'SELLER: the seller ships with its own carrier (3PL). TIKTOK: TikTok Shipping books the carrier and label (4PL).',
);
export const FulfillmentTypeEnum = graphqlEnum(FULFILLMENT_TYPES, 'FulfillmentType');
export const DeliveryTypeEnum = graphqlEnum(DELIVERY_TYPES, 'DeliveryType');
export const SplitCombineTagEnum = graphqlEnum(SPLIT_COMBINE_TAGS, 'SplitCombineTag');
export const CancelInitiatorEnum = graphqlEnum(CANCEL_INITIATORS, 'CancelInitiator');
export const OrderSortEnum = graphqlEnum(['CREATED_AT_DESC', 'CREATED_AT_ASC', 'DEADLINE_ASC'] as const, 'OrderSort', 'DEADLINE_ASC: nearest SLA deadline first; orders without one last.');
export type OrderSort = keyof typeof OrderSortEnum;

@ObjectType({ simpleResolvers: true })
export class AddressDistrict {
  @Field(() => String, { description: 'L0 (country) to L4.' })
  level!: string;
  @Field(() => String, { nullable: true })
  levelName?: string;
  @Field(() => String)
  name!: string;
}

@ObjectType({ simpleResolvers: true, description: "The buyer's shipping address. TikTok masks parts of it while the order is UNPAID, ON_HOLD or CANCELLED." })
export class RecipientAddress {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) firstName?: string;
  @Field(() => String, { nullable: true }) lastName?: string;
  @Field(() => String, { nullable: true }) phoneNumber?: string;
  @Field(() => String, { nullable: true }) fullAddress?: string;
  @Field(() => String, { nullable: true }) addressDetail?: string;
  @Field(() => String, { nullable: true }) addressLine1?: string;
  @Field(() => String, { nullable: true }) addressLine2?: string;
  @Field(() => String, { nullable: true }) addressLine3?: string;
  @Field(() => String, { nullable: true }) addressLine4?: string;
  @Field(() => String, { nullable: true }) postalCode?: string;
  @Field(() => String, { nullable: true }) regionCode?: string;
  @Field(() => String, { nullable: true }) postTown?: string;
  @Field(() => [AddressDistrict]) districts!: AddressDistrict[];
  @Field(() => String, { nullable: true }) dropOffLocation?: string;
}

@ObjectType({ simpleResolvers: true, description: "The order's payment breakdown as TikTok reports it." })
export class OrderPayment {
  @Field(() => Money) total!: Money;
  @Field(() => Money, { nullable: true, description: 'Product total before discounts.' }) originalProductTotal!: Money | null;
  @Field(() => Money, { nullable: true }) sellerDiscount!: Money | null;
  @Field(() => Money, { nullable: true }) platformDiscount!: Money | null;
  @Field(() => Money, { nullable: true }) subTotal!: Money | null;
  @Field(() => Money, { nullable: true }) originalShippingFee!: Money | null;
  @Field(() => Money, { nullable: true }) shippingFee!: Money | null;
  @Field(() => Money, { nullable: true, description: 'All taxes on the order.' }) tax!: Money | null;
  @Field(() => Money, { nullable: true }) productTax!: Money | null;
  @Field(() => Money, { nullable: true }) shippingFeeTax!: Money | null;
  @Field(() => Money, { nullable: true }) retailDeliveryFee!: Money | null;
  @Field(() => Money, { nullable: true }) smallOrderFee!: Money | null;
}

@ObjectType({ simpleResolvers: true, description: "TikTok's deadlines for the order. Missing one counts against the shop or cancels the order." })
export class OrderDeadlines {
  @Field(() => Date, { nullable: true, description: 'Ready-to-ship SLA: ship (reach AWAITING_COLLECTION) before this.' })
  rtsSla!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Carrier collection SLA (reach IN_TRANSIT).' })
  ttsSla!: Date | null;
  @Field(() => Date, { nullable: true, description: 'TikTok cancels the order if it is not AWAITING_COLLECTION by then.' })
  shippingDue!: Date | null;
  @Field(() => Date, { nullable: true, description: 'TikTok cancels the order if it is not IN_TRANSIT by then.' })
  collectionDue!: Date | null;
  @Field(() => Date, { nullable: true, description: 'TikTok cancels the order if it is not DELIVERED by then.' })
  deliveryDue!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Deliver-by date for the on-time delivery metric.' })
  deliverySla!: Date | null;
  @Field(() => Date, { nullable: true, description: 'The earliest of the above that still applies to the current status.' })
  next!: Date | null;
}

@ObjectType({ simpleResolvers: true, description: 'One component of a virtual bundle (TikTok combined listing).' })
export class BundleComponent {
  @Field(() => String) skuId!: string;
  @Field(() => String, { nullable: true }) productId?: string;
  @Field(() => String, { nullable: true }) sellerSku?: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ simpleResolvers: true })
export class LineTax {
  @Field(() => String) type!: string;
  @Field(() => Money) amount!: Money;
  @Field(() => String, { nullable: true }) rate?: string;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: 'One unit of an order. TikTok sends one line item per unit; so do we.' })
export class OrderLine extends Node {
  @Field(() => String) tiktokLineItemId!: string;
  @Field(() => String) skuId!: string;
  @Field(() => String) productId!: string;
  @Field(() => String, { nullable: true }) sellerSku!: string | null;
  @Field(() => String) productName!: string;
  @Field(() => String, { nullable: true }) skuName!: string | null;
  @Field(() => String, { nullable: true }) skuImage!: string | null;
  @Field(() => Money) originalPrice!: Money;
  @Field(() => Money) salePrice!: Money;
  @Field(() => Money) sellerDiscount!: Money;
  @Field(() => Money) platformDiscount!: Money;
  @Field(() => String, { nullable: true }) displayStatus!: string | null;
  @Field(() => Boolean, { description: 'A gift (gift with purchase): priced 0.' }) isGift!: boolean;
  @Field(() => Money, { nullable: true }) giftRetailPrice!: Money | null;
  @Field(() => [BundleComponent], { description: 'Components to pick when the unit is a virtual bundle; empty otherwise.' })
  bundleComponents!: BundleComponent[];
  @Field(() => [LineTax]) taxes!: LineTax[];
  @Field(() => Boolean) isDangerousGood!: boolean;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Units of one SKU in an order, for display and picking.' })
export class OrderLineGroup {
  @Field(() => String) skuId!: string;
  @Field(() => String, { nullable: true }) sellerSku!: string | null;
  @Field(() => String) productName!: string;
  @Field(() => String, { nullable: true }) skuName!: string | null;
  @Field(() => String, { nullable: true }) skuImage!: string | null;
  @Field(() => Int) quantity!: number;
  @Field(() => Boolean) isGift!: boolean;
  @Field(() => [BundleComponent]) bundleComponents!: BundleComponent[];
  @Field(() => [OrderLine]) lines!: OrderLine[];
}

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A TikTok Shop order as the hub knows it.' })
export class Order extends Node {
  @Field(() => String, { description: "TikTok's order id." }) tiktokOrderId!: string;
  @Field(() => OrderStatusEnum) status!: OrderStatus;
  @Field(() => ShippingTypeEnum) shippingType!: ShippingType;
  @Field(() => FulfillmentTypeEnum) fulfillmentType!: FulfillmentType;
  @Field(() => DeliveryTypeEnum, { nullable: true }) deliveryType!: DeliveryType | null;
  @Field(() => String, { nullable: true }) deliveryOptionId!: string | null;
  @Field(() => String, { nullable: true }) deliveryOptionName!: string | null;
  @Field(() => String, { nullable: true, description: 'NORMAL, PRE_ORDER, MADE_TO_ORDER, BACK_ORDER, ZERO_LOTTERY.' })
  orderType!: string | null;
  @Field(() => String, { nullable: true }) buyerUserId!: string | null;
  @Field(() => String, { nullable: true }) buyerEmail!: string | null;
  @Field(() => String, { nullable: true }) buyerMessage!: string | null;
  @Field(() => String, { nullable: true }) sellerNote!: string | null;
  @Field(() => String, { nullable: true, description: 'Notes for packers, e.g. what a virtual bundle contains.' })
  notes!: string | null;
  @Field(() => RecipientAddress, { nullable: true }) recipient!: RecipientAddress | null;
  @Field(() => Boolean) hasUpdatedRecipientAddress!: boolean;
  @Field(() => OrderPayment, { nullable: true }) payment!: OrderPayment | null;
  @Field(() => Money) total!: Money;
  @Field(() => String, { nullable: true }) paymentMethodName!: string | null;
  @Field(() => Boolean, { description: 'Cash on delivery.' }) isCod!: boolean;
  @Field(() => Boolean, { description: 'A free sample order.' }) isSample!: boolean;
  @Field(() => Boolean, { description: 'A replacement for another order; see originalOrder.' }) isReplacement!: boolean;
  @Field(() => String, { nullable: true }) replacedTiktokOrderId!: string | null;
  @Field(() => Boolean) isExchange!: boolean;
  @Field(() => Boolean, { description: 'The order has, or will have, the ON_HOLD status (buyer-remorse window).' })
  isOnHoldOrder!: boolean;
  @Field(() => Boolean) isPreOrder!: boolean;
  @Field(() => Date, { nullable: true }) releaseAt!: Date | null;
  @Field(() => Boolean, { description: 'The buyer asked to cancel and customer service has not decided yet.' })
  isBuyerRequestCancel!: boolean;
  @Field(() => Date, { nullable: true }) requestCancelAt!: Date | null;
  @Field(() => CancelInitiatorEnum, { nullable: true }) cancellationInitiator!: CancelInitiator | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => SplitCombineTagEnum, { nullable: true }) splitOrCombineTag!: SplitCombineTag | null;
  @Field(() => OrderDeadlines) deadlines!: OrderDeadlines;
  @Field(() => Date, { nullable: true }) paidAt!: Date | null;
  @Field(() => Date, { nullable: true }) shippedAt!: Date | null;
  @Field(() => Date, { nullable: true }) collectedAt!: Date | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => Date, { description: 'When the buyer placed the order (TikTok create_time).' }) createdAt!: Date;
  @Field(() => Date, { description: "TikTok's update_time of the state the hub holds." }) tiktokUpdatedAt!: Date;
  @Field(() => Int, { description: 'Optimistic-lock version; changes whenever the hub changes the order.' })
  version!: number;
}

@ObjectType({ simpleResolvers: true })
export class LineTaxDetail {
  @Field(() => String) tiktokLineItemId!: string;
  @Field(() => Money, { nullable: true }) taxAmount!: Money | null;
  @Field(() => String, { nullable: true }) taxRate!: string | null;
  @Field(() => Money, { nullable: true, description: 'What the buyer paid for the unit, net of discounts and tax.' }) netPrice!: Money | null;
}

@ObjectType({ simpleResolvers: true, description: "TikTok's tax breakdown (Get Price Detail)." })
export class OrderTaxDetail {
  @Field(() => Money, { nullable: true, description: 'All taxes on the order.' }) taxAmount!: Money | null;
  @Field(() => String, { nullable: true }) taxRate!: string | null;
  @Field(() => Money, { nullable: true, description: 'Tax on the products.' }) subtotalTaxAmount!: Money | null;
  @Field(() => Money, { nullable: true }) netPrice!: Money | null;
  @Field(() => [LineTaxDetail]) lines!: LineTaxDetail[];
}

@InputType({ description: 'All given conditions must hold.' })
export class OrderFilter {
  @Field(() => [ID], { nullable: true }) shopIds?: string[];
  @Field(() => [OrderStatusEnum], { nullable: true }) statuses?: OrderStatus[];
  @Field(() => [ShippingTypeEnum], { nullable: true }) shippingTypes?: ShippingType[];
  @Field(() => Boolean, { nullable: true }) isSample?: boolean;
  @Field(() => Boolean, { nullable: true }) isReplacement?: boolean;
  @Field(() => Boolean, { nullable: true }) isOnHoldOrder?: boolean;
  @Field(() => Boolean, { nullable: true }) isBuyerRequestCancel?: boolean;
  @Field(() => Boolean, { nullable: true }) isCod?: boolean;
  @Field(() => Boolean, { nullable: true }) isPreOrder?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Orders with at least one gift line.' }) hasGift?: boolean;
  @Field(() => Date, { nullable: true, description: 'Orders whose next deadline is before this time.' })
  deadlineBefore?: Date;
}
