import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  /** Query string as sent, still percent-encoded. */
  rawQuery: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface CannedResponse {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Never answer: exercises the client's timeout. */
  hang?: boolean;
}

/**
 * A throwaway HTTP server that records requests and answers with canned envelopes. A transport test
 * double only: it knows nothing about TikTok's behaviour beyond what each test scripts.
 */
export async function startLocalServer(respond: (request: RecordedRequest, index: number) => CannedResponse) {
  const requests: RecordedRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://local');
      const request: RecordedRequest = {
        method: req.method ?? '',
        path: url.pathname,
        rawQuery: url.search.slice(1),
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      const canned = respond(request, requests.length - 1);
      if (canned.hang) return;
      res.writeHead(canned.status ?? 200, { 'content-type': 'application/json', ...canned.headers });
      res.end(typeof canned.body === 'string' ? canned.body : JSON.stringify(canned.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function ok(data: unknown): CannedResponse {
  return { body: { code: 0, message: 'Success', request_id: 'req-ok', data } };
}

export function failure(code: number, message: string, status = 200): CannedResponse {
  return { status, body: { code, message, request_id: `req-${code}`, data: null } };
}
