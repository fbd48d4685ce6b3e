/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why an action is not possible now. */
export type ActionBlockReason =
  | 'AFTER_SALE_OPEN'
  | 'ALREADY_COLLECTED'
  | 'ALREADY_COMBINED'
  | 'ALREADY_SHIPPED'
  | 'CANCEL_REQUESTED'
  | 'CHANGE_PENDING'
  | 'COMBINED'
  | 'DELIVERED'
  | 'FULFILLED_BY_TIKTOK'
  | 'NOT_COMBINED'
  | 'NOT_PERMITTED'
  | 'NOT_SHIPPED'
  | 'NOT_UNDOABLE'
  | 'NO_PACKAGE'
  | 'NO_TRACKING_NUMBER'
  | 'ORDER_CANCELLED'
  | 'ORDER_COMBINED'
  | 'ORDER_ON_HOLD'
  | 'ORDER_SHIPPED'
  | 'ORDER_SPLIT'
  | 'ORDER_UNPAID'
  | 'PACKAGE_SHIPPED'
  | 'SHOP_DISCONNECTED'
  | 'SINGLE_SKU'
  | 'SINGLE_UNIT'
  | 'SYNC_PENDING'
  | 'TIKTOK_CANNOT_SPLIT'
  | 'TIKTOK_SHIPPING'
  | 'TIKTOK_UNAVAILABLE'
  | 'TRACKING_UPDATE_LIMIT'
  | 'TRACKING_UPDATE_WINDOW_CLOSED';

export type AfterSaleActionStatus =
  | 'DONE'
  | 'FAILED'
  | 'PENDING';

/** A decision on a case: TikTok's approve/reject decision enums, plus the cancellation answers. */
export type AfterSaleDecision =
  | 'APPROVE_CANCELLATION'
  | 'APPROVE_RECEIVED_PACKAGE'
  | 'APPROVE_REFUND'
  | 'APPROVE_REPLACEMENT'
  | 'APPROVE_RETURN'
  | 'ISSUE_REPLACEMENT_REFUND'
  | 'OFFER_PARTIAL_REFUND'
  | 'REJECT_CANCELLATION'
  | 'REJECT_RECEIVED_PACKAGE'
  | 'REJECT_REFUND'
  | 'REJECT_REPLACEMENT'
  | 'REJECT_RETURN';

export type AfterSaleFilter = {
  /** Only cases waiting for the seller (with a deadline). */
  awaitingSeller?: boolean | null | undefined;
  deadlineBefore?: string | null | undefined;
  kinds?: Array<AfterSaleKind> | null | undefined;
  /** Open cases only (default true: the inbox). */
  open?: boolean | null | undefined;
  orderId?: string | number | null | undefined;
  shopIds?: Array<string | number> | null | undefined;
  /** TikTok statuses. */
  statuses?: Array<string> | null | undefined;
  types?: Array<AfterSaleType> | null | undefined;
};

/** CANCELLATION: a cancel case. RETURN: a refund-only, return-and-refund or replacement case. */
export type AfterSaleKind =
  | 'CANCELLATION'
  | 'RETURN';

/** DEADLINE_ASC: the response due soonest first; cases without a deadline last. */
export type AfterSaleSort =
  | 'CREATED_AT_DESC'
  | 'DEADLINE_ASC'
  | 'UPDATED_AT_DESC';

/** TikTok's cancel_type / return_type: CANCEL (seller or system, no review), BUYER_CANCEL (seller reviews), REFUND (refund only), RETURN_AND_REFUND, REPLACEMENT. */
export type AfterSaleType =
  | 'BUYER_CANCEL'
  | 'CANCEL'
  | 'REFUND'
  | 'REPLACEMENT'
  | 'RETURN_AND_REFUND';

export type AfterSaleUserErrorCode =
  | 'ARBITRATION_IN_PROGRESS'
  | 'CASE_OPEN'
  | 'DECISION_PENDING'
  | 'GIFT_WITHOUT_PARENT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_AMOUNT'
  | 'INVALID_CARRIER'
  | 'INVALID_LINES'
  | 'INVALID_REASON'
  | 'INVALID_TRACKING_NUMBER'
  | 'NOT_FOUND'
  | 'ORDER_NOT_CANCELLABLE'
  | 'PARTIAL_NOT_ALLOWED'
  | 'REASON_REQUIRED'
  | 'SHOP_DISCONNECTED'
  | 'VERSION_CONFLICT'
  | 'WRONG_STATUS'
  | 'WRONG_TYPE';

export type ApiTokenCreateErrorCode =
  | 'NAME_REQUIRED'
  | 'PARTNER_NOT_ALLOWED'
  | 'PARTNER_NOT_FOUND'
  | 'PARTNER_REQUIRED';

export type ApiTokenCreateInput = {
  kind: ApiTokenKind;
  name: string;
  /** Required for THREE_PL tokens. */
  partnerId?: string | number | null | undefined;
};

/** SHIPPING_TOOL: read-only access to everything. THREE_PL: sees and updates only the packages assigned to its partner. */
export type ApiTokenKind =
  | 'SHIPPING_TOOL'
  | 'THREE_PL';

export type BackfillStatus =
  | 'DONE'
  | 'FAILED'
  | 'NOT_STARTED'
  | 'RUNNING';

export type CancelInitiator =
  | 'BUYER'
  | 'SELLER'
  | 'SYSTEM';

export type CancellationApproveInput = {
  id: string | number;
  idempotencyKey?: string | null | undefined;
  /** The version you saw; refused if the case changed since. */
  version?: number | null | undefined;
};

export type CancellationRejectInput = {
  comment?: string | null | undefined;
  id: string | number;
  idempotencyKey?: string | null | undefined;
  /** A name from afterSaleRejectReasons. */
  reason: string;
  version?: number | null | undefined;
};

export type CarrierCreateInput = {
  /** Short unique code, e.g. USPS. */
  code: string;
  name: string;
  /** Regular expression a tracking number must match in full (letters case-insensitive). */
  trackingNumberPattern?: string | null | undefined;
  /** http(s) URL containing {tracking}. */
  trackingUrlTemplate?: string | null | undefined;
};

export type CarrierErrorCode =
  | 'CARRIER_NOT_FOUND'
  | 'CODE_TAKEN'
  | 'INVALID';

export type CarrierMappingErrorCode =
  | 'CARRIER_NOT_FOUND'
  | 'DELIVERY_OPTION_NOT_FOUND'
  | 'PROVIDER_NOT_OFFERED'
  | 'SHOP_NOT_FOUND';

export type CarrierMappingSetInput = {
  carrierId: string | number;
  /** TikTok's delivery option id (see deliveryOptions). */
  deliveryOptionId: string;
  shopId: string | number;
  /** One of the providers TikTok lists for the delivery option. */
  tiktokShippingProviderId: string;
};

export type CarrierUpdateInput = {
  code?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** Empty string removes it. */
  trackingNumberPattern?: string | null | undefined;
  /** Empty string removes it. */
  trackingUrlTemplate?: string | null | undefined;
};

/** Where a change came from. */
export type ChangeSource =
  | 'BACKFILL'
  | 'POLL'
  | 'SYSTEM'
  | 'THREE_PL'
  | 'USER'
  | 'WEBHOOK';

export type DeliveryType =
  | 'COLLECTION_POINT'
  | 'HOME_DELIVERY';

export type DimensionInput = {
  height: number;
  length: number;
  unit: LengthUnit;
  width: number;
};

export type FulfillmentType =
  | 'FULFILLMENT_BY_DILAYANI_TOKOPEDIA'
  | 'FULFILLMENT_BY_SELLER'
  | 'FULFILLMENT_BY_TIKTOK';

export type HandoverMethod =
  | 'DROP_OFF'
  | 'PICKUP';

export type IncidentRetryErrorCode =
  | 'ALREADY_RESOLVED'
  | 'INCIDENT_NOT_FOUND'
  | 'NOT_RETRYABLE';

export type LengthUnit =
  | 'CM'
  | 'INCH';

export type LoginErrorCode =
  | 'INVALID_CREDENTIALS';

export type LoginInput = {
  email: string;
  password: string;
};

export type LogisticsSyncErrorCode =
  | 'SHOP_DISCONNECTED'
  | 'SHOP_NOT_FOUND'
  | 'TIKTOK_ERROR';

export type MoneyInput = {
  /** Decimal string, e.g. "12.50". */
  amount: string;
  currency: string;
};

export type OrderCancelInput = {
  idempotencyKey?: string | null | undefined;
  /** OrderLine ids to cancel (out of stock only); the whole order when absent. Gifts follow their paid unit. */
  lineIds?: Array<string | number> | null | undefined;
  orderId: string | number;
  /** A name from orderCancelReasons. */
  reason: string;
};

/** All given conditions must hold. */
export type OrderFilter = {
  /** Orders whose next deadline is before this time. */
  deadlineBefore?: string | null | undefined;
  /** Orders with at least one gift line. */
  hasGift?: boolean | null | undefined;
  isBuyerRequestCancel?: boolean | null | undefined;
  isCod?: boolean | null | undefined;
  isOnHoldOrder?: boolean | null | undefined;
  isPreOrder?: boolean | null | undefined;
  isReplacement?: boolean | null | undefined;
  isSample?: boolean | null | undefined;
  shippingTypes?: Array<ShippingType> | null | undefined;
  shopIds?: Array<string | number> | null | undefined;
  statuses?: Array<OrderStatus> | null | undefined;
};

/** DEADLINE_ASC: nearest SLA deadline first; orders without one last. */
export type OrderSort =
  | 'CREATED_AT_ASC'
  | 'CREATED_AT_DESC'
  | 'DEADLINE_ASC';

/** TikTok Shop's order status. */
export type OrderStatus =
  | 'AWAITING_COLLECTION'
  | 'AWAITING_SHIPMENT'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DELIVERED'
  | 'IN_TRANSIT'
  | 'ON_HOLD'
  | 'PARTIALLY_SHIPPING'
  | 'UNPAID';

export type PackageAction =
  | 'ASSIGN'
  | 'COMBINE'
  | 'PRINT_LABEL'
  | 'PRINT_PACKING_SLIP'
  | 'SHIP'
  | 'SPLIT'
  | 'UNCOMBINE'
  | 'UNDO_SPLIT'
  | 'UPDATE_TRACKING';

export type PackageAssignInput = {
  expectedVersion?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
  packageId: string | number;
  /** A 3PL partner: its tokens may then mark the package shipped and correct its tracking. */
  partnerId?: string | number | null | undefined;
  unassignPartner?: boolean | null | undefined;
  warehouseId?: string | number | null | undefined;
};

export type PackageChangeErrorCode =
  | 'ALREADY_COMBINED'
  | 'CANCEL_REQUESTED'
  | 'CHANGE_PENDING'
  | 'CONFLICT'
  | 'DIFFERENT_ADDRESSES'
  | 'DIFFERENT_BUYERS'
  | 'DIFFERENT_SHIPPING'
  | 'DIFFERENT_SHOPS'
  | 'EMPTY_PACKAGE'
  | 'FULFILLED_BY_TIKTOK'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_INPUT'
  | 'LINE_MISSING'
  | 'LINE_NOT_IN_ORDER'
  | 'LINE_TWICE'
  | 'NOT_COMBINABLE_AT_TIKTOK'
  | 'NOT_COMBINED'
  | 'NOT_FOUND'
  | 'NOT_UNDOABLE'
  | 'ORDER_CANCELLED'
  | 'ORDER_COMBINED'
  | 'ORDER_NOT_IN_PACKAGE'
  | 'ORDER_ON_HOLD'
  | 'ORDER_SHIPPED'
  | 'ORDER_SPLIT'
  | 'ORDER_UNPAID'
  | 'PACKAGE_SHIPPED'
  | 'SAME_SKU_SPLIT'
  | 'SHOP_DISCONNECTED'
  | 'SINGLE_SKU'
  | 'SINGLE_UNIT'
  | 'TIKTOK_CANNOT_SPLIT'
  | 'TIKTOK_UNAVAILABLE'
  | 'TOO_FEW_ORDERS'
  | 'TOO_FEW_PACKAGES'
  | 'TOO_MANY_ORDERS';

export type PackageChangeKind =
  | 'COMBINE'
  | 'SPLIT'
  | 'UNCOMBINE';

/** PENDING: queued (a split can still be undone). PUSHING: being sent to TikTok. SYNCED: TikTok confirmed. FAILED: TikTok refused. UNDONE: withdrawn before reaching TikTok. */
export type PackageChangeState =
  | 'FAILED'
  | 'PENDING'
  | 'PUSHING'
  | 'SYNCED'
  | 'UNDONE';

export type PackageFilter = {
  /** Packages assigned to this 3PL partner. */
  partnerId?: string | number | null | undefined;
  shippingTypes?: Array<ShippingType> | null | undefined;
  shopIds?: Array<string | number> | null | undefined;
  statuses?: Array<PackageStatus> | null | undefined;
  /** E.g. FAILED: packages whose last change TikTok refused. */
  syncStatuses?: Array<SyncStatus> | null | undefined;
  trackingNumber?: string | null | undefined;
};

export type PackageMarkShippedInput = {
  /** A hub carrier mapped to a TikTok provider for the shop and delivery option. */
  carrierId: string | number;
  /** The package version you saw; a different one is a CONFLICT. */
  expectedVersion?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
  packageId: string | number;
  trackingNumber: string;
};

export type PackageShipInput = {
  dimension?: DimensionInput | null | undefined;
  expectedVersion?: number | null | undefined;
  /** Outside the US: PICKUP (with a slot) or DROP_OFF. */
  handoverMethod?: HandoverMethod | null | undefined;
  idempotencyKey?: string | null | undefined;
  packageId: string | number;
  /** One of packageHandoverSlots, for PICKUP. */
  pickupSlot?: PickupSlotInput | null | undefined;
  /** US: one of packageShippingServices; TikTok's default when omitted. */
  shippingServiceId?: string | null | undefined;
  /** US: required (labels are priced by weight). */
  weight?: WeightInput | null | undefined;
};

export type PackageShipItemInput = {
  dimension?: DimensionInput | null | undefined;
  expectedVersion?: number | null | undefined;
  /** Outside the US: PICKUP (with a slot) or DROP_OFF. */
  handoverMethod?: HandoverMethod | null | undefined;
  packageId: string | number;
  /** One of packageHandoverSlots, for PICKUP. */
  pickupSlot?: PickupSlotInput | null | undefined;
  /** US: one of packageShippingServices; TikTok's default when omitted. */
  shippingServiceId?: string | null | undefined;
  /** US: required (labels are priced by weight). */
  weight?: WeightInput | null | undefined;
};

export type PackageShippingServicesInput = {
  dimension?: DimensionInput | null | undefined;
  packageId: string | number;
  weight: WeightInput;
};

export type PackageSplitInput = {
  /** Check our rules and TikTok's split attributes only; nothing is written. */
  dryRun?: boolean | null | undefined;
  idempotencyKey?: string | null | undefined;
  orderId: string | number;
  /** The new shape: at least two packages; every open unit of the order in exactly one. */
  packages: Array<PackageSplitPackageInput>;
};

/** The units of one new package. */
export type PackageSplitPackageInput = {
  /** OrderLine ids (one line per unit). */
  lineIds: Array<string | number>;
};

export type PackageSplitUndoInput = {
  /** The PackageChange of the split. */
  changeId: string | number;
  idempotencyKey?: string | null | undefined;
};

/** TO_FULFILL: not arranged yet. PROCESSING: shipment arranged, waiting for the carrier. FULFILLING: collected. COMPLETED: delivered. */
export type PackageStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FULFILLING'
  | 'PROCESSING'
  | 'TO_FULFILL';

export type PackageTrackingUpdateInput = {
  /** The package’s carrier when omitted. */
  carrierId?: string | number | null | undefined;
  expectedVersion?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
  packageId: string | number;
  trackingNumber: string;
};

export type PackageUncombineInput = {
  idempotencyKey?: string | null | undefined;
  /** Orders to take out, each into a package of its own; all but the first when omitted. */
  orderIds?: Array<string | number> | null | undefined;
  packageId: string | number;
};

/** Name the orders by their packages or directly, not both. */
export type PackagesCombineInput = {
  /** Check our rules and TikTok's combinable packages only; nothing is written. */
  dryRun?: boolean | null | undefined;
  idempotencyKey?: string | null | undefined;
  orderIds?: Array<string | number> | null | undefined;
  packageIds?: Array<string | number> | null | undefined;
};

export type PackagesShipInput = {
  idempotencyKey?: string | null | undefined;
  /** At most 50. */
  packages: Array<PackageShipItemInput>;
};

export type PartnerCreateErrorCode =
  | 'NAME_REQUIRED'
  | 'NAME_TAKEN';

export type PickupSlotInput = {
  endTime: string;
  startTime: string;
};

export type RefundPreviewInput = {
  /** OrderLine ids; every unit still refundable when absent. */
  lineIds?: Array<string | number> | null | undefined;
  orderId: string | number;
  requestType: RefundRequestType;
};

export type RefundRequestType =
  | 'CANCEL'
  | 'REFUND'
  | 'RETURN_AND_REFUND';

/** TikTok's approve decisions. APPROVE_RETURN with buyerKeepItem is a returnless refund; OFFER_PARTIAL_REFUND offers less than the full refund (e.g. minus a return shipping fee). */
export type ReturnApproveDecision =
  | 'APPROVE_RECEIVED_PACKAGE'
  | 'APPROVE_REFUND'
  | 'APPROVE_REPLACEMENT'
  | 'APPROVE_RETURN'
  | 'ISSUE_REPLACEMENT_REFUND'
  | 'OFFER_PARTIAL_REFUND';

export type ReturnApproveInput = {
  /** With APPROVE_RETURN: refund without the item coming back (returnless refund). */
  buyerKeepItem?: boolean | null | undefined;
  decision: ReturnApproveDecision;
  id: string | number;
  idempotencyKey?: string | null | undefined;
  /** With OFFER_PARTIAL_REFUND: the amount offered. */
  partialRefund?: MoneyInput | null | undefined;
  version?: number | null | undefined;
};

export type ReturnLabelCreateInput = {
  carrierId: string | number;
  /** A RETURN_AND_REFUND case. */
  id: string | number;
  idempotencyKey?: string | null | undefined;
  /** The tracking number of the label bought from the carrier. */
  trackingNumber: string;
};

/** TikTok's reject decisions; each needs a reason from afterSaleRejectReasons. */
export type ReturnRejectDecision =
  | 'REJECT_RECEIVED_PACKAGE'
  | 'REJECT_REFUND'
  | 'REJECT_REPLACEMENT'
  | 'REJECT_RETURN';

export type ReturnRejectInput = {
  comment?: string | null | undefined;
  decision: ReturnRejectDecision;
  id: string | number;
  idempotencyKey?: string | null | undefined;
  /** A name from afterSaleRejectReasons. */
  reason: string;
  version?: number | null | undefined;
};

/** ADMIN manages everything; PACKER works the warehouse; CUSTOMER_SERVICE decides after-sales. */
export type Role =
  | 'ADMIN'
  | 'CUSTOMER_SERVICE'
  | 'PACKER';

export type SandboxBuyerCancelInput = {
  /** A TikTok cancel reason; omitted: the platform's default. */
  reason?: string | null | undefined;
  tiktokOrderId: string;
};

export type SandboxBuyerReturnInput = {
  /** A TikTok return reason; omitted: the first one allowed for the order's status. */
  reason?: string | null | undefined;
  returnType?: SandboxReturnType;
  tiktokOrderId: string;
};

export type SandboxClockAdvanceInput = {
  /** 1 second to 30 days. Due platform jobs (auto-approvals, SLA cancels) run at once. */
  seconds: number;
};

export type SandboxErrorCode =
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'NOT_ALLOWED_NOW'
  | 'ORDER_NOT_FOUND'
  | 'OUT_OF_RANGE'
  | 'SANDBOX_DISABLED'
  | 'SANDBOX_UNREACHABLE'
  | 'SHOP_NOT_FOUND';

/** Only the switches given change. */
export type SandboxFaultsSetInput = {
  apiBurst429?: number | null | undefined;
  apiOverloadRate?: number | null | undefined;
  apiServerErrorRate?: number | null | undefined;
  apiSlowMs?: number | null | undefined;
  webhookDelayMs?: number | null | undefined;
  webhookDropRate?: number | null | undefined;
  webhookDuplicateRate?: number | null | undefined;
  webhookReorderWindow?: number | null | undefined;
};

export type SandboxOrderInput = {
  tiktokOrderId: string;
};

export type SandboxOrdersCreateInput = {
  /** 1 to 50. */
  count?: number;
  idempotencyKey?: string | null | undefined;
  /** The buyer pays at once; false leaves the orders UNPAID. */
  pay?: boolean;
  scenario?: SandboxScenario;
  /** Omitted: the shop's usual mix. */
  shippingType?: ShippingType | null | undefined;
  /** TikTok shop id; omitted: the sandbox's first shop. */
  tiktokShopId?: string | null | undefined;
};

export type SandboxReturnType =
  | 'REFUND'
  | 'REPLACEMENT'
  | 'RETURN_AND_REFUND';

/** What a sandbox buyer orders: one unit, several units, several SKUs, a bundle, with a gift, a free sample, a replacement, cash on delivery, a pre-order, or a random mix. */
export type SandboxScenario =
  | 'BUNDLE'
  | 'COD'
  | 'GIFT'
  | 'MULTI_SKU'
  | 'MULTI_UNIT'
  | 'PRE_ORDER'
  | 'RANDOM'
  | 'REPLACEMENT'
  | 'SAMPLE'
  | 'SINGLE';

export type ShippingErrorCode =
  | 'AFTER_SALE_OPEN'
  | 'ALREADY_COLLECTED'
  | 'ALREADY_SHIPPED'
  | 'CARRIER_NOT_FOUND'
  | 'CARRIER_NOT_MAPPED'
  | 'COMBINED'
  | 'CONFLICT'
  | 'DELIVERED'
  | 'FULFILLED_BY_TIKTOK'
  | 'HANDOVER_INVALID'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID'
  | 'NOT_SHIPPED'
  | 'NO_TRACKING_NUMBER'
  | 'ORDER_CANCELLED'
  | 'ORDER_ON_HOLD'
  | 'ORDER_UNPAID'
  | 'PACKAGE_NOT_FOUND'
  | 'PARTNER_NOT_FOUND'
  | 'SHOP_DISCONNECTED'
  | 'SINGLE_UNIT'
  | 'SYNC_PENDING'
  | 'TIKTOK_SHIPPING'
  | 'TRACKING_NUMBER_INVALID'
  | 'TRACKING_NUMBER_IN_USE'
  | 'TRACKING_UPDATE_LIMIT'
  | 'TRACKING_UPDATE_WINDOW_CLOSED'
  | 'WAREHOUSE_NOT_FOUND'
  | 'WEIGHT_REQUIRED'
  | 'WRONG_SHIPPING_TYPE';

export type ShippingPushKind =
  | 'MARK_SHIPPED'
  | 'SHIP'
  | 'TRACKING_UPDATE';

export type ShippingPushStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SYNCED';

/** SELLER: the seller ships with its own carrier (3PL). TIKTOK: TikTok Shipping books the carrier and label (4PL). */
export type ShippingType =
  | 'SELLER'
  | 'TIKTOK';

export type ShopConnectErrorCode =
  | 'NOT_CONFIGURED'
  | 'WAREHOUSE_NOT_FOUND';

export type ShopConnectStartInput = {
  /** Hub warehouse the connected shops ship from. */
  warehouseId?: string | number | null | undefined;
};

export type ShopDisconnectErrorCode =
  | 'ALREADY_DISCONNECTED'
  | 'SHOP_NOT_FOUND';

export type ShopInput = {
  shopId: string | number;
};

export type ShopLogisticsSyncInput = {
  shopId: string | number;
};

export type ShopStatus =
  | 'CONNECTED'
  | 'DISCONNECTED';

export type ShopSyncErrorCode =
  | 'SHOP_DISCONNECTED'
  | 'SHOP_NOT_FOUND';

export type SplitCombineTag =
  | 'COMBINED'
  | 'SPLIT';

/** Whether the hub's last change has reached TikTok Shop. */
export type SyncStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SYNCED';

export type UserCreateErrorCode =
  | 'EMAIL_TAKEN'
  | 'INVALID_EMAIL'
  | 'INVALID_ROLE'
  | 'NAME_REQUIRED'
  | 'PASSWORD_TOO_SHORT';

export type UserCreateInput = {
  email: string;
  name: string;
  /** At least 12 characters. */
  password: string;
  role: Role;
};

export type WeightInput = {
  unit: WeightUnit;
  value: number;
};

export type WeightUnit =
  | 'GRAM'
  | 'POUND';

export type SupportedActionItemFragment = { action: PackageAction, allowed: boolean, reason: ActionBlockReason | null, message: string | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { user: { id: string, name: string, email: string, role: Role } | null } };

export type SandboxEnabledQueryVariables = Exact<{ [key: string]: never; }>;


export type SandboxEnabledQuery = { sandbox: { enabled: boolean } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { logout: boolean };

export type DeadlineCountdownFragment = { next: string | null, rtsSla: string | null, shippingDue: string | null, ttsSla: string | null, collectionDue: string | null, deliverySla: string | null, deliveryDue: string | null };

export type DeadlineListFragment = { next: string | null, rtsSla: string | null, shippingDue: string | null, ttsSla: string | null, collectionDue: string | null, deliverySla: string | null, deliveryDue: string | null };

export type IncidentItemFragment = { id: string, kind: string, message: string, occurrences: number, createdAt: string, lastSeenAt: string, resolvedAt: string | null, retryable: boolean };

export type LineGroupItemFragment = { skuId: string, sellerSku: string | null, productName: string, skuName: string | null, skuImage: string | null, quantity: number, isGift: boolean, bundleComponents: Array<{ skuId: string, sellerSku: string | null, count: number }>, lines: Array<{ id: string, isDangerousGood: boolean, salePrice: { amount: string, currency: string }, giftRetailPrice: { amount: string, currency: string } | null }> };

export type OrderFlagsFragment = { status: OrderStatus, isSample: boolean, isCod: boolean, isReplacement: boolean, isOnHoldOrder: boolean, isBuyerRequestCancel: boolean, isPreOrder: boolean };

export type OrderListItemFragment = { id: string, tiktokOrderId: string, status: OrderStatus, shippingType: ShippingType, createdAt: string, buyerEmail: string | null, isSample: boolean, isCod: boolean, isReplacement: boolean, isOnHoldOrder: boolean, isBuyerRequestCancel: boolean, isPreOrder: boolean, shop: { name: string }, recipient: { name: string | null } | null, total: { amount: string, currency: string }, lineGroups: Array<{ skuId: string, sellerSku: string | null, productName: string, quantity: number, isGift: boolean }>, deadlines: { next: string | null, rtsSla: string | null, shippingDue: string | null, ttsSla: string | null, collectionDue: string | null, deliverySla: string | null, deliveryDue: string | null } };

export type OrderTimelineEventFragment = { seq: number, at: string, kind: string, source: ChangeSource, actor: string | null, from: string | null, to: string | null };

export type PackageAssignOptionsQueryVariables = Exact<{
  shopId: string | number;
}>;


export type PackageAssignOptionsQuery = { warehouses: Array<{ id: string, name: string, isDefault: boolean }> };

export type PackageAssignPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type PackageAssignPartnersQuery = { partners: Array<{ id: string, name: string }> };

export type PackageAssignMutationVariables = Exact<{
  input: PackageAssignInput;
}>;


export type PackageAssignMutation = { packageAssign: { package: { id: string, version: number, tiktokPackageId: string | null, status: PackageStatus, shippingType: ShippingType, syncStatus: SyncStatus, syncError: string | null, trackingNumber: string | null, trackingUrl: string | null, shippingProviderName: string | null, shippedAt: string | null, carrier: { id: string, name: string, trackingNumberPattern: string | null } | null, warehouse: { id: string, name: string } | null, shop: { id: string, region: string }, supportedActions: Array<{ action: PackageAction, allowed: boolean, message: string | null }>, documents: { labelPdf: string | null, packingSlipPdf: string, tiktokLabelPdf: string | null, tiktokPackingSlipPdf: string | null }, shippingPushes: Array<{ id: string, kind: ShippingPushKind, status: ShippingPushStatus, attempts: number, error: string | null, tiktokCode: number | null, createdAt: string }> } | null, userErrors: Array<{ code: ShippingErrorCode, field: Array<string> | null, message: string }> } };

export type PackageChangeItemFragment = { id: string, kind: PackageChangeKind, state: PackageChangeState, syncStatus: SyncStatus | null, syncError: string | null, createdAt: string, syncedAt: string | null, tiktokPackageIds: Array<string>, orders: Array<{ id: string, tiktokOrderId: string }>, plannedPackages: Array<{ lines: Array<{ id: string }> }>, packagesAfter: Array<{ id: string }> };

export type PackageItemFragment = { id: string, tiktokPackageId: string | null, status: PackageStatus, shippingType: ShippingType, trackingNumber: string | null, trackingUrl: string | null, shippingProviderName: string | null, syncStatus: SyncStatus, syncError: string | null, shippedAt: string | null, carrier: { name: string } | null, warehouse: { name: string } | null, lines: Array<{ id: string }> };

export type PackageShippingFragment = { id: string, version: number, tiktokPackageId: string | null, status: PackageStatus, shippingType: ShippingType, syncStatus: SyncStatus, syncError: string | null, trackingNumber: string | null, trackingUrl: string | null, shippingProviderName: string | null, shippedAt: string | null, carrier: { id: string, name: string, trackingNumberPattern: string | null } | null, warehouse: { id: string, name: string } | null, shop: { id: string, region: string }, supportedActions: Array<{ action: PackageAction, allowed: boolean, message: string | null }>, documents: { labelPdf: string | null, packingSlipPdf: string, tiktokLabelPdf: string | null, tiktokPackingSlipPdf: string | null }, shippingPushes: Array<{ id: string, kind: ShippingPushKind, status: ShippingPushStatus, attempts: number, error: string | null, tiktokCode: number | null, createdAt: string }> };

export type PackageShippingChangesSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type PackageShippingChangesSubscription = { packageChanged: { event: { seq: number }, package: { id: string, version: number, tiktokPackageId: string | null, status: PackageStatus, shippingType: ShippingType, syncStatus: SyncStatus, syncError: string | null, trackingNumber: string | null, trackingUrl: string | null, shippingProviderName: string | null, shippedAt: string | null, carrier: { id: string, name: string, trackingNumberPattern: string | null } | null, warehouse: { id: string, name: string } | null, shop: { id: string, region: string }, supportedActions: Array<{ action: PackageAction, allowed: boolean, message: string | null }>, documents: { labelPdf: string | null, packingSlipPdf: string, tiktokLabelPdf: string | null, tiktokPackingSlipPdf: string | null }, shippingPushes: Array<{ id: string, kind: ShippingPushKind, status: ShippingPushStatus, attempts: number, error: string | null, tiktokCode: number | null, createdAt: string }> } } | null };

export type ShippingCarriersQueryVariables = Exact<{ [key: string]: never; }>;


export type ShippingCarriersQuery = { carriers: Array<{ id: string, name: string, code: string, trackingNumberPattern: string | null }> };

export type PackageHandoverSlotsQueryVariables = Exact<{
  packageId: string | number;
}>;


export type PackageHandoverSlotsQuery = { packageHandoverSlots: { canPickup: boolean, canDropOff: boolean, dropOffPointUrl: string | null, pickupSlots: Array<{ startTime: string, endTime: string, available: boolean }> } };

export type PackageShippingServicesQueryVariables = Exact<{
  input: PackageShippingServicesInput;
}>;


export type PackageShippingServicesQuery = { packageShippingServices: Array<{ id: string, name: string, isDefault: boolean, shippingProviderName: string, earliestDeliveryDays: number | null, latestDeliveryDays: number | null, price: { amount: string, currency: string } | null }> };

export type PackageMarkShippedMutationVariables = Exact<{
  input: PackageMarkShippedInput;
}>;


export type PackageMarkShippedMutation = { packageMarkShipped: { package: { id: string, version: number, tiktokPackageId: string | null, status: PackageStatus, shippingType: ShippingType, syncStatus: SyncStatus, syncError: string | null, trackingNumber: string | null, trackingUrl: string | null, shippingProviderName: string | null, shippedAt: string | null, carrier: { id: string, name: string, trackingNumberPattern: string | null } | null, warehouse: { id: string, name: string } | null, shop: { id: string, region: string }, supportedActions: Array<{ action: PackageAction, allowed: boolean, message: string | null }>, documents: { labelPdf: string | null, packingSlipPdf: string, tiktokLabelPdf: string | null, tiktokPackingSlipPdf: string | null }, shippingPushes: Array<{ id: string, kind: ShippingPushKind, status: ShippingPushStatus, attempts: number, error: string | null, tiktokCode: number | null, createdAt: string }> } | null, userErrors: Array<{ code: ShippingErrorCode, field: Array<string> | null, message: string }> } };

export type PackageTrackingUpdateMutationVariables = Exact<{
  input: PackageTrackingUpdateInput;
}>;


export type PackageTrackingUpdateMutation = { packageTrackingUpdate: { package: { id: string, version: number, tiktokPackageId: string | null, status: PackageStatus, shippingType: ShippingType, syncStatus: SyncStatus, syncError: string | null, trackingNumber: string | null, trackingUrl: string | null, shippingProviderName: string | null, shippedAt: string | null, carrier: { id: string, name: string, trackingNumberPattern: string | null } | null, warehouse: { id: string, name: string } | null, shop: { id: string, region: string }, supportedActions: Array<{ action: PackageAction, allowed: boolean, message: string | null }>, documents: { labelPdf: string | null, packingSlipPdf: string, tiktokLabelPdf: string | null, tiktokPackingSlipPdf: string | null }, shippingPushes: Array<{ id: string, kind: ShippingPushKind, status: ShippingPushStatus, attempts: number, error: string | null, tiktokCode: number | null, createdAt: string }> } | null, userErrors: Array<{ code: ShippingErrorCode, field: Array<string> | null, message: string }> } };

export type PackageShipMutationVariables = Exact<{
  input: PackageShipInput;
}>;


export type PackageShipMutation = { packageShip: { package: { id: string, version: number, tiktokPackageId: string | null, status: PackageStatus, shippingType: ShippingType, syncStatus: SyncStatus, syncError: string | null, trackingNumber: string | null, trackingUrl: string | null, shippingProviderName: string | null, shippedAt: string | null, carrier: { id: string, name: string, trackingNumberPattern: string | null } | null, warehouse: { id: string, name: string } | null, shop: { id: string, region: string }, supportedActions: Array<{ action: PackageAction, allowed: boolean, message: string | null }>, documents: { labelPdf: string | null, packingSlipPdf: string, tiktokLabelPdf: string | null, tiktokPackingSlipPdf: string | null }, shippingPushes: Array<{ id: string, kind: ShippingPushKind, status: ShippingPushStatus, attempts: number, error: string | null, tiktokCode: number | null, createdAt: string }> } | null, userErrors: Array<{ code: ShippingErrorCode, field: Array<string> | null, message: string }> } };

export type PaymentSummaryFragment = { originalProductTotal: { amount: string, currency: string } | null, sellerDiscount: { amount: string, currency: string } | null, platformDiscount: { amount: string, currency: string } | null, subTotal: { amount: string, currency: string } | null, originalShippingFee: { amount: string, currency: string } | null, shippingFee: { amount: string, currency: string } | null, productTax: { amount: string, currency: string } | null, shippingFeeTax: { amount: string, currency: string } | null, retailDeliveryFee: { amount: string, currency: string } | null, smallOrderFee: { amount: string, currency: string } | null, tax: { amount: string, currency: string } | null, total: { amount: string, currency: string } };

export type RecipientCardFragment = { name: string | null, phoneNumber: string | null, fullAddress: string | null, addressLine1: string | null, addressLine2: string | null, postalCode: string | null, regionCode: string | null, dropOffLocation: string | null, districts: Array<{ level: string, name: string }> };

export type ShopCardFragment = { id: string, name: string, region: string, tiktokShopId: string, status: ShopStatus, connectedAt: string | null, disconnectedAt: string | null, authorizationExpiresAt: string | null, sync: { watermark: string | null, lastWebhookAt: string | null, lastPollAt: string | null, lastSuccessfulPollAt: string | null, consecutiveFailures: number, lastError: string | null, reauthorizeBy: string | null, openIncidents: number, backfill: { status: BackfillStatus, done: number, total: number | null, since: string | null } } };

export type AfterSaleListItemFragment = { id: string, version: number, tiktokId: string, tiktokOrderId: string, kind: AfterSaleKind, type: AfterSaleType, status: string, isOpen: boolean, reasonText: string | null, nextAction: string | null, deadline: string | null, syncStatus: SyncStatus, arbitrationStatus: string | null, createdAt: string, updatedAt: string, shop: { id: string, name: string }, refund: { total: { amount: string, currency: string } | null }, lines: Array<{ id: string, productName: string | null, skuName: string | null, isGift: boolean, orderLine: { id: string, skuImage: string | null } | null }> };

export type AfterSaleDeadlineWarningsSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type AfterSaleDeadlineWarningsSubscription = { afterSaleDeadlineApproaching: { deadline: string, thresholdMinutes: number, event: { seq: number }, afterSale: { id: string, tiktokId: string, tiktokOrderId: string, type: AfterSaleType, isOpen: boolean } } | null };

export type AfterSaleRejectReasonsQueryVariables = Exact<{
  id: string | number;
}>;


export type AfterSaleRejectReasonsQuery = { afterSaleRejectReasons: Array<{ name: string, text: string }> };

export type CaseCancellationApproveMutationVariables = Exact<{
  input: CancellationApproveInput;
}>;


export type CaseCancellationApproveMutation = { cancellationApprove: { afterSale: { id: string, version: number, status: string, syncStatus: SyncStatus, syncError: string | null, availableDecisions: Array<AfterSaleDecision> } | null, userErrors: Array<{ code: AfterSaleUserErrorCode, field: Array<string> | null, message: string }> } };

export type CaseCancellationRejectMutationVariables = Exact<{
  input: CancellationRejectInput;
}>;


export type CaseCancellationRejectMutation = { cancellationReject: { afterSale: { id: string, version: number, status: string, syncStatus: SyncStatus, syncError: string | null, availableDecisions: Array<AfterSaleDecision> } | null, userErrors: Array<{ code: AfterSaleUserErrorCode, field: Array<string> | null, message: string }> } };

export type CaseReturnApproveMutationVariables = Exact<{
  input: ReturnApproveInput;
}>;


export type CaseReturnApproveMutation = { returnApprove: { afterSale: { id: string, version: number, status: string, syncStatus: SyncStatus, syncError: string | null, availableDecisions: Array<AfterSaleDecision> } | null, userErrors: Array<{ code: AfterSaleUserErrorCode, field: Array<string> | null, message: string }> } };

export type CaseReturnRejectMutationVariables = Exact<{
  input: ReturnRejectInput;
}>;


export type CaseReturnRejectMutation = { returnReject: { afterSale: { id: string, version: number, status: string, syncStatus: SyncStatus, syncError: string | null, availableDecisions: Array<AfterSaleDecision> } | null, userErrors: Array<{ code: AfterSaleUserErrorCode, field: Array<string> | null, message: string }> } };

export type OrderAfterSalesQueryVariables = Exact<{
  orderId: string | number;
}>;


export type OrderAfterSalesQuery = { viewer: { user: { id: string, role: Role } | null }, order: { id: string, tiktokOrderId: string, afterSales: Array<{ id: string, tiktokId: string, type: AfterSaleType, status: string, isOpen: boolean, deadline: string | null, syncStatus: SyncStatus, arbitrationStatus: string | null, refund: { total: { amount: string, currency: string } | null } }>, refundedTotal: { amount: string, currency: string } | null, lineGroups: Array<{ productName: string, skuName: string | null, isGift: boolean, lines: Array<{ id: string, isGift: boolean }> }> } | null };

export type OrderCancelReasonsQueryVariables = Exact<{
  orderId: string | number;
}>;


export type OrderCancelReasonsQuery = { orderCancelReasons: Array<{ name: string, text: string }> };

export type OrderCancelRefundPreviewQueryVariables = Exact<{
  input: RefundPreviewInput;
}>;


export type OrderCancelRefundPreviewQuery = { refundPreview: { lineIds: Array<string>, refund: { subtotal: { amount: string, currency: string } | null, shippingFee: { amount: string, currency: string } | null, tax: { amount: string, currency: string } | null, total: { amount: string, currency: string } | null } } };

export type OrderCancelFromPageMutationVariables = Exact<{
  input: OrderCancelInput;
}>;


export type OrderCancelFromPageMutation = { orderCancel: { order: { id: string } | null, userErrors: Array<{ code: AfterSaleUserErrorCode, field: Array<string> | null, message: string }> } };

export type OrderAfterSaleChangesSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type OrderAfterSaleChangesSubscription = { afterSaleChanged: { event: { seq: number }, afterSale: { id: string, tiktokOrderId: string } } | null };

export type ReturnLabelCarriersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReturnLabelCarriersQuery = { carriers: Array<{ id: string, name: string }> };

export type CaseReturnLabelCreateMutationVariables = Exact<{
  input: ReturnLabelCreateInput;
}>;


export type CaseReturnLabelCreateMutation = { returnLabelCreate: { afterSale: { id: string, version: number, returnLabel: { carrierName: string, trackingNumber: string, url: string, createdAt: string, createdBy: string } | null } | null, userErrors: Array<{ code: AfterSaleUserErrorCode, field: Array<string> | null, message: string }> } };

export type OrderViewMatchFragment = { tiktokOrderId: string, status: OrderStatus, shippingType: ShippingType, buyerEmail: string | null, buyerUserId: string | null, isSample: boolean, isReplacement: boolean, isOnHoldOrder: boolean, isBuyerRequestCancel: boolean, isCod: boolean, isPreOrder: boolean, recipient: { name: string | null } | null, deadlines: { next: string | null }, lineGroups: Array<{ isGift: boolean, sellerSku: string | null }>, packages: Array<{ trackingNumber: string | null }> };

export type OrderDetailQueryVariables = Exact<{
  tiktokOrderId: string;
}>;


export type OrderDetailQuery = { viewer: { user: { id: string, role: Role } | null }, order: { id: string, tiktokOrderId: string, status: OrderStatus, shippingType: ShippingType, fulfillmentType: FulfillmentType, deliveryType: DeliveryType | null, deliveryOptionName: string | null, orderType: string | null, createdAt: string, paidAt: string | null, shippedAt: string | null, deliveredAt: string | null, cancelledAt: string | null, cancelReason: string | null, cancellationInitiator: CancelInitiator | null, releaseAt: string | null, buyerEmail: string | null, buyerMessage: string | null, sellerNote: string | null, notes: string | null, paymentMethodName: string | null, hasUpdatedRecipientAddress: boolean, splitOrCombineTag: SplitCombineTag | null, replacedTiktokOrderId: string | null, isSample: boolean, isCod: boolean, isReplacement: boolean, isOnHoldOrder: boolean, isBuyerRequestCancel: boolean, isPreOrder: boolean, originalOrder: { tiktokOrderId: string } | null, shop: { name: string, region: string }, total: { amount: string, currency: string }, supportedActions: Array<{ action: PackageAction, allowed: boolean, reason: ActionBlockReason | null, message: string | null }>, deadlines: { next: string | null, rtsSla: string | null, shippingDue: string | null, ttsSla: string | null, collectionDue: string | null, deliverySla: string | null, deliveryDue: string | null }, recipient: { name: string | null, phoneNumber: string | null, fullAddress: string | null, addressLine1: string | null, addressLine2: string | null, postalCode: string | null, regionCode: string | null, dropOffLocation: string | null, districts: Array<{ level: string, name: string }> } | null, payment: { originalProductTotal: { amount: string, currency: string } | null, sellerDiscount: { amount: string, currency: string } | null, platformDiscount: { amount: string, currency: string } | null, subTotal: { amount: string, currency: string } | null, originalShippingFee: { amount: string, currency: string } | null, shippingFee: { amount: string, currency: string } | null, productTax: { amount: string, currency: string } | null, shippingFeeTax: { amount: string, currency: string } | null, retailDeliveryFee: { amount: string, currency: string } | null, smallOrderFee: { amount: string, currency: string } | null, tax: { amount: string, currency: string } | null, total: { amount: string, currency: string } } | null, lineGroups: Array<{ skuId: string, sellerSku: string | null, productName: string, skuName: string | null, skuImage: string | null, quantity: number, isGift: boolean, bundleComponents: Array<{ skuId: string, sellerSku: string | null, count: number }>, lines: Array<{ id: string, isDangerousGood: boolean, salePrice: { amount: string, currency: string }, giftRetailPrice: { amount: string, currency: string } | null }> }>, packages: Array<{ id: string, tiktokPackageId: string | null, status: PackageStatus, shippingType: ShippingType, trackingNumber: string | null, trackingUrl: string | null, shippingProviderName: string | null, syncStatus: SyncStatus, syncError: string | null, shippedAt: string | null, version: number, carrier: { name: string, id: string, trackingNumberPattern: string | null } | null, warehouse: { name: string, id: string } | null, lines: Array<{ id: string }>, shop: { id: string, region: string }, supportedActions: Array<{ action: PackageAction, allowed: boolean, message: string | null }>, documents: { labelPdf: string | null, packingSlipPdf: string, tiktokLabelPdf: string | null, tiktokPackingSlipPdf: string | null }, shippingPushes: Array<{ id: string, kind: ShippingPushKind, status: ShippingPushStatus, attempts: number, error: string | null, tiktokCode: number | null, createdAt: string }> }>, history: Array<{ seq: number, at: string, kind: string, source: ChangeSource, actor: string | null, from: string | null, to: string | null }> } | null };

export type OrderDetailChangesSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type OrderDetailChangesSubscription = { orderChanged: { event: { seq: number }, order: { id: string } } | null };

export type OrdersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
  sort?: OrderSort | null | undefined;
  query?: string | null | undefined;
}>;


export type OrdersQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, tiktokOrderId: string, status: OrderStatus, shippingType: ShippingType, createdAt: string, buyerEmail: string | null, buyerUserId: string | null, isSample: boolean, isReplacement: boolean, isOnHoldOrder: boolean, isBuyerRequestCancel: boolean, isCod: boolean, isPreOrder: boolean, shop: { name: string }, recipient: { name: string | null } | null, total: { amount: string, currency: string }, lineGroups: Array<{ skuId: string, sellerSku: string | null, productName: string, quantity: number, isGift: boolean }>, deadlines: { next: string | null, rtsSla: string | null, shippingDue: string | null, ttsSla: string | null, collectionDue: string | null, deliverySla: string | null, deliveryDue: string | null }, packages: Array<{ trackingNumber: string | null }> }> } };

export type OrdersPageChangesSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type OrdersPageChangesSubscription = { orderChanged: { event: { seq: number, kind: string, from: string | null }, order: { id: string, version: number, tiktokOrderId: string, status: OrderStatus, shippingType: ShippingType, createdAt: string, buyerEmail: string | null, buyerUserId: string | null, isSample: boolean, isReplacement: boolean, isOnHoldOrder: boolean, isBuyerRequestCancel: boolean, isCod: boolean, isPreOrder: boolean, shop: { name: string }, recipient: { name: string | null } | null, total: { amount: string, currency: string }, lineGroups: Array<{ skuId: string, sellerSku: string | null, productName: string, quantity: number, isGift: boolean }>, deadlines: { next: string | null, rtsSla: string | null, shippingDue: string | null, ttsSla: string | null, collectionDue: string | null, deliverySla: string | null, deliveryDue: string | null }, packages: Array<{ trackingNumber: string | null }> } } | null };

export type OrdersPageImportsSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type OrdersPageImportsSubscription = { ordersImported: { orderIds: Array<string>, event: { seq: number } } | null };

export type OrderDeadlineCountsQueryVariables = Exact<{
  now: string;
  soon: string;
}>;


export type OrderDeadlineCountsQuery = { overdue: { totalCount: number }, dueSoon: { totalCount: number } };

export type ShippingQueueQueryVariables = Exact<{
  first: number;
  filter?: PackageFilter | null | undefined;
}>;


export type ShippingQueueQuery = { packages: { totalCount: number, nodes: Array<{ id: string, version: number, tiktokPackageId: string | null, status: PackageStatus, shippingType: ShippingType, syncStatus: SyncStatus, syncError: string | null, trackingNumber: string | null, shippingProviderName: string | null, carrier: { name: string } | null, shop: { id: string, name: string, region: string }, warehouse: { name: string } | null, orders: Array<{ id: string, tiktokOrderId: string, deadlines: { next: string | null, rtsSla: string | null, shippingDue: string | null, ttsSla: string | null, collectionDue: string | null, deliverySla: string | null, deliveryDue: string | null } }>, lines: Array<{ id: string }>, supportedActions: Array<{ action: PackageAction, allowed: boolean, message: string | null }> }> } };

export type ShippingQueueChangesSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type ShippingQueueChangesSubscription = { orderChanged: { event: { seq: number }, order: { id: string } } | null };

export type ShippingQueuePackageChangesSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type ShippingQueuePackageChangesSubscription = { packageChanged: { event: { seq: number }, package: { id: string } } | null };

export type PackagesShipMutationVariables = Exact<{
  input: PackagesShipInput;
}>;


export type PackagesShipMutation = { packagesShip: { packages: Array<{ id: string, version: number, syncStatus: SyncStatus, syncError: string | null, status: PackageStatus }>, userErrors: Array<{ code: ShippingErrorCode, field: Array<string> | null, message: string }> } };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { token: string | null, userErrors: Array<{ code: LoginErrorCode, field: Array<string> | null, message: string }> } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, kind: ApiTokenKind, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, partner: { id: string, name: string } | null }>, partners: Array<{ id: string, name: string }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: ApiTokenCreateInput;
}>;


export type CreateApiTokenMutation = { apiTokenCreate: { token: string | null, apiToken: { id: string, name: string } | null, userErrors: Array<{ code: ApiTokenCreateErrorCode, field: Array<string> | null, message: string }> } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { apiTokenRevoke: { id: string, revokedAt: string | null } | null };

export type CarriersAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type CarriersAdminQuery = { carriers: Array<{ id: string, name: string, code: string, trackingUrlTemplate: string | null, trackingNumberPattern: string | null }>, shops: Array<{ id: string, name: string, region: string, status: ShopStatus }> };

export type ShopLogisticsQueryVariables = Exact<{
  shopId: string | number;
}>;


export type ShopLogisticsQuery = { deliveryOptions: Array<{ id: string, name: string, type: string, syncedAt: string, shippingProviders: Array<{ id: string, name: string }> }>, carrierMappings: Array<{ id: string, deliveryOptionId: string, tiktokShippingProviderId: string, tiktokShippingProviderName: string, carrier: { id: string } }> };

export type CarrierCreateMutationVariables = Exact<{
  input: CarrierCreateInput;
}>;


export type CarrierCreateMutation = { carrierCreate: { carrier: { id: string, name: string } | null, userErrors: Array<{ code: CarrierErrorCode, field: Array<string> | null, message: string }> } };

export type CarrierUpdateMutationVariables = Exact<{
  input: CarrierUpdateInput;
}>;


export type CarrierUpdateMutation = { carrierUpdate: { carrier: { id: string, name: string, code: string, trackingUrlTemplate: string | null, trackingNumberPattern: string | null } | null, userErrors: Array<{ code: CarrierErrorCode, field: Array<string> | null, message: string }> } };

export type CarrierMappingSetMutationVariables = Exact<{
  input: CarrierMappingSetInput;
}>;


export type CarrierMappingSetMutation = { carrierMappingSet: { mapping: { id: string, deliveryOptionId: string, tiktokShippingProviderId: string, tiktokShippingProviderName: string, carrier: { id: string } } | null, userErrors: Array<{ code: CarrierMappingErrorCode, field: Array<string> | null, message: string }> } };

export type ShopLogisticsSyncMutationVariables = Exact<{
  input: ShopLogisticsSyncInput;
}>;


export type ShopLogisticsSyncMutation = { shopLogisticsSync: { warehouses: number, deliveryOptions: Array<{ id: string }>, userErrors: Array<{ code: LogisticsSyncErrorCode, field: Array<string> | null, message: string }> } };

export type PartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersQuery = { partners: Array<{ id: string, name: string }> };

export type CreatePartnerMutationVariables = Exact<{
  name: string;
}>;


export type CreatePartnerMutation = { partnerCreate: { partner: { id: string, name: string } | null, userErrors: Array<{ code: PartnerCreateErrorCode, field: Array<string> | null, message: string }> } };

export type SandboxPanelQueryVariables = Exact<{ [key: string]: never; }>;


export type SandboxPanelQuery = { sandbox: { enabled: boolean, error: string | null, state: { now: string, clockFrozen: boolean, orderCount: number, cancellationCount: number, returnCount: number, shops: Array<{ tiktokShopId: string, name: string, region: string, connected: boolean }>, faults: { apiServerErrorRate: number, apiBurst429: number, apiSlowMs: number, apiOverloadRate: number, webhookDropRate: number, webhookDuplicateRate: number, webhookReorderWindow: number, webhookDelayMs: number } } | null } };

export type SandboxPlaceOrdersMutationVariables = Exact<{
  input: SandboxOrdersCreateInput;
}>;


export type SandboxPlaceOrdersMutation = { sandboxOrdersCreate: { tiktokOrderIds: Array<string>, userErrors: Array<{ code: SandboxErrorCode, field: Array<string> | null, message: string }> } };

export type SandboxCancelAsBuyerMutationVariables = Exact<{
  input: SandboxBuyerCancelInput;
}>;


export type SandboxCancelAsBuyerMutation = { sandboxBuyerCancel: { tiktokOrderId: string | null, tiktokStatus: string | null, afterSaleId: string | null, userErrors: Array<{ code: SandboxErrorCode, field: Array<string> | null, message: string }> } };

export type SandboxReturnAsBuyerMutationVariables = Exact<{
  input: SandboxBuyerReturnInput;
}>;


export type SandboxReturnAsBuyerMutation = { sandboxBuyerReturn: { tiktokOrderId: string | null, tiktokStatus: string | null, afterSaleId: string | null, userErrors: Array<{ code: SandboxErrorCode, field: Array<string> | null, message: string }> } };

export type SandboxScanAsCarrierMutationVariables = Exact<{
  input: SandboxOrderInput;
}>;


export type SandboxScanAsCarrierMutation = { sandboxCarrierScan: { tiktokOrderId: string | null, tiktokStatus: string | null, afterSaleId: string | null, userErrors: Array<{ code: SandboxErrorCode, field: Array<string> | null, message: string }> } };

export type SandboxAdvanceClockMutationVariables = Exact<{
  input: SandboxClockAdvanceInput;
}>;


export type SandboxAdvanceClockMutation = { sandboxClockAdvance: { now: string | null, userErrors: Array<{ code: SandboxErrorCode, field: Array<string> | null, message: string }> } };

export type SandboxSetFaultsMutationVariables = Exact<{
  input: SandboxFaultsSetInput;
}>;


export type SandboxSetFaultsMutation = { sandboxFaultsSet: { faults: { apiServerErrorRate: number } | null, userErrors: Array<{ code: SandboxErrorCode, field: Array<string> | null, message: string }> } };

export type ShopsQueryVariables = Exact<{
  includeResolved: boolean;
}>;


export type ShopsQuery = { shops: Array<{ id: string, name: string, status: ShopStatus, region: string, tiktokShopId: string, connectedAt: string | null, disconnectedAt: string | null, authorizationExpiresAt: string | null, sync: { watermark: string | null, lastWebhookAt: string | null, lastPollAt: string | null, lastSuccessfulPollAt: string | null, consecutiveFailures: number, lastError: string | null, reauthorizeBy: string | null, openIncidents: number, backfill: { status: BackfillStatus, done: number, total: number | null, since: string | null } } }>, incidents: Array<{ id: string, resolvedAt: string | null, kind: string, message: string, occurrences: number, createdAt: string, lastSeenAt: string, retryable: boolean }>, warehouses: Array<{ id: string, name: string, shop: { name: string } | null }> };

export type ShopsPageChangesSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type ShopsPageChangesSubscription = { shopSyncChanged: { event: { seq: number, kind: string }, shop: { id: string, name: string, status: ShopStatus, region: string, tiktokShopId: string, connectedAt: string | null, disconnectedAt: string | null, authorizationExpiresAt: string | null, sync: { watermark: string | null, lastWebhookAt: string | null, lastPollAt: string | null, lastSuccessfulPollAt: string | null, consecutiveFailures: number, lastError: string | null, reauthorizeBy: string | null, openIncidents: number, backfill: { status: BackfillStatus, done: number, total: number | null, since: string | null } } } } | null };

export type ConnectShopMutationVariables = Exact<{
  input?: ShopConnectStartInput | null | undefined;
}>;


export type ConnectShopMutation = { shopConnectStart: { authorizeUrl: string | null, userErrors: Array<{ code: ShopConnectErrorCode, message: string }> } };

export type SyncShopNowMutationVariables = Exact<{
  input: ShopInput;
}>;


export type SyncShopNowMutation = { shopSyncNow: { queued: boolean, userErrors: Array<{ code: ShopSyncErrorCode, message: string }> } };

export type DisconnectShopMutationVariables = Exact<{
  input: ShopInput;
}>;


export type DisconnectShopMutation = { shopDisconnect: { shopId: string | null, userErrors: Array<{ code: ShopDisconnectErrorCode, message: string }> } };

export type RetryIncidentMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryIncidentMutation = { incidentRetry: { incident: { id: string, kind: string, message: string, occurrences: number, createdAt: string, lastSeenAt: string, resolvedAt: string | null, retryable: boolean } | null, userErrors: Array<{ code: IncidentRetryErrorCode, message: string }> } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, name: string, email: string, role: Role, createdAt: string }> };

export type CreateUserMutationVariables = Exact<{
  input: UserCreateInput;
}>;


export type CreateUserMutation = { userCreate: { user: { id: string, name: string, email: string, role: Role, createdAt: string } | null, userErrors: Array<{ code: UserCreateErrorCode, field: Array<string> | null, message: string }> } };

export type AfterSaleCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type AfterSaleCaseQuery = { afterSale: { id: string, version: number, tiktokId: string, tiktokOrderId: string, kind: AfterSaleKind, type: AfterSaleType, status: string, isOpen: boolean, role: string | null, reason: string | null, reasonText: string | null, nextAction: string | null, deadline: string | null, arbitrationStatus: string | null, syncStatus: SyncStatus, syncError: string | null, availableDecisions: Array<AfterSaleDecision>, canBuyerKeepItem: boolean, buyerRejectedPartialRefund: boolean, createdAt: string, updatedAt: string, shipmentType: string | null, handoverMethod: string | null, returnMethod: string | null, returnProviderName: string | null, returnTrackingNumber: string | null, returnWarehouseAddress: string | null, shop: { id: string, name: string, region: string }, order: { id: string, tiktokOrderId: string, status: OrderStatus } | null, replacementOrder: { tiktokOrderId: string } | null, refund: { subtotal: { amount: string, currency: string } | null, shippingFee: { amount: string, currency: string } | null, tax: { amount: string, currency: string } | null, buyerServiceFee: { amount: string, currency: string } | null, retailDeliveryFee: { amount: string, currency: string } | null, total: { amount: string, currency: string } | null }, adjustments: { productSellerDiscount: { amount: string, currency: string } | null, productPlatformDiscount: { amount: string, currency: string } | null, buyerPaidReturnShippingFee: { amount: string, currency: string } | null, sellerPaidReturnShippingFee: { amount: string, currency: string } | null, platformPaidReturnShippingFee: { amount: string, currency: string } | null }, partialRefund: { amount: string, currency: string } | null, lines: Array<{ id: string, productName: string | null, skuName: string | null, sellerSku: string | null, isGift: boolean, refundTotal: { amount: string, currency: string } | null, orderLine: { id: string, skuImage: string | null } | null, giftParentLine: { id: string, productName: string } | null }>, records: Array<{ at: string, role: string, description: string, reasonText: string | null, note: string | null, imageUrls: Array<string>, videos: Array<{ url: string, coverUrl: string | null, durationSeconds: number | null }> }>, actions: Array<{ action: string, actor: string, status: AfterSaleActionStatus, error: string | null, createdAt: string, finishedAt: string | null }>, returnLabel: { carrierName: string, trackingNumber: string, url: string, createdAt: string, createdBy: string } | null } | null };

export type AfterSaleCaseChangesSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type AfterSaleCaseChangesSubscription = { afterSaleChanged: { event: { seq: number }, afterSale: { id: string } } | null };

export type AfterSalesInboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AfterSaleFilter | null | undefined;
  sort?: AfterSaleSort | null | undefined;
}>;


export type AfterSalesInboxQuery = { afterSales: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, tiktokId: string, tiktokOrderId: string, kind: AfterSaleKind, type: AfterSaleType, status: string, isOpen: boolean, reasonText: string | null, nextAction: string | null, deadline: string | null, syncStatus: SyncStatus, arbitrationStatus: string | null, createdAt: string, updatedAt: string, shop: { id: string, name: string }, refund: { total: { amount: string, currency: string } | null }, lines: Array<{ id: string, productName: string | null, skuName: string | null, isGift: boolean, orderLine: { id: string, skuImage: string | null } | null }> }> } };

export type AfterSalesInboxShopsQueryVariables = Exact<{ [key: string]: never; }>;


export type AfterSalesInboxShopsQuery = { shops: Array<{ id: string, name: string }> };

export type AfterSalesInboxCountsQueryVariables = Exact<{
  now: string;
  soon: string;
}>;


export type AfterSalesInboxCountsQuery = { waiting: { totalCount: number }, overdue: { totalCount: number }, dueSoon: { totalCount: number } };

export type AfterSalesInboxChangesSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type AfterSalesInboxChangesSubscription = { afterSaleChanged: { event: { seq: number, kind: string }, afterSale: { id: string, version: number, tiktokId: string, tiktokOrderId: string, kind: AfterSaleKind, type: AfterSaleType, status: string, isOpen: boolean, reasonText: string | null, nextAction: string | null, deadline: string | null, syncStatus: SyncStatus, arbitrationStatus: string | null, createdAt: string, updatedAt: string, shop: { id: string, name: string }, refund: { total: { amount: string, currency: string } | null }, lines: Array<{ id: string, productName: string | null, skuName: string | null, isGift: boolean, orderLine: { id: string, skuImage: string | null } | null }> } } | null };

export type CombinePageQueryVariables = Exact<{ [key: string]: never; }>;


export type CombinePageQuery = { combineSuggestions: Array<{ combinable: boolean, tiktokPackageId: string | null, shop: { id: string, name: string }, orders: Array<{ id: string, tiktokOrderId: string, createdAt: string, recipient: { name: string | null, fullAddress: string | null } | null, lineGroups: Array<{ productName: string, quantity: number }> }> }>, packageChanges: { nodes: Array<{ id: string, kind: PackageChangeKind, state: PackageChangeState, syncStatus: SyncStatus | null, syncError: string | null, createdAt: string, syncedAt: string | null, tiktokPackageIds: Array<string>, packagesAfter: Array<{ id: string, status: PackageStatus, orders: Array<{ id: string }> }>, orders: Array<{ id: string, tiktokOrderId: string }>, plannedPackages: Array<{ lines: Array<{ id: string }> }> }> } };

export type CombinePageChangesSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type CombinePageChangesSubscription = { orderChanged: { event: { seq: number }, order: { id: string } } | null };

export type PackagesCombineMutationVariables = Exact<{
  input: PackagesCombineInput;
}>;


export type PackagesCombineMutation = { packagesCombine: { packageChange: { id: string } | null, userErrors: Array<{ code: PackageChangeErrorCode, message: string }> } };

export type PackageUncombineMutationVariables = Exact<{
  input: PackageUncombineInput;
}>;


export type PackageUncombineMutation = { packageUncombine: { packageChange: { id: string } | null, userErrors: Array<{ code: PackageChangeErrorCode, message: string }> } };

export type PackStationPackageFragment = { id: string, tiktokPackageId: string | null, status: PackageStatus, shippingType: ShippingType, trackingNumber: string | null, syncStatus: SyncStatus, syncError: string | null, shippingProviderName: string | null, carrier: { name: string } | null, supportedActions: Array<{ action: PackageAction, allowed: boolean, reason: ActionBlockReason | null, message: string | null }>, documents: { packingSlipPdf: string, labelPdf: string | null, tiktokLabelPdf: string | null }, orders: Array<{ id: string, tiktokOrderId: string, buyerMessage: string | null, notes: string | null }>, lines: Array<{ id: string, skuId: string, sellerSku: string | null, productName: string, skuName: string | null, skuImage: string | null, isGift: boolean, displayStatus: string | null, cancelReason: string | null }> };

export type PackStationPackageQueryVariables = Exact<{
  id: string | number;
}>;


export type PackStationPackageQuery = { package: { id: string, tiktokPackageId: string | null, status: PackageStatus, shippingType: ShippingType, trackingNumber: string | null, syncStatus: SyncStatus, syncError: string | null, shippingProviderName: string | null, carrier: { name: string } | null, supportedActions: Array<{ action: PackageAction, allowed: boolean, reason: ActionBlockReason | null, message: string | null }>, documents: { packingSlipPdf: string, labelPdf: string | null, tiktokLabelPdf: string | null }, orders: Array<{ id: string, tiktokOrderId: string, buyerMessage: string | null, notes: string | null }>, lines: Array<{ id: string, skuId: string, sellerSku: string | null, productName: string, skuName: string | null, skuImage: string | null, isGift: boolean, displayStatus: string | null, cancelReason: string | null }> } | null };

export type PackStationLookupQueryVariables = Exact<{
  query: string;
}>;


export type PackStationLookupQuery = { orders: { nodes: Array<{ id: string, tiktokOrderId: string, packages: Array<{ id: string, tiktokPackageId: string | null, status: PackageStatus, shippingType: ShippingType, trackingNumber: string | null, syncStatus: SyncStatus, syncError: string | null, shippingProviderName: string | null, carrier: { name: string } | null, supportedActions: Array<{ action: PackageAction, allowed: boolean, reason: ActionBlockReason | null, message: string | null }>, documents: { packingSlipPdf: string, labelPdf: string | null, tiktokLabelPdf: string | null }, orders: Array<{ id: string, tiktokOrderId: string, buyerMessage: string | null, notes: string | null }>, lines: Array<{ id: string, skuId: string, sellerSku: string | null, productName: string, skuName: string | null, skuImage: string | null, isGift: boolean, displayStatus: string | null, cancelReason: string | null }> }> }> } };

export type SplitOrderQueryVariables = Exact<{
  tiktokOrderId: string;
}>;


export type SplitOrderQuery = { order: { id: string, tiktokOrderId: string, status: OrderStatus, supportedActions: Array<{ action: PackageAction, allowed: boolean, reason: ActionBlockReason | null, message: string | null }>, lines: Array<{ id: string, skuId: string, sellerSku: string | null, productName: string, skuName: string | null, skuImage: string | null, isGift: boolean, displayStatus: string | null, cancelReason: string | null, package: { id: string } | null }>, packageChanges: Array<{ id: string, kind: PackageChangeKind, state: PackageChangeState, syncStatus: SyncStatus | null, syncError: string | null, createdAt: string, syncedAt: string | null, tiktokPackageIds: Array<string>, orders: Array<{ id: string, tiktokOrderId: string }>, plannedPackages: Array<{ lines: Array<{ id: string }> }>, packagesAfter: Array<{ id: string }> }> } | null };

export type SplitOrderChangesSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type SplitOrderChangesSubscription = { orderChanged: { event: { seq: number }, order: { id: string } } | null };

export type PackageSplitMutationVariables = Exact<{
  input: PackageSplitInput;
}>;


export type PackageSplitMutation = { packageSplit: { packageChange: { id: string, kind: PackageChangeKind, state: PackageChangeState, syncStatus: SyncStatus | null, syncError: string | null, createdAt: string, syncedAt: string | null, tiktokPackageIds: Array<string>, orders: Array<{ id: string, tiktokOrderId: string }>, plannedPackages: Array<{ lines: Array<{ id: string }> }>, packagesAfter: Array<{ id: string }> } | null, userErrors: Array<{ code: PackageChangeErrorCode, field: Array<string> | null, message: string }> } };

export type PackageSplitUndoMutationVariables = Exact<{
  input: PackageSplitUndoInput;
}>;


export type PackageSplitUndoMutation = { packageSplitUndo: { packageChange: { id: string, kind: PackageChangeKind, state: PackageChangeState, syncStatus: SyncStatus | null, syncError: string | null, createdAt: string, syncedAt: string | null, tiktokPackageIds: Array<string>, orders: Array<{ id: string, tiktokOrderId: string }>, plannedPackages: Array<{ lines: Array<{ id: string }> }>, packagesAfter: Array<{ id: string }> } | null, userErrors: Array<{ code: PackageChangeErrorCode, message: string }> } };

export const DeadlineListFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineList"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDeadlines"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"rtsSla"}},{"kind":"Field","name":{"kind":"Name","value":"shippingDue"}},{"kind":"Field","name":{"kind":"Name","value":"ttsSla"}},{"kind":"Field","name":{"kind":"Name","value":"collectionDue"}},{"kind":"Field","name":{"kind":"Name","value":"deliverySla"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDue"}}]}}]} as unknown as DocumentNode<DeadlineListFragment, unknown>;
export const IncidentItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<IncidentItemFragment, unknown>;
export const LineGroupItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineGroupItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderLineGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"skuImage"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"isGift"}},{"kind":"Field","name":{"kind":"Name","value":"bundleComponents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerSku"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDangerousGood"}},{"kind":"Field","name":{"kind":"Name","value":"salePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"giftRetailPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<LineGroupItemFragment, unknown>;
export const DeadlineCountdownFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDeadlines"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"rtsSla"}},{"kind":"Field","name":{"kind":"Name","value":"shippingDue"}},{"kind":"Field","name":{"kind":"Name","value":"ttsSla"}},{"kind":"Field","name":{"kind":"Name","value":"collectionDue"}},{"kind":"Field","name":{"kind":"Name","value":"deliverySla"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDue"}}]}}]} as unknown as DocumentNode<DeadlineCountdownFragment, unknown>;
export const OrderFlagsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFlags"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"isCod"}},{"kind":"Field","name":{"kind":"Name","value":"isReplacement"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHoldOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isBuyerRequestCancel"}},{"kind":"Field","name":{"kind":"Name","value":"isPreOrder"}}]}}]} as unknown as DocumentNode<OrderFlagsFragment, unknown>;
export const OrderListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"isGift"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineCountdown"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFlags"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDeadlines"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"rtsSla"}},{"kind":"Field","name":{"kind":"Name","value":"shippingDue"}},{"kind":"Field","name":{"kind":"Name","value":"ttsSla"}},{"kind":"Field","name":{"kind":"Name","value":"collectionDue"}},{"kind":"Field","name":{"kind":"Name","value":"deliverySla"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFlags"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"isCod"}},{"kind":"Field","name":{"kind":"Name","value":"isReplacement"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHoldOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isBuyerRequestCancel"}},{"kind":"Field","name":{"kind":"Name","value":"isPreOrder"}}]}}]} as unknown as DocumentNode<OrderListItemFragment, unknown>;
export const OrderTimelineEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderTimelineEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]} as unknown as DocumentNode<OrderTimelineEventFragment, unknown>;
export const PackageChangeItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageChangeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackageChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageIds"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedPackages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"packagesAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PackageChangeItemFragment, unknown>;
export const PackageItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"shippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PackageItemFragment, unknown>;
export const PackageShippingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageShipping"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"shippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumberPattern"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"packingSlipPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokLabelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackingSlipPdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingPushes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<PackageShippingFragment, unknown>;
export const PaymentSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originalProductTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sellerDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originalShippingFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productTax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingFeeTax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retailDeliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smallOrderFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<PaymentSummaryFragment, unknown>;
export const RecipientCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientAddress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullAddress"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dropOffLocation"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecipientCardFragment, unknown>;
export const ShopCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokShopId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disconnectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watermark"}},{"kind":"Field","name":{"kind":"Name","value":"lastWebhookAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessfulPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"reauthorizeBy"}},{"kind":"Field","name":{"kind":"Name","value":"openIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"backfill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<ShopCardFragment, unknown>;
export const AfterSaleListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterSaleListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokId"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"arbitrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"isGift"}},{"kind":"Field","name":{"kind":"Name","value":"orderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuImage"}}]}}]}}]}}]} as unknown as DocumentNode<AfterSaleListItemFragment, unknown>;
export const OrderViewMatchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderViewMatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"buyerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"buyerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"isReplacement"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHoldOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isBuyerRequestCancel"}},{"kind":"Field","name":{"kind":"Name","value":"isCod"}},{"kind":"Field","name":{"kind":"Name","value":"isPreOrder"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"next"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGift"}},{"kind":"Field","name":{"kind":"Name","value":"sellerSku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}}]}}]} as unknown as DocumentNode<OrderViewMatchFragment, unknown>;
export const SupportedActionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportedActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportedAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SupportedActionItemFragment, unknown>;
export const PackStationPackageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackStationPackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"supportedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportedActionItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packingSlipPdf"}},{"kind":"Field","name":{"kind":"Name","value":"labelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokLabelPdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"buyerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"skuImage"}},{"kind":"Field","name":{"kind":"Name","value":"isGift"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportedActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportedAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PackStationPackageFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SandboxEnabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SandboxEnabled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sandbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<SandboxEnabledQuery, SandboxEnabledQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const PackageAssignOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PackageAssignOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shopId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<PackageAssignOptionsQuery, PackageAssignOptionsQueryVariables>;
export const PackageAssignPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PackageAssignPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PackageAssignPartnersQuery, PackageAssignPartnersQueryVariables>;
export const PackageAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PackageAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackageAssignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageAssign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageShipping"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageShipping"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"shippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumberPattern"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"packingSlipPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokLabelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackingSlipPdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingPushes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<PackageAssignMutation, PackageAssignMutationVariables>;
export const PackageShippingChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PackageShippingChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageShipping"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageShipping"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"shippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumberPattern"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"packingSlipPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokLabelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackingSlipPdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingPushes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<PackageShippingChangesSubscription, PackageShippingChangesSubscriptionVariables>;
export const ShippingCarriersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShippingCarriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumberPattern"}}]}}]}}]} as unknown as DocumentNode<ShippingCarriersQuery, ShippingCarriersQueryVariables>;
export const PackageHandoverSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PackageHandoverSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageHandoverSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"packageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canPickup"}},{"kind":"Field","name":{"kind":"Name","value":"canDropOff"}},{"kind":"Field","name":{"kind":"Name","value":"dropOffPointUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]} as unknown as DocumentNode<PackageHandoverSlotsQuery, PackageHandoverSlotsQueryVariables>;
export const PackageShippingServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PackageShippingServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackageShippingServicesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageShippingServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"shippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"earliestDeliveryDays"}},{"kind":"Field","name":{"kind":"Name","value":"latestDeliveryDays"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<PackageShippingServicesQuery, PackageShippingServicesQueryVariables>;
export const PackageMarkShippedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PackageMarkShipped"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackageMarkShippedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageMarkShipped"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageShipping"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageShipping"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"shippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumberPattern"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"packingSlipPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokLabelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackingSlipPdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingPushes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<PackageMarkShippedMutation, PackageMarkShippedMutationVariables>;
export const PackageTrackingUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PackageTrackingUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackageTrackingUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageTrackingUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageShipping"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageShipping"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"shippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumberPattern"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"packingSlipPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokLabelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackingSlipPdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingPushes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<PackageTrackingUpdateMutation, PackageTrackingUpdateMutationVariables>;
export const PackageShipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PackageShip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackageShipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageShip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageShipping"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageShipping"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"shippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumberPattern"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"packingSlipPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokLabelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackingSlipPdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingPushes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<PackageShipMutation, PackageShipMutationVariables>;
export const AfterSaleDeadlineWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AfterSaleDeadlineWarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterSaleDeadlineApproaching"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"afterSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokId"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}}]}}]}}]}}]} as unknown as DocumentNode<AfterSaleDeadlineWarningsSubscription, AfterSaleDeadlineWarningsSubscriptionVariables>;
export const AfterSaleRejectReasonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AfterSaleRejectReasons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterSaleRejectReasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<AfterSaleRejectReasonsQuery, AfterSaleRejectReasonsQueryVariables>;
export const CaseCancellationApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseCancellationApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationApproveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellationApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"availableDecisions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CaseCancellationApproveMutation, CaseCancellationApproveMutationVariables>;
export const CaseCancellationRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseCancellationReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancellationRejectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancellationReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"availableDecisions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CaseCancellationRejectMutation, CaseCancellationRejectMutationVariables>;
export const CaseReturnApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseReturnApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnApproveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"availableDecisions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CaseReturnApproveMutation, CaseReturnApproveMutationVariables>;
export const CaseReturnRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseReturnReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnRejectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"availableDecisions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CaseReturnRejectMutation, CaseReturnRejectMutationVariables>;
export const OrderAfterSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderAfterSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"arbitrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"isGift"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isGift"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderAfterSalesQuery, OrderAfterSalesQueryVariables>;
export const OrderCancelReasonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderCancelReasons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCancelReasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<OrderCancelReasonsQuery, OrderCancelReasonsQueryVariables>;
export const OrderCancelRefundPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderCancelRefundPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineIds"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderCancelRefundPreviewQuery, OrderCancelRefundPreviewQueryVariables>;
export const OrderCancelFromPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderCancelFromPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrderCancelFromPageMutation, OrderCancelFromPageMutationVariables>;
export const OrderAfterSaleChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderAfterSaleChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterSaleChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}}]}}]}}]}}]} as unknown as DocumentNode<OrderAfterSaleChangesSubscription, OrderAfterSaleChangesSubscriptionVariables>;
export const ReturnLabelCarriersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReturnLabelCarriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReturnLabelCarriersQuery, ReturnLabelCarriersQueryVariables>;
export const CaseReturnLabelCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseReturnLabelCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnLabelCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnLabelCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"returnLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrierName"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CaseReturnLabelCreateMutation, CaseReturnLabelCreateMutationVariables>;
export const OrderDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tiktokOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tiktokOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tiktokOrderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillmentType"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryType"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryOptionName"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationInitiator"}},{"kind":"Field","name":{"kind":"Name","value":"releaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"buyerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"sellerNote"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethodName"}},{"kind":"Field","name":{"kind":"Name","value":"hasUpdatedRecipientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"splitOrCombineTag"}},{"kind":"Field","name":{"kind":"Name","value":"replacedTiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"originalOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFlags"}},{"kind":"Field","name":{"kind":"Name","value":"supportedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportedActionItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineCountdown"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineList"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecipientCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineGroupItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageItem"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageShipping"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderTimelineEvent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFlags"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"isCod"}},{"kind":"Field","name":{"kind":"Name","value":"isReplacement"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHoldOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isBuyerRequestCancel"}},{"kind":"Field","name":{"kind":"Name","value":"isPreOrder"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportedActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportedAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDeadlines"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"rtsSla"}},{"kind":"Field","name":{"kind":"Name","value":"shippingDue"}},{"kind":"Field","name":{"kind":"Name","value":"ttsSla"}},{"kind":"Field","name":{"kind":"Name","value":"collectionDue"}},{"kind":"Field","name":{"kind":"Name","value":"deliverySla"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineList"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDeadlines"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"rtsSla"}},{"kind":"Field","name":{"kind":"Name","value":"shippingDue"}},{"kind":"Field","name":{"kind":"Name","value":"ttsSla"}},{"kind":"Field","name":{"kind":"Name","value":"collectionDue"}},{"kind":"Field","name":{"kind":"Name","value":"deliverySla"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientAddress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullAddress"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dropOffLocation"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originalProductTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sellerDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originalShippingFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productTax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingFeeTax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retailDeliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smallOrderFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineGroupItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderLineGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"skuImage"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"isGift"}},{"kind":"Field","name":{"kind":"Name","value":"bundleComponents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerSku"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDangerousGood"}},{"kind":"Field","name":{"kind":"Name","value":"salePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"giftRetailPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"shippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageShipping"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"shippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumberPattern"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"packingSlipPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokLabelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackingSlipPdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingPushes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderTimelineEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const OrderDetailChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderDetailChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetailChangesSubscription, OrderDetailChangesSubscriptionVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderListItem"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderViewMatch"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDeadlines"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"rtsSla"}},{"kind":"Field","name":{"kind":"Name","value":"shippingDue"}},{"kind":"Field","name":{"kind":"Name","value":"ttsSla"}},{"kind":"Field","name":{"kind":"Name","value":"collectionDue"}},{"kind":"Field","name":{"kind":"Name","value":"deliverySla"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFlags"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"isCod"}},{"kind":"Field","name":{"kind":"Name","value":"isReplacement"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHoldOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isBuyerRequestCancel"}},{"kind":"Field","name":{"kind":"Name","value":"isPreOrder"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"isGift"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineCountdown"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFlags"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderViewMatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"buyerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"buyerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"isReplacement"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHoldOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isBuyerRequestCancel"}},{"kind":"Field","name":{"kind":"Name","value":"isCod"}},{"kind":"Field","name":{"kind":"Name","value":"isPreOrder"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"next"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGift"}},{"kind":"Field","name":{"kind":"Name","value":"sellerSku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const OrdersPageChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrdersPageChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderListItem"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderViewMatch"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDeadlines"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"rtsSla"}},{"kind":"Field","name":{"kind":"Name","value":"shippingDue"}},{"kind":"Field","name":{"kind":"Name","value":"ttsSla"}},{"kind":"Field","name":{"kind":"Name","value":"collectionDue"}},{"kind":"Field","name":{"kind":"Name","value":"deliverySla"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFlags"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"isCod"}},{"kind":"Field","name":{"kind":"Name","value":"isReplacement"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHoldOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isBuyerRequestCancel"}},{"kind":"Field","name":{"kind":"Name","value":"isPreOrder"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"isGift"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineCountdown"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFlags"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderViewMatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"buyerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"buyerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"isReplacement"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHoldOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isBuyerRequestCancel"}},{"kind":"Field","name":{"kind":"Name","value":"isCod"}},{"kind":"Field","name":{"kind":"Name","value":"isPreOrder"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"next"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGift"}},{"kind":"Field","name":{"kind":"Name","value":"sellerSku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}}]}}]} as unknown as DocumentNode<OrdersPageChangesSubscription, OrdersPageChangesSubscriptionVariables>;
export const OrdersPageImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrdersPageImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordersImported"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderIds"}}]}}]}}]} as unknown as DocumentNode<OrdersPageImportsSubscription, OrdersPageImportsSubscriptionVariables>;
export const OrderDeadlineCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDeadlineCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"now"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"soon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deadlineBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"now"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dueSoon"},"name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deadlineBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"soon"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OrderDeadlineCountsQuery, OrderDeadlineCountsQueryVariables>;
export const ShippingQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShippingQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PackageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineCountdown"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDeadlines"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"rtsSla"}},{"kind":"Field","name":{"kind":"Name","value":"shippingDue"}},{"kind":"Field","name":{"kind":"Name","value":"ttsSla"}},{"kind":"Field","name":{"kind":"Name","value":"collectionDue"}},{"kind":"Field","name":{"kind":"Name","value":"deliverySla"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDue"}}]}}]} as unknown as DocumentNode<ShippingQueueQuery, ShippingQueueQueryVariables>;
export const ShippingQueueChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ShippingQueueChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ShippingQueueChangesSubscription, ShippingQueueChangesSubscriptionVariables>;
export const ShippingQueuePackageChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ShippingQueuePackageChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ShippingQueuePackageChangesSubscription, ShippingQueuePackageChangesSubscriptionVariables>;
export const PackagesShipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PackagesShip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackagesShipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packagesShip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PackagesShipMutation, PackagesShipMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokenCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokenRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const CarriersAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarriersAdmin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrlTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumberPattern"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CarriersAdminQuery, CarriersAdminQueryVariables>;
export const ShopLogisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopLogistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shopId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shippingProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"carrierMappings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shopId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryOptionId"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokShippingProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokShippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ShopLogisticsQuery, ShopLogisticsQueryVariables>;
export const CarrierCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarrierCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CarrierCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrierCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CarrierCreateMutation, CarrierCreateMutationVariables>;
export const CarrierUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarrierUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CarrierUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrierUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrlTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumberPattern"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CarrierUpdateMutation, CarrierUpdateMutationVariables>;
export const CarrierMappingSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarrierMappingSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CarrierMappingSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrierMappingSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryOptionId"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokShippingProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokShippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CarrierMappingSetMutation, CarrierMappingSetMutationVariables>;
export const ShopLogisticsSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopLogisticsSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShopLogisticsSyncInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopLogisticsSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouses"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopLogisticsSyncMutation, ShopLogisticsSyncMutationVariables>;
export const PartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnersQuery, PartnersQueryVariables>;
export const CreatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePartnerMutation, CreatePartnerMutationVariables>;
export const SandboxPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SandboxPanel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sandbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}},{"kind":"Field","name":{"kind":"Name","value":"clockFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"shops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiktokShopId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"faults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiServerErrorRate"}},{"kind":"Field","name":{"kind":"Name","value":"apiBurst429"}},{"kind":"Field","name":{"kind":"Name","value":"apiSlowMs"}},{"kind":"Field","name":{"kind":"Name","value":"apiOverloadRate"}},{"kind":"Field","name":{"kind":"Name","value":"webhookDropRate"}},{"kind":"Field","name":{"kind":"Name","value":"webhookDuplicateRate"}},{"kind":"Field","name":{"kind":"Name","value":"webhookReorderWindow"}},{"kind":"Field","name":{"kind":"Name","value":"webhookDelayMs"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SandboxPanelQuery, SandboxPanelQueryVariables>;
export const SandboxPlaceOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SandboxPlaceOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SandboxOrdersCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sandboxOrdersCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderIds"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SandboxPlaceOrdersMutation, SandboxPlaceOrdersMutationVariables>;
export const SandboxCancelAsBuyerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SandboxCancelAsBuyer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SandboxBuyerCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sandboxBuyerCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokStatus"}},{"kind":"Field","name":{"kind":"Name","value":"afterSaleId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SandboxCancelAsBuyerMutation, SandboxCancelAsBuyerMutationVariables>;
export const SandboxReturnAsBuyerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SandboxReturnAsBuyer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SandboxBuyerReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sandboxBuyerReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokStatus"}},{"kind":"Field","name":{"kind":"Name","value":"afterSaleId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SandboxReturnAsBuyerMutation, SandboxReturnAsBuyerMutationVariables>;
export const SandboxScanAsCarrierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SandboxScanAsCarrier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SandboxOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sandboxCarrierScan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokStatus"}},{"kind":"Field","name":{"kind":"Name","value":"afterSaleId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SandboxScanAsCarrierMutation, SandboxScanAsCarrierMutationVariables>;
export const SandboxAdvanceClockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SandboxAdvanceClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SandboxClockAdvanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sandboxClockAdvance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SandboxAdvanceClockMutation, SandboxAdvanceClockMutationVariables>;
export const SandboxSetFaultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SandboxSetFaults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SandboxFaultsSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sandboxFaultsSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiServerErrorRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SandboxSetFaultsMutation, SandboxSetFaultsMutationVariables>;
export const ShopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Shops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeResolved"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeResolved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeResolved"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokShopId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disconnectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watermark"}},{"kind":"Field","name":{"kind":"Name","value":"lastWebhookAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessfulPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"reauthorizeBy"}},{"kind":"Field","name":{"kind":"Name","value":"openIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"backfill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<ShopsQuery, ShopsQueryVariables>;
export const ShopsPageChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ShopsPageChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopSyncChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokShopId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disconnectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watermark"}},{"kind":"Field","name":{"kind":"Name","value":"lastWebhookAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessfulPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"reauthorizeBy"}},{"kind":"Field","name":{"kind":"Name","value":"openIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"backfill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<ShopsPageChangesSubscription, ShopsPageChangesSubscriptionVariables>;
export const ConnectShopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectShop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShopConnectStartInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopConnectStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectShopMutation, ConnectShopMutationVariables>;
export const SyncShopNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncShopNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopSyncNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SyncShopNowMutation, SyncShopNowMutationVariables>;
export const DisconnectShopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisconnectShop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopDisconnect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DisconnectShopMutation, DisconnectShopMutationVariables>;
export const RetryIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentRetry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<RetryIncidentMutation, RetryIncidentMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const AfterSaleCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AfterSaleCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokId"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"arbitrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"availableDecisions"}},{"kind":"Field","name":{"kind":"Name","value":"canBuyerKeepItem"}},{"kind":"Field","name":{"kind":"Name","value":"buyerRejectedPartialRefund"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentType"}},{"kind":"Field","name":{"kind":"Name","value":"handoverMethod"}},{"kind":"Field","name":{"kind":"Name","value":"returnMethod"}},{"kind":"Field","name":{"kind":"Name","value":"returnProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"returnTrackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"returnWarehouseAddress"}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacementOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyerServiceFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retailDeliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productSellerDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productPlatformDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyerPaidReturnShippingFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sellerPaidReturnShippingFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformPaidReturnShippingFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partialRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"sellerSku"}},{"kind":"Field","name":{"kind":"Name","value":"isGift"}},{"kind":"Field","name":{"kind":"Name","value":"refundTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"giftParentLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrls"}},{"kind":"Field","name":{"kind":"Name","value":"videos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"coverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrierName"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]} as unknown as DocumentNode<AfterSaleCaseQuery, AfterSaleCaseQueryVariables>;
export const AfterSaleCaseChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AfterSaleCaseChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterSaleChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AfterSaleCaseChangesSubscription, AfterSaleCaseChangesSubscriptionVariables>;
export const AfterSalesInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AfterSalesInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSaleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSaleSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AfterSaleListItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterSaleListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokId"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"arbitrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"isGift"}},{"kind":"Field","name":{"kind":"Name","value":"orderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuImage"}}]}}]}}]}}]} as unknown as DocumentNode<AfterSalesInboxQuery, AfterSalesInboxQueryVariables>;
export const AfterSalesInboxShopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AfterSalesInboxShops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AfterSalesInboxShopsQuery, AfterSalesInboxShopsQueryVariables>;
export const AfterSalesInboxCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AfterSalesInboxCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"now"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"soon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"waiting"},"name":{"kind":"Name","value":"afterSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"awaitingSeller"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"afterSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"awaitingSeller"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"deadlineBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"now"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dueSoon"},"name":{"kind":"Name","value":"afterSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"awaitingSeller"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"deadlineBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"soon"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AfterSalesInboxCountsQuery, AfterSalesInboxCountsQueryVariables>;
export const AfterSalesInboxChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AfterSalesInboxChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterSaleChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AfterSaleListItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterSaleListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokId"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"arbitrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"isGift"}},{"kind":"Field","name":{"kind":"Name","value":"orderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuImage"}}]}}]}}]}}]} as unknown as DocumentNode<AfterSalesInboxChangesSubscription, AfterSalesInboxChangesSubscriptionVariables>;
export const CombinePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CombinePage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"combineSuggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"combinable"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"packageChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMBINE"},{"kind":"EnumValue","value":"UNCOMBINE"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageChangeItem"}},{"kind":"Field","name":{"kind":"Name","value":"packagesAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageChangeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackageChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageIds"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedPackages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"packagesAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CombinePageQuery, CombinePageQueryVariables>;
export const CombinePageChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CombinePageChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CombinePageChangesSubscription, CombinePageChangesSubscriptionVariables>;
export const PackagesCombineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PackagesCombine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackagesCombineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packagesCombine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PackagesCombineMutation, PackagesCombineMutationVariables>;
export const PackageUncombineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PackageUncombine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackageUncombineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageUncombine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PackageUncombineMutation, PackageUncombineMutationVariables>;
export const PackStationPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PackStationPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackStationPackage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportedActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportedAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackStationPackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"supportedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportedActionItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packingSlipPdf"}},{"kind":"Field","name":{"kind":"Name","value":"labelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokLabelPdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"buyerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"skuImage"}},{"kind":"Field","name":{"kind":"Name","value":"isGift"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}}]} as unknown as DocumentNode<PackStationPackageQuery, PackStationPackageQueryVariables>;
export const PackStationLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PackStationLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackStationPackage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportedActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportedAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackStationPackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingProviderName"}},{"kind":"Field","name":{"kind":"Name","value":"supportedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportedActionItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packingSlipPdf"}},{"kind":"Field","name":{"kind":"Name","value":"labelPdf"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokLabelPdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"buyerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"skuImage"}},{"kind":"Field","name":{"kind":"Name","value":"isGift"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}}]} as unknown as DocumentNode<PackStationLookupQuery, PackStationLookupQueryVariables>;
export const SplitOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SplitOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tiktokOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tiktokOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tiktokOrderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supportedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportedActionItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"skuImage"}},{"kind":"Field","name":{"kind":"Name","value":"isGift"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"packageChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageChangeItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportedActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportedAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageChangeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackageChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageIds"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedPackages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"packagesAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SplitOrderQuery, SplitOrderQueryVariables>;
export const SplitOrderChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SplitOrderChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SplitOrderChangesSubscription, SplitOrderChangesSubscriptionVariables>;
export const PackageSplitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PackageSplit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackageSplitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageSplit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageChangeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageChangeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackageChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageIds"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedPackages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"packagesAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PackageSplitMutation, PackageSplitMutationVariables>;
export const PackageSplitUndoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PackageSplitUndo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackageSplitUndoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageSplitUndo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageChangeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageChangeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackageChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"syncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"syncError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokPackageIds"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiktokOrderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedPackages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"packagesAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PackageSplitUndoMutation, PackageSplitUndoMutationVariables>;