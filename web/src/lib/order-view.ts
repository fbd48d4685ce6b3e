import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import type { OrderFilter } from '../gql/graphql';

/** What `matchesView` reads; pages spread it wherever a live order has to be placed against their filters. */
export const OrderViewMatchFields = graphql(`
  fragment OrderViewMatch on Order {
    tiktokOrderId
    status
    shippingType
    buyerEmail
    buyerUserId
    isSample
    isReplacement
    isOnHoldOrder
    isBuyerRequestCancel
    isCod
    isPreOrder
    recipient {
      name
    }
    deadlines {
      next
    }
    lineGroups {
      isGift
      sellerSku
    }
    packages {
      trackingNumber
    }
  }
`);

export type MatchableOrder = ResultOf<typeof OrderViewMatchFields>;

const FLAG_FIELDS = ['isSample', 'isReplacement', 'isOnHoldOrder', 'isBuyerRequestCancel', 'isCod', 'isPreOrder'] as const satisfies readonly (keyof OrderFilter & keyof MatchableOrder)[];

const contains = (value: string | null | undefined, q: string) => !!value && value.toLowerCase().includes(q);

/**
 * Whether an order that changed live belongs in a list showing `filter` and `query`. It mirrors the
 * hub's order search (server/src/orders/order-search.ts) for every filter the orders page sets, so a
 * live event never announces an order the list would not show once reloaded.
 */
export function matchesView(order: MatchableOrder, filter: OrderFilter, query: string | null): boolean {
  if (filter.statuses && !filter.statuses.includes(order.status)) return false;
  if (filter.shippingTypes && !filter.shippingTypes.includes(order.shippingType)) return false;
  for (const field of FLAG_FIELDS) if (filter[field] != null && order[field] !== filter[field]) return false;
  if (filter.hasGift != null && order.lineGroups.some((g) => g.isGift) !== filter.hasGift) return false;
  if (filter.deadlineBefore) {
    const next = order.deadlines.next;
    if (!next || Date.parse(next) >= Date.parse(filter.deadlineBefore)) return false;
  }
  if (query) {
    const q = query.toLowerCase();
    return (
      order.tiktokOrderId === query ||
      order.buyerUserId === query ||
      contains(order.buyerEmail, q) ||
      contains(order.recipient?.name, q) ||
      order.lineGroups.some((g) => !!g.sellerSku && g.sellerSku.toLowerCase().startsWith(q)) ||
      order.packages.some((p) => p.trackingNumber === query)
    );
  }
  return true;
}
