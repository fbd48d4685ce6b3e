import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedHub } from '../../fixtures/demo/seed-hub.js';
import { graphql } from './gql/index.js';
import { startTestHub, type TestHub } from './harness.js';

let hub: TestHub;
let token: string;

beforeAll(async () => {
  hub = await startTestHub();
  await seedHub(hub.pool, { orders: 300, seed: 7 });
  token = await hub.signIn('PACKER');
});
afterAll(() => hub?.close());

const LIST = graphql(`query OrdersList($first: Int, $after: String, $filter: OrderFilter, $sort: OrderSort, $query: String) {
  orders(first: $first, after: $after, filter: $filter, sort: $sort, query: $query) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id tiktokOrderId status shippingType isSample isCod createdAt deadlines { next }
      total { amount currency }
      lines { id sellerSku isGift salePrice { amount } }
      packages { id status trackingNumber }
      lineGroups { sellerSku quantity } }
  }
}`);

describe('orders query', () => {
  test('pages through every order exactly once, newest first', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let previous = Infinity;
    for (;;) {
      const res: any = await hub.gql(LIST, { first: 70, after }, token);
      expect(res.errors).toBeUndefined();
      for (const o of res.data.orders.nodes) {
        const t = Date.parse(o.createdAt);
        expect(t).toBeLessThanOrEqual(previous);
        previous = t;
        seen.push(o.id);
      }
      if (!res.data.orders.pageInfo.hasNextPage) break;
      after = res.data.orders.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(300);
    expect(new Set(seen).size).toBe(300);
  });

  test('filters by status and shipping type, and counts what matches', async () => {
    const res = await hub.gql(LIST, { first: 100, filter: { statuses: ['AWAITING_SHIPMENT'], shippingTypes: ['SELLER'] } }, token);
    const { rows } = await hub.pool.query(
      `select count(*)::int as n from app.order where status = 'AWAITING_SHIPMENT' and shipping_type = 'SELLER'`,
    );
    expect(res.data.orders.totalCount).toBe(rows[0].n);
    expect(rows[0].n).toBeGreaterThan(0);
    for (const o of res.data.orders.nodes) expect([o.status, o.shippingType]).toEqual(['AWAITING_SHIPMENT', 'SELLER']);
  });

  test('sorts by nearest deadline with orders without one last', async () => {
    const res = await hub.gql(LIST, { first: 100, sort: 'DEADLINE_ASC' }, token);
    const deadlines = res.data.orders.nodes.map((o: any) => o.deadlines.next);
    const withDeadline = deadlines.filter(Boolean).map((d: string) => Date.parse(d));
    expect(withDeadline).toEqual([...withDeadline].sort((a, b) => a - b));
    expect(deadlines.indexOf(null) === -1 || deadlines.slice(deadlines.indexOf(null)).every((d: unknown) => d === null)).toBe(true);
  });

  test('free-text query finds an order by id, by SKU and by tracking number', async () => {
    const { rows } = await hub.pool.query(
      `select o.tiktok_order_id, p.tracking_number from app.order o join app.order_line l on l.order_id = o.id
       join app.package p on p.id = l.package_id where p.tracking_number is not null limit 1`,
    );
    const byId = await hub.gql(LIST, { query: rows[0].tiktok_order_id }, token);
    expect(byId.data.orders.nodes.map((o: any) => o.tiktokOrderId)).toEqual([rows[0].tiktok_order_id]);
    const byTracking = await hub.gql(LIST, { query: rows[0].tracking_number }, token);
    expect(byTracking.data.orders.nodes.map((o: any) => o.tiktokOrderId)).toContain(rows[0].tiktok_order_id);
    const bySku = await hub.gql(LIST, { query: 'serum', first: 100 }, token);
    expect(bySku.data.orders.nodes.length).toBeGreaterThan(0);
    for (const o of bySku.data.orders.nodes) expect(o.lines.some((l: any) => l.sellerSku.startsWith('SERUM'))).toBe(true);
  });

  test('flags are filterable: samples and gifts', async () => {
    const samples = await hub.gql(LIST, { first: 100, filter: { isSample: true } }, token);
    for (const o of samples.data.orders.nodes) expect(o.isSample).toBe(true);
    const gifts = await hub.gql(LIST, { first: 100, filter: { hasGift: true } }, token);
    expect(gifts.data.orders.nodes.length).toBeGreaterThan(0);
    for (const o of gifts.data.orders.nodes) expect(o.lines.some((l: any) => l.isGift)).toBe(true);
  });

  test('order by TikTok id and node(id) return the same order', async () => {
    const list = await hub.gql(LIST, { first: 1 }, token);
    const first = list.data.orders.nodes[0];
    const byTiktok = await hub.gql(`query($t: String) { order(tiktokOrderId: $t) { id } }`, { t: first.tiktokOrderId }, token);
    expect(byTiktok.data.order.id).toBe(first.id);
    const node = await hub.gql(`query($id: ID!) { node(id: $id) { __typename id ... on Order { tiktokOrderId } } }`, { id: first.id }, token);
    expect(node.data.node).toEqual({ __typename: 'Order', id: first.id, tiktokOrderId: first.tiktokOrderId });
  });

  test('the SQL statement count of a list query does not depend on its page size', async () => {
    const count = async (first: number) => {
      const before = hub.statements();
      const res = await hub.gql(
        `query($first: Int) { orders(first: $first) { nodes { id shop { name } lines { id package { id } } packages { id lines { id } orders { id } } } } }`,
        { first },
        token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.orders.nodes).toHaveLength(first);
      return hub.statements() - before;
    };
    const small = await count(5);
    const large = await count(100);
    expect(large).toBe(small);
    // session lookup + page + shops + lines + packages-of-lines + packages-of-orders + lines-of-packages + orders-of-packages
    expect(small).toBeLessThanOrEqual(8);
  });

  test('a list reads only the columns it needs, yet returns every field exactly as a full read does', async () => {
    const fields = `id tiktokOrderId status shippingType fulfillmentType deliveryType deliveryOptionId deliveryOptionName orderType
      buyerUserId buyerEmail buyerMessage sellerNote notes recipient { name fullAddress districts { level name } } hasUpdatedRecipientAddress
      payment { total { amount } tax { amount } } total { amount currency } paymentMethodName isCod isSample isReplacement replacedTiktokOrderId
      isExchange isOnHoldOrder isPreOrder releaseAt isBuyerRequestCancel requestCancelAt cancellationInitiator cancelReason splitOrCombineTag
      deadlines { rtsSla ttsSla shippingDue collectionDue deliveryDue deliverySla next } paidAt shippedAt collectedAt deliveredAt cancelledAt
      createdAt tiktokUpdatedAt version`;
    const list = await hub.gql(`{ orders(first: 30) { nodes { ${fields} } } }`, {}, token);
    for (const o of list.data.orders.nodes) {
      const one = await hub.gql(`query($id: ID!) { order(id: $id) { ${fields} } }`, { id: o.id }, token);
      expect(o).toEqual(one.data.order);
    }
  });

  test('first above 100 is refused with a clear error', async () => {
    const res = await hub.gql(LIST, { first: 101 }, token);
    expect(res.errors?.[0]?.message).toMatch(/first must be between 0 and 100/);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('anonymous requests are refused', async () => {
    const res = await hub.gql(LIST, { first: 1 });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data?.orders ?? null).toBeNull();
  });
});
