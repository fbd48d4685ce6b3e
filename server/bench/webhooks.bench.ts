/**
 * npm run bench:webhooks
 *  1. Ack latency: signed deliveries at 200/s for 10 s against the hub's intake, and against a bare
 *     node:http server that only checks the signature (the baseline), in the same run.
 *  2. Webhook to visible: the emulator takes 30 orders/s for 10 s and pushes its webhooks; each order
 *     counts as visible when the hub's GraphQL subscription delivers it (read through GraphQL).
 */
import { fork } from 'node:child_process';
import { createHmac } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTikTokEmulator } from '../../fixtures/tiktok-shop/index.js';
import { singleHostTikTokApp } from '../src/hub.js';
import { hashToken, newToken } from '../src/platform/tokens.js';
import { completeConnect, startConnect } from '../src/shops/shop-connection.js';
import { WEBHOOK_PATH } from '../src/sync/webhook-intake.js';
import { BENCH_SECRET_KEY, benchDatabase, pct } from './bench-hub.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const emu = await startTikTokEmulator({ port: 0, seed: 9, orders: 200 });
const db = await benchDatabase();
const setupHub = await db.hub(singleHostTikTokApp(emu));
const child = fork(path.join(here, 'webhook-hub.js'), {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    CONSIGN_SECRET_KEY: BENCH_SECRET_KEY,
    TIKTOK_APP_KEY: emu.appKey,
    TIKTOK_APP_SECRET: emu.appSecret,
    TIKTOK_SERVICE_ID: emu.serviceId,
    TIKTOK_API_BASE_URL: emu.url,
    TIKTOK_AUTH_BASE_URL: emu.url,
  },
  stdio: 'inherit',
});
try {
  const port = await new Promise<number>((resolve) => child.once('message', (m: { port: number }) => resolve(m.port)));
  const hubUrl = `http://127.0.0.1:${port}`;
  const { state } = await startConnect(setupHub, null, null);
  await completeConnect(setupHub, emu.controls.authorize(), state);
  const shopId = emu.controls.defaultShop().id;

  // 1. Ack latency, hub vs a signature-only baseline.
  const baseline = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const ok = createHmac('sha256', emu.appSecret).update(emu.appKey).update(body).digest('hex') === req.headers.authorization;
      res.writeHead(ok ? 200 : 401).end();
    });
  });
  await new Promise<void>((r) => baseline.listen(0, '127.0.0.1', r));
  const baselineUrl = `http://127.0.0.1:${(baseline.address() as { port: number }).port}${WEBHOOK_PATH}`;
  const orderIds = emu.controls.findOrders({ shopId, limit: 200 }).map((o: any) => o.id);
  const ackBase = await ackLatencies(baselineUrl, shopId, orderIds, 1);
  const ackHub = await ackLatencies(hubUrl + WEBHOOK_PATH, shopId, orderIds, 2);
  baseline.close();

  // 2. Webhook to visible in GraphQL, through the subscription a console uses.
  emu.controls.setWebhookUrl(hubUrl + WEBHOOK_PATH);
  const token = newToken('api');
  await setupHub.pool.query(`insert into app.api_token (name, kind, token_hash, token_prefix, created_at) values ('bench', 'SHIPPING_TOOL', $1, 'bench', now())`, [hashToken(token)]);
  const visibleAt = new Map<string, number>();
  const ws = createClient({ url: hubUrl.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` } });
  ws.subscribe(
    { query: 'subscription { orderChanged { event { kind } order { tiktokOrderId status } } }' },
    { next: (r: any) => r.data?.orderChanged && visibleAt.set(r.data.orderChanged.order.tiktokOrderId, performance.now()), error: console.error, complete: () => undefined },
  );
  await new Promise((r) => setTimeout(r, 500));
  const createdAt = new Map<string, number>();
  for (let second = 0; second < 10; second++) {
    const tick = performance.now();
    for (let i = 0; i < 30; i++) {
      const [order] = emu.controls.createOrders({ count: 1 }) as any[];
      createdAt.set(order.id, performance.now());
      await new Promise((r) => setTimeout(r, Math.max(0, (1000 / 30) * (i + 1) - (performance.now() - tick))));
    }
  }
  const deadline = performance.now() + 20_000;
  while ([...createdAt.keys()].some((id) => !visibleAt.has(id)) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await ws.dispose();
  const visible = [...createdAt].filter(([id]) => visibleAt.has(id)).map(([id, t]) => visibleAt.get(id)! - t).sort((a, b) => a - b);
  const missing = createdAt.size - visible.length;

  const f = (n: number) => n.toFixed(1).padStart(7);
  console.log(`\nwebhook ack at 200 deliveries/s for 10 s (${ackHub.length} deliveries)`);
  console.log(`                     p50 ms  p99 ms`);
  console.log(`signature-only     ${f(pct(ackBase, 0.5))} ${f(pct(ackBase, 0.99))}`);
  console.log(`Consign intake     ${f(pct(ackHub, 0.5))} ${f(pct(ackHub, 0.99))}   p99 ratio ${(pct(ackHub, 0.99) / pct(ackBase, 0.99)).toFixed(1)}×  (goal: p99 < 50 ms)`);
  console.log(`\nwebhook to visible in GraphQL, 30 orders/s for 10 s (${createdAt.size} orders, ${missing} not seen)`);
  console.log(`p50 ${f(pct(visible, 0.5))} ms   p99 ${f(pct(visible, 0.99))} ms   vs ack p99 ${(pct(visible, 0.99) / pct(ackHub, 0.99)).toFixed(0)}×  (goal: p99 < 2000 ms)`);
} finally {
  child.kill('SIGKILL');
  await emu.stop();
  await db.stop(setupHub);
}

/** Open loop: a delivery every 5 ms whatever the answers, each a new notification id. */
async function ackLatencies(url: string, shopId: string, orderIds: string[], run: number): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const target = new URL(url);
  const latencies: number[] = [];
  const inflight: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < 2000; i++) {
    const due = start + i * 5;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const body = JSON.stringify({
      type: 1,
      tts_notification_id: `${run}${String(i).padStart(12, '0')}`,
      shop_id: shopId,
      timestamp: Math.floor(Date.now() / 1000),
      data: { order_id: orderIds[i % orderIds.length], order_status: 'AWAITING_SHIPMENT', is_on_hold_order: false, update_time: Math.floor(Date.now() / 1000) },
    });
    const signature = createHmac('sha256', emu.appSecret).update(emu.appKey + body).digest('hex');
    const sent = performance.now();
    inflight.push(
      new Promise<void>((resolve) => {
        const req = http.request(
          { agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', authorization: signature } },
          (res) => {
            res.resume();
            res.on('end', () => {
              if (res.statusCode === 200) latencies.push(performance.now() - sent);
              resolve();
            });
          },
        );
        req.on('error', () => resolve());
        req.end(body);
      }),
    );
  }
  await Promise.all(inflight);
  agent.destroy();
  return latencies.sort((a, b) => a - b);
}
