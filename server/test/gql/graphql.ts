/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** SELLER: the seller ships with its own carrier (3PL). TIKTOK: TikTok Shipping books the carrier and label (4PL). */
export type ShippingType =
  | 'SELLER'
  | 'TIKTOK';

/** Whether the hub's last change has reached TikTok Shop. */
export type SyncStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SYNCED';

export type OrdersListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
  sort?: OrderSort | null | undefined;
  query?: string | null | undefined;
}>;


export type OrdersListQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, tiktokOrderId: string, status: OrderStatus, shippingType: ShippingType, isSample: boolean, isCod: boolean, createdAt: string, deadlines: { next: string | null }, total: { amount: string, currency: string }, lines: Array<{ id: string, sellerSku: string | null, isGift: boolean, salePrice: { amount: string } }>, packages: Array<{ id: string, status: PackageStatus, trackingNumber: string | null }>, lineGroups: Array<{ sellerSku: string | null, quantity: number }> }> } };

export type SandboxStateQueryVariables = Exact<{ [key: string]: never; }>;


export type SandboxStateQuery = { sandbox: { enabled: boolean, error: string | null, state: { now: string, clockFrozen: boolean, orderCount: number, shops: Array<{ tiktokShopId: string, name: string, connected: boolean }>, faults: { apiServerErrorRate: number, webhookDropRate: number, webhookDelayMs: number } } | null } };

export type SandboxOrdersCreateMutationVariables = Exact<{
  input: SandboxOrdersCreateInput;
}>;


export type SandboxOrdersCreateMutation = { sandboxOrdersCreate: { tiktokOrderIds: Array<string>, userErrors: Array<{ code: SandboxErrorCode, field: Array<string> | null, message: string }> } };

export type SandboxBuyerCancelMutationVariables = Exact<{
  input: SandboxBuyerCancelInput;
}>;


export type SandboxBuyerCancelMutation = { sandboxBuyerCancel: { tiktokOrderId: string | null, tiktokStatus: string | null, afterSaleId: string | null, userErrors: Array<{ code: SandboxErrorCode, field: Array<string> | null, message: string }> } };

export type SandboxBuyerReturnMutationVariables = Exact<{
  input: SandboxBuyerReturnInput;
}>;


export type SandboxBuyerReturnMutation = { sandboxBuyerReturn: { tiktokOrderId: string | null, tiktokStatus: string | null, afterSaleId: string | null, userErrors: Array<{ code: SandboxErrorCode, field: Array<string> | null, message: string }> } };

export type SandboxCarrierScanMutationVariables = Exact<{
  input: SandboxOrderInput;
}>;


export type SandboxCarrierScanMutation = { sandboxCarrierScan: { tiktokOrderId: string | null, tiktokStatus: string | null, userErrors: Array<{ code: SandboxErrorCode, field: Array<string> | null, message: string }> } };

export type SandboxClockAdvanceMutationVariables = Exact<{
  input: SandboxClockAdvanceInput;
}>;


export type SandboxClockAdvanceMutation = { sandboxClockAdvance: { now: string | null, userErrors: Array<{ code: SandboxErrorCode, field: Array<string> | null, message: string }> } };

export type SandboxFaultsSetMutationVariables = Exact<{
  input: SandboxFaultsSetInput;
}>;


export type SandboxFaultsSetMutation = { sandboxFaultsSet: { faults: { webhookDropRate: number, apiSlowMs: number } | null, userErrors: Array<{ code: SandboxErrorCode, field: Array<string> | null, message: string }> } };

export type SplitMutationVariables = Exact<{
  input: PackageSplitInput;
}>;


export type SplitMutation = { packageSplit: { packageChange: { id: string, kind: PackageChangeKind, state: PackageChangeState, syncStatus: SyncStatus | null, actor: string } | null, userErrors: Array<{ code: PackageChangeErrorCode, field: Array<string> | null, message: string }> } };

export type SplitUndoMutationVariables = Exact<{
  input: PackageSplitUndoInput;
}>;


export type SplitUndoMutation = { packageSplitUndo: { packageChange: { id: string, state: PackageChangeState, syncStatus: SyncStatus | null } | null, userErrors: Array<{ code: PackageChangeErrorCode, field: Array<string> | null, message: string }> } };

export type CombineMutationVariables = Exact<{
  input: PackagesCombineInput;
}>;


export type CombineMutation = { packagesCombine: { packageChange: { id: string, kind: PackageChangeKind, state: PackageChangeState } | null, userErrors: Array<{ code: PackageChangeErrorCode, field: Array<string> | null, message: string }> } };

export type UncombineMutationVariables = Exact<{
  input: PackageUncombineInput;
}>;


export type UncombineMutation = { packageUncombine: { packageChange: { id: string, kind: PackageChangeKind, state: PackageChangeState } | null, userErrors: Array<{ code: PackageChangeErrorCode, field: Array<string> | null, message: string }> } };

export type SuggestionsQueryVariables = Exact<{
  shopId?: string | number | null | undefined;
}>;


export type SuggestionsQuery = { combineSuggestions: Array<{ tiktokPackageId: string | null, combinable: boolean, orders: Array<{ id: string, tiktokOrderId: string }> }> };

export type NodeTypeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeTypeQuery = { node:
    | { __typename: 'AfterSale', id: string }
    | { __typename: 'AfterSaleLine', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Carrier', id: string }
    | { __typename: 'Incident', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'OrderLine', id: string }
    | { __typename: 'Package', id: string }
    | { __typename: 'PackageChange', id: string }
    | { __typename: 'Partner', id: string }
    | { __typename: 'Shop', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Warehouse', id: string }
   | null };

export type ChangeDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ChangeDetailQuery = { packageChange: { kind: PackageChangeKind, state: PackageChangeState, syncStatus: SyncStatus | null, syncError: string | null, actor: string, tiktokPackageIds: Array<string>, orders: Array<{ tiktokOrderId: string, packageChanges: Array<{ id: string }> }>, packagesAfter: Array<{ tiktokPackageId: string | null, syncStatus: SyncStatus, lines: Array<{ tiktokLineItemId: string }>, packageChanges: Array<{ id: string }> }>, plannedPackages: Array<{ tiktokLineItemIds: Array<string>, lines: Array<{ id: string }> }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const OrdersListDocument = new TypedDocumentString(`
    query OrdersList($first: Int, $after: String, $filter: OrderFilter, $sort: OrderSort, $query: String) {
  orders(
    first: $first
    after: $after
    filter: $filter
    sort: $sort
    query: $query
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      tiktokOrderId
      status
      shippingType
      isSample
      isCod
      createdAt
      deadlines {
        next
      }
      total {
        amount
        currency
      }
      lines {
        id
        sellerSku
        isGift
        salePrice {
          amount
        }
      }
      packages {
        id
        status
        trackingNumber
      }
      lineGroups {
        sellerSku
        quantity
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrdersListQuery, OrdersListQueryVariables>;
export const SandboxStateDocument = new TypedDocumentString(`
    query SandboxState {
  sandbox {
    enabled
    error
    state {
      now
      clockFrozen
      orderCount
      shops {
        tiktokShopId
        name
        connected
      }
      faults {
        apiServerErrorRate
        webhookDropRate
        webhookDelayMs
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SandboxStateQuery, SandboxStateQueryVariables>;
export const SandboxOrdersCreateDocument = new TypedDocumentString(`
    mutation SandboxOrdersCreate($input: SandboxOrdersCreateInput!) {
  sandboxOrdersCreate(input: $input) {
    tiktokOrderIds
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SandboxOrdersCreateMutation, SandboxOrdersCreateMutationVariables>;
export const SandboxBuyerCancelDocument = new TypedDocumentString(`
    mutation SandboxBuyerCancel($input: SandboxBuyerCancelInput!) {
  sandboxBuyerCancel(input: $input) {
    tiktokOrderId
    tiktokStatus
    afterSaleId
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SandboxBuyerCancelMutation, SandboxBuyerCancelMutationVariables>;
export const SandboxBuyerReturnDocument = new TypedDocumentString(`
    mutation SandboxBuyerReturn($input: SandboxBuyerReturnInput!) {
  sandboxBuyerReturn(input: $input) {
    tiktokOrderId
    tiktokStatus
    afterSaleId
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SandboxBuyerReturnMutation, SandboxBuyerReturnMutationVariables>;
export const SandboxCarrierScanDocument = new TypedDocumentString(`
    mutation SandboxCarrierScan($input: SandboxOrderInput!) {
  sandboxCarrierScan(input: $input) {
    tiktokOrderId
    tiktokStatus
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SandboxCarrierScanMutation, SandboxCarrierScanMutationVariables>;
export const SandboxClockAdvanceDocument = new TypedDocumentString(`
    mutation SandboxClockAdvance($input: SandboxClockAdvanceInput!) {
  sandboxClockAdvance(input: $input) {
    now
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SandboxClockAdvanceMutation, SandboxClockAdvanceMutationVariables>;
export const SandboxFaultsSetDocument = new TypedDocumentString(`
    mutation SandboxFaultsSet($input: SandboxFaultsSetInput!) {
  sandboxFaultsSet(input: $input) {
    faults {
      webhookDropRate
      apiSlowMs
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SandboxFaultsSetMutation, SandboxFaultsSetMutationVariables>;
export const SplitDocument = new TypedDocumentString(`
    mutation Split($input: PackageSplitInput!) {
  packageSplit(input: $input) {
    packageChange {
      id
      kind
      state
      syncStatus
      actor
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SplitMutation, SplitMutationVariables>;
export const SplitUndoDocument = new TypedDocumentString(`
    mutation SplitUndo($input: PackageSplitUndoInput!) {
  packageSplitUndo(input: $input) {
    packageChange {
      id
      state
      syncStatus
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SplitUndoMutation, SplitUndoMutationVariables>;
export const CombineDocument = new TypedDocumentString(`
    mutation Combine($input: PackagesCombineInput!) {
  packagesCombine(input: $input) {
    packageChange {
      id
      kind
      state
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CombineMutation, CombineMutationVariables>;
export const UncombineDocument = new TypedDocumentString(`
    mutation Uncombine($input: PackageUncombineInput!) {
  packageUncombine(input: $input) {
    packageChange {
      id
      kind
      state
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UncombineMutation, UncombineMutationVariables>;
export const SuggestionsDocument = new TypedDocumentString(`
    query Suggestions($shopId: ID) {
  combineSuggestions(shopId: $shopId) {
    tiktokPackageId
    combinable
    orders {
      id
      tiktokOrderId
    }
  }
}
    `) as unknown as TypedDocumentString<SuggestionsQuery, SuggestionsQueryVariables>;
export const NodeTypeDocument = new TypedDocumentString(`
    query NodeType($id: ID!) {
  node(id: $id) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<NodeTypeQuery, NodeTypeQueryVariables>;
export const ChangeDetailDocument = new TypedDocumentString(`
    query ChangeDetail($id: ID!) {
  packageChange(id: $id) {
    kind
    state
    syncStatus
    syncError
    actor
    tiktokPackageIds
    orders {
      tiktokOrderId
      packageChanges {
        id
      }
    }
    packagesAfter {
      tiktokPackageId
      syncStatus
      lines {
        tiktokLineItemId
      }
      packageChanges {
        id
      }
    }
    plannedPackages {
      tiktokLineItemIds
      lines {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeDetailQuery, ChangeDetailQueryVariables>;