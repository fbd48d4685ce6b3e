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