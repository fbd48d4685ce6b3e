/**
 * The bench:api baseline: the same `orders(first) { lines packages }` data served by bare graphql-js
 * on node:http and pg, with hand-batched SQL (one statement per level, like the hub). No ORM, no
 * Apollo, no auth: what the hub's stack costs is measured against this.
 */
import http from 'node:http';
import { buildSchema, graphql } from 'graphql';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const schema = buildSchema(`
  type Money { amount: String! currency: String! }
  type Line { id: ID! sellerSku: String productName: String! salePrice: Money! isGift: Boolean! }
  type Package { id: ID! status: String! trackingNumber: String }
  type Order { id: ID! tiktokOrderId: String! status: String! createdAt: String! total: Money! lines: [Line!]! packages: [Package!]! }
  type OrderConnection { nodes: [Order!]! }
  type Query { orders(first: Int): OrderConnection! }
`);

const rootValue = {
  async orders({ first }: { first: number }) {
    const { rows } = await pool.query(
      `select id, tiktok_order_id, status, tiktok_created_at, total_amount, currency from app.order
       order by tiktok_created_at desc, id desc limit $1`,
      [first],
    );
    const ids = rows.map((r) => r.id);
    const [lines, packages] = await Promise.all([
      pool.query(`select id, order_id, seller_sku, product_name, sale_price, currency, is_gift from app.order_line where order_id = any($1) order by order_id, position`, [ids]),
      pool.query(
        `select distinct l.order_id, p.id, p.status, p.tracking_number from app.package p join app.order_line l on l.package_id = p.id where l.order_id = any($1)`,
        [ids],
      ),
    ]);
    const group = <T extends { order_id: number }>(list: T[]) => {
      const m = new Map<number, T[]>();
      for (const x of list) (m.get(x.order_id) ?? m.set(x.order_id, []).get(x.order_id)!).push(x);
      return m;
    };
    const linesBy = group(lines.rows);
    const packagesBy = group(packages.rows);
    return {
      nodes: rows.map((o) => ({
        id: `gid://consign/Order/${o.id}`,
        tiktokOrderId: o.tiktok_order_id,
        status: o.status,
        createdAt: new Date(o.tiktok_created_at).toISOString(),
        total: { amount: o.total_amount, currency: o.currency },
        lines: (linesBy.get(o.id) ?? []).map((l) => ({
          id: `gid://consign/OrderLine/${l.id}`,
          sellerSku: l.seller_sku,
          productName: l.product_name,
          salePrice: { amount: l.sale_price, currency: l.currency },
          isGift: l.is_gift,
        })),
        packages: (packagesBy.get(o.id) ?? []).map((p) => ({ id: `gid://consign/Package/${p.id}`, status: p.status, trackingNumber: p.tracking_number })),
      })),
    };
  },
};

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    const { query, variables } = JSON.parse(Buffer.concat(chunks).toString());
    const result = await graphql({ schema, source: query, rootValue, variableValues: variables });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  });
});
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as { port: number }).port }));
