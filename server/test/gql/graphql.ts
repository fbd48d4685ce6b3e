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

/** TO_FULFILL: not arranged yet. PROCESSING: shipment arranged, waiting for the carrier. FULFILLING: collected. COMPLETED: delivered. */
export type PackageStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FULFILLING'
  | 'PROCESSING'
  | 'TO_FULFILL';

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