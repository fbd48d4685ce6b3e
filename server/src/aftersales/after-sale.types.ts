import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../graphql/enums.js';
import { Node } from '../graphql/node.js';
import { Money } from '../graphql/scalars.js';
import { UserErrorType } from '../graphql/user-errors.js';
import { ChangeEvent } from '../journal/journal.types.js';
import type { OrderView } from '../orders/order.mapper.js';
import { Order } from '../orders/order.types.js';
import { SyncStatusEnum } from '../packages/package.types.js';
import type { SyncStatus } from '../packages/package.enums.js';
import { AFTER_SALE_ERROR_CODES } from './after-sale.errors.js';
import { ACTION_STATUSES, AFTER_SALE_KINDS, AFTER_SALE_TYPES, type ActionStatus, type AfterSaleKind, type AfterSaleType } from './after-sale.enums.js';
import { DECISION_RULES, RETURN_APPROVE_DECISIONS, RETURN_REJECT_DECISIONS, type Decision, type ReturnApproveDecision, type ReturnRejectDecision } from './decision-rules.js';

export const AfterSaleKindEnum = graphqlEnum(AFTER_SALE_KINDS, 'AfterSaleKind', 'CANCELLATION: a cancel case. RETURN: a refund-only, return-and-refund or replacement case.');
export const AfterSaleTypeEnum = graphqlEnum(
  AFTER_SALE_TYPES,
  'AfterSaleType',
  "TikTok's cancel_type / return_type: CANCEL (seller or system, no review), BUYER_CANCEL (seller reviews), REFUND (refund only), RETURN_AND_REFUND, REPLACEMENT.",
);
export const AfterSaleDecisionEnum = graphqlEnum(
  Object.keys(DECISION_RULES) as Decision[],
  'AfterSaleDecision',
  "A decision on a case: TikTok's approve/reject decision enums, plus the cancellation answers.",
);
export const ReturnApproveDecisionEnum = graphqlEnum(
  RETURN_APPROVE_DECISIONS,
  'ReturnApproveDecision',
  "TikTok's approve decisions. APPROVE_RETURN with buyerKeepItem is a returnless refund; OFFER_PARTIAL_REFUND offers less than the full refund (e.g. minus a return shipping fee).",
);
export const ReturnRejectDecisionEnum = graphqlEnum(RETURN_REJECT_DECISIONS, 'ReturnRejectDecision', "TikTok's reject decisions; each needs a reason from afterSaleRejectReasons.");
export const AfterSaleActionStatusEnum = graphqlEnum(ACTION_STATUSES, 'AfterSaleActionStatus');
export const RefundRequestTypeEnum = graphqlEnum(['CANCEL', 'REFUND', 'RETURN_AND_REFUND'] as const, 'RefundRequestType');
export const AfterSaleSortEnum = graphqlEnum(
  ['DEADLINE_ASC', 'UPDATED_AT_DESC', 'CREATED_AT_DESC'] as const,
  'AfterSaleSort',
  'DEADLINE_ASC: the response due soonest first; cases without a deadline last.',
);
export type AfterSaleSort = keyof typeof AfterSaleSortEnum;

@ObjectType({ simpleResolvers: true, description: 'What the buyer gets back, as TikTok computed it.' })
export class AfterSaleRefund {
  @Field(() => Money, { nullable: true }) total!: Money | null;
  @Field(() => Money, { nullable: true }) subtotal!: Money | null;
  @Field(() => Money, { nullable: true }) shippingFee!: Money | null;
  @Field(() => Money, { nullable: true }) tax!: Money | null;
  @Field(() => Money, { nullable: true }) retailDeliveryFee!: Money | null;
  @Field(() => Money, { nullable: true }) buyerServiceFee!: Money | null;
}

@ObjectType({ simpleResolvers: true, description: 'Discounts taken back with the refund, and who pays the return shipping.' })
export class AfterSaleAdjustments {
  @Field(() => Money, { nullable: true }) productSellerDiscount!: Money | null;
  @Field(() => Money, { nullable: true }) productPlatformDiscount!: Money | null;
  @Field(() => Money, { nullable: true }) shippingFeeSellerDiscount!: Money | null;
  @Field(() => Money, { nullable: true }) shippingFeePlatformDiscount!: Money | null;
  @Field(() => Money, { nullable: true }) buyerPaidReturnShippingFee!: Money | null;
  @Field(() => Money, { nullable: true }) sellerPaidReturnShippingFee!: Money | null;
  @Field(() => Money, { nullable: true }) platformPaidReturnShippingFee!: Money | null;
}

@ObjectType({ simpleResolvers: true, description: "A video the buyer attached to a return record (TikTok's URLs)." })
export class AfterSaleRecordVideo {
  @Field(() => String) url!: string;
  @Field(() => String, { nullable: true, description: 'A still of the video.' }) coverUrl!: string | null;
  @Field(() => Float, { nullable: true }) durationSeconds!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'One entry of the return timeline (TikTok Get Return Records).' })
export class AfterSaleRecord {
  @Field(() => String, { description: 'BUYER, SELLER, SYSTEM or OPERATOR.' }) role!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { nullable: true }) reasonText!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date) at!: Date;
  @Field(() => [String]) imageUrls!: string[];
  @Field(() => [AfterSaleRecordVideo]) videos!: AfterSaleRecordVideo[];
}

@ObjectType({ simpleResolvers: true, description: 'A return label made in the hub (hub carrier) for the buyer; TikTok has no upload endpoint for it, so it is served by the hub.' })
export class ReturnLabel {
  @Field(() => String) carrierName!: string;
  @Field(() => String) trackingNumber!: string;
  @Field(() => String, { description: 'Path of the 4x6 PDF on this server (same bearer credentials as the API).' }) url!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String) createdBy!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A decision sent (or being sent) to TikTok, with the agent who took it.' })
export class AfterSaleAction {
  @Field(() => String, { description: 'The decision, or CANCEL_ORDER.' }) action!: string;
  @Field(() => AfterSaleActionStatusEnum) status!: ActionStatus;
  @Field(() => String, { nullable: true, description: 'Why TikTok refused it, when it did.' }) error!: string | null;
  @Field(() => String) actor!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A unit of a case.' })
export class AfterSaleLine extends Node {
  @Field(() => String) tiktokLineItemId!: string;
  @Field(() => String, { nullable: true }) skuId!: string | null;
  @Field(() => String, { nullable: true }) sellerSku!: string | null;
  @Field(() => String, { nullable: true }) productName!: string | null;
  @Field(() => String, { nullable: true }) skuName!: string | null;
  @Field(() => Boolean, { description: 'A gift-with-purchase unit; it goes with the paid unit in giftParentLine.' }) isGift!: boolean;
  @Field(() => Money, { nullable: true }) refundTotal!: Money | null;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A cancellation, refund, return or replacement case. Staff only.' })
export class AfterSale extends Node {
  @Field(() => String, { description: "TikTok's cancel_id or return_id." }) tiktokId!: string;
  @Field(() => String) tiktokOrderId!: string;
  @Field(() => AfterSaleKindEnum) kind!: AfterSaleKind;
  @Field(() => AfterSaleTypeEnum) type!: AfterSaleType;
  @Field(() => String, { description: "TikTok's cancel_status / return_status." }) status!: string;
  @Field(() => Boolean, { description: 'Not finished yet.' }) isOpen!: boolean;
  @Field(() => String, { nullable: true, description: 'Who opened it: BUYER, SELLER, SYSTEM.' }) role!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) reasonText!: string | null;
  @Field(() => AfterSaleRefund) refund!: AfterSaleRefund;
  @Field(() => AfterSaleAdjustments) adjustments!: AfterSaleAdjustments;
  @Field(() => Money, { nullable: true, description: "The seller's partial refund offer, if any." }) partialRefund!: Money | null;
  @Field(() => Boolean) buyerRejectedPartialRefund!: boolean;
  @Field(() => String, { nullable: true }) returnMethod!: string | null;
  @Field(() => String, { nullable: true }) shipmentType!: string | null;
  @Field(() => String, { nullable: true }) handoverMethod!: string | null;
  @Field(() => String, { nullable: true }) returnTrackingNumber!: string | null;
  @Field(() => String, { nullable: true }) returnProviderName!: string | null;
  @Field(() => String, { nullable: true }) returnWarehouseAddress!: string | null;
  @Field(() => Boolean) canBuyerKeepItem!: boolean;
  @Field(() => String, { nullable: true, description: 'IN_PROGRESS while TikTok arbitrates; then SUPPORT_BUYER, SUPPORT_SELLER or CLOSED.' })
  arbitrationStatus!: string | null;
  @Field(() => String, { nullable: true, description: "What TikTok waits for from the seller (SELLER_RESPOND_*)." }) nextAction!: string | null;
  @Field(() => Date, { nullable: true, description: 'When TikTok decides by itself if the seller has not answered.' }) deadline!: Date | null;
  @Field(() => [AfterSaleRecord], { description: 'The return timeline (TikTok Get Return Records); empty for cancellations.' }) records!: AfterSaleRecord[];
  @Field(() => ReturnLabel, { nullable: true }) returnLabel!: ReturnLabel | null;
  @Field(() => [AfterSaleDecisionEnum], { description: 'Decisions TikTok would accept now (none while one is on its way).' }) availableDecisions!: Decision[];
  @Field(() => Int, { description: 'Changes with every change; pass it back with a decision to refuse deciding on a stale view.' }) version!: number;
  @Field(() => SyncStatusEnum) syncStatus!: SyncStatus;
  @Field(() => String, { nullable: true }) syncError!: string | null;
  @Field(() => Date, { description: 'Created in TikTok.' }) createdAt!: Date;
  @Field(() => Date, { description: 'Last changed in TikTok.' }) updatedAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: 'Money returned to the buyer by one finished case.' })
export class OrderRefund {
  @Field(() => AfterSale) afterSale!: AfterSale;
  @Field(() => Money) amount!: Money;
  @Field(() => Date) refundedAt!: Date;
}

@ObjectType({ simpleResolvers: true })
export class AfterSaleReason {
  @Field(() => String, { description: "TikTok's reason name, to pass back as `reason`." }) name!: string;
  @Field(() => String) text!: string;
}

@ObjectType({ simpleResolvers: true, description: 'What TikTok would refund (Calculate Refund), before deciding.' })
export class RefundPreview {
  @Field(() => AfterSaleRefund) refund!: AfterSaleRefund;
  @Field(() => [ID], { description: 'The units priced: those asked for, with the gifts that go with them.' }) lineIds!: string[];
}

@ObjectType({ simpleResolvers: true })
export class DeadlineWarning {
  @Field(() => ChangeEvent) event!: ChangeEvent;
  @Field(() => AfterSale) afterSale!: AfterSale;
  @Field(() => Int) thresholdMinutes!: number;
  @Field(() => Date) deadline!: Date;
}

@ObjectType({ simpleResolvers: true })
export class AfterSaleChange {
  @Field(() => ChangeEvent) event!: ChangeEvent;
  @Field(() => AfterSale) afterSale!: AfterSale;
}

export const AfterSaleUserError = UserErrorType('AfterSaleUserError', AFTER_SALE_ERROR_CODES);

@ObjectType({ simpleResolvers: true })
export class AfterSaleDecisionPayload {
  @Field(() => AfterSale, { nullable: true, description: 'The case, with syncStatus PENDING until TikTok has the decision.' }) afterSale!: AfterSale | null;
  @Field(() => [AfterSaleUserError]) userErrors!: InstanceType<typeof AfterSaleUserError>[];
}

@InputType()
export class MoneyInput {
  @Field(() => String, { description: 'Decimal string, e.g. "12.50".' }) amount!: string;
  @Field(() => String) currency!: string;
}

@InputType()
export class CancellationApproveInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you saw; refused if the case changed since.' }) version?: number | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class CancellationRejectInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'A name from afterSaleRejectReasons.' }) reason!: string;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class ReturnApproveInput {
  @Field(() => ID) id!: string;
  @Field(() => ReturnApproveDecisionEnum) decision!: ReturnApproveDecision;
  @Field(() => Boolean, { nullable: true, description: 'With APPROVE_RETURN: refund without the item coming back (returnless refund).' })
  buyerKeepItem?: boolean | null;
  @Field(() => MoneyInput, { nullable: true, description: 'With OFFER_PARTIAL_REFUND: the amount offered.' }) partialRefund?: MoneyInput | null;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class ReturnRejectInput {
  @Field(() => ID) id!: string;
  @Field(() => ReturnRejectDecisionEnum) decision!: ReturnRejectDecision;
  @Field(() => String, { description: 'A name from afterSaleRejectReasons.' }) reason!: string;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class OrderCancelInput {
  @Field(() => ID) orderId!: string;
  @Field(() => String, { description: 'A name from orderCancelReasons.' }) reason!: string;
  @Field(() => [ID], { nullable: true, description: 'OrderLine ids to cancel (out of stock only); the whole order when absent. Gifts follow their paid unit.' })
  lineIds?: string[] | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class ReturnLabelCreateInput {
  @Field(() => ID, { description: 'A RETURN_AND_REFUND case.' }) id!: string;
  @Field(() => ID) carrierId!: string;
  @Field(() => String, { description: "The tracking number of the label bought from the carrier." }) trackingNumber!: string;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class RefundPreviewInput {
  @Field(() => ID) orderId!: string;
  @Field(() => RefundRequestTypeEnum) requestType!: 'CANCEL' | 'REFUND' | 'RETURN_AND_REFUND';
  @Field(() => [ID], { nullable: true, description: 'OrderLine ids; every unit still refundable when absent.' }) lineIds?: string[] | null;
}

@InputType()
export class AfterSaleFilter {
  @Field(() => [ID], { nullable: true }) shopIds?: string[] | null;
  @Field(() => [AfterSaleKindEnum], { nullable: true }) kinds?: AfterSaleKind[] | null;
  @Field(() => [AfterSaleTypeEnum], { nullable: true }) types?: AfterSaleType[] | null;
  @Field(() => [String], { nullable: true, description: "TikTok statuses." }) statuses?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Open cases only (default true: the inbox).' }) open?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only cases waiting for the seller (with a deadline).' }) awaitingSeller?: boolean | null;
  @Field(() => Date, { nullable: true }) deadlineBefore?: Date | null;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class OrderCancelPayload {
  @Field(() => Order, { nullable: true, description: 'The order; its cancellation appears in afterSales once TikTok has it.' }) order!: OrderView | null;
  @Field(() => [AfterSaleUserError]) userErrors!: InstanceType<typeof AfterSaleUserError>[];
}

@ObjectType({ simpleResolvers: true })
export class ReturnLabelCreatePayload {
  @Field(() => AfterSale, { nullable: true }) afterSale!: AfterSale | null;
  @Field(() => [AfterSaleUserError]) userErrors!: InstanceType<typeof AfterSaleUserError>[];
}
