/**
 * A minimal webhook endpoint: keeps each delivery's raw bytes and `Authorization` header (the
 * signature covers the exact bytes) and lets a case wait for the delivery it expects.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
  body: Buffer;
  authorization: string | undefined;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedDelivery[];
  /** Resolves with the first delivery (already received or future) that matches. */
  next(matches: (delivery: ReceivedDelivery) => boolean, timeoutMs?: number): Promise<ReceivedDelivery>;
  /** HTTP status for each delivery; 200 unless the case says otherwise. */
  answerWith(status: (delivery: ReceivedDelivery) => number): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedDelivery[] = [];
  const waiters = new Set<{ matches: (d: ReceivedDelivery) => boolean; resolve: (d: ReceivedDelivery) => void }>();
  let status: (delivery: ReceivedDelivery) => number = () => 200;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const delivery = { body: Buffer.concat(chunks), authorization: req.headers.authorization };
      received.push(delivery);
      res.writeHead(status(delivery)).end();
      for (const waiter of waiters) {
        if (waiter.matches(delivery)) {
          waiters.delete(waiter);
          waiter.resolve(delivery);
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/tiktok/webhooks`,
    received,
    next(matches, timeoutMs = 5_000) {
      const already = received.find(matches);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const waiter = { matches, resolve };
        waiters.add(waiter);
        // A safety net only: deliveries normally arrive within milliseconds.
        setTimeout(() => {
          if (waiters.delete(waiter)) reject(new Error(`no matching webhook delivery within ${timeoutMs} ms`));
        }, timeoutMs).unref();
      });
    },
    answerWith(next) {
      status = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
