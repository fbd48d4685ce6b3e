import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResponseReader } from '../tiktok/api-caller.js';
import { readData } from '../tiktok/http-exchange.js';
import { TikTokError, isTikTokError, type TikTokErrorDetails } from '../tiktok/tiktok-error.js';
import { searchOrdersDataSchema } from '../tiktok/wire/orders.js';
import { prepareOrder, type PreparedOrder } from './order-upsert.js';
import { orderFromWire } from './wire-order.js';

/** A page of TikTok's Search Orders, its orders prepared for writing. */
export interface PreparedPage {
  next_page_token?: string | null;
  total_count?: number;
  orders: PreparedOrder[];
}

/** What a page thread is sent: the response, as the TikTok client received it. */
export interface PageRequest {
  status: number;
  retryAfter: string | null;
  text: string;
  endpoint: string;
}

export type PageAnswer = { page: PreparedPage } | { tiktokError: Omit<TikTokErrorDetails, 'cause'> } | { error: string };

/** Reads one Search Orders response (envelope, validation, mapping) and prepares its orders; throws what `readData` throws. */
export function readOrderPage(request: PageRequest): PreparedPage {
  const headers = new Headers(request.retryAfter === null ? {} : { 'retry-after': request.retryAfter });
  const data = readData({ status: request.status, headers, text: request.text }, searchOrdersDataSchema, request.endpoint);
  return { next_page_token: data.next_page_token, total_count: data.total_count, orders: (data.orders ?? []).map((o) => prepareOrder(orderFromWire(o))) };
}

/** `readOrderPage` with its failure as data, to cross threads (an Error does not keep its class). */
export function answerPage(request: PageRequest): PageAnswer {
  try {
    return { page: readOrderPage(request) };
  } catch (e) {
    if (!isTikTokError(e)) return { error: e instanceof Error ? e.message : String(e) };
    const { kind, code, message, requestId, httpStatus, endpoint, retryAfterMs } = e;
    return { tiktokError: { kind, code, message, requestId, httpStatus, endpoint, retryAfterMs } };
  }
}

interface Thread {
  worker: Worker;
  pending: Map<number, { resolve: (page: PreparedPage) => void; reject: (error: Error) => void }>;
}

/**
 * Reads the pages of bulk order imports on threads of their own. Parsing TikTok's JSON, validating it
 * and formatting the rows is most of an import's work in this process; on the event loop it held up
 * every other request and left the database waiting (the event loop was the backfill's limit, measured).
 * Threads start on first use and are let go by `close`.
 */
export class OrderPageReader {
  private readonly threads: Thread[] = [];
  private nextId = 0;
  private turn = 0;

  /**
   * @param script the compiled thread module; null reads on the calling thread (running from TypeScript
   * sources, as under vitest, where a thread cannot load them).
   */
  constructor(
    private readonly script: URL | null,
    private readonly size = Math.max(1, Math.min(2, os.availableParallelism() - 1)),
  ) {}

  /** The thread module beside this one, when this build is compiled JavaScript. */
  static forThisBuild(): OrderPageReader {
    return new OrderPageReader(import.meta.url.endsWith('.js') ? new URL('./order-page-thread.js', import.meta.url) : null);
  }

  readonly read: ResponseReader<PreparedPage> = async (response, endpoint) => {
    const request: PageRequest = { status: response.status, retryAfter: response.headers.get('retry-after'), text: response.text, endpoint };
    if (!this.script) return readOrderPage(request);
    const thread = this.thread();
    const id = this.nextId++;
    return new Promise<PreparedPage>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      // A thread keeps the process alive only while it has work.
      if (thread.pending.size === 1) thread.worker.ref();
      thread.worker.postMessage({ id, request });
    });
  };

  async close(): Promise<void> {
    await Promise.all(this.threads.splice(0).map((t) => t.worker.terminate()));
  }

  private thread(): Thread {
    if (this.threads.length < this.size) this.threads.push(this.start());
    return this.threads[this.turn++ % this.threads.length]!;
  }

  private start(): Thread {
    const worker = new Worker(this.script!);
    worker.unref();
    const thread: Thread = { worker, pending: new Map() };
    worker.on('message', ({ id, answer }: { id: number; answer: PageAnswer }) => {
      const waiting = thread.pending.get(id);
      if (!waiting) return;
      thread.pending.delete(id);
      if (!thread.pending.size) worker.unref();
      if ('page' in answer) waiting.resolve(answer.page);
      else if ('tiktokError' in answer) waiting.reject(new TikTokError(answer.tiktokError));
      else waiting.reject(new Error(answer.error));
    });
    // A thread that dies fails what it was given; the next read starts another.
    const fail = (error: Error) => {
      const at = this.threads.indexOf(thread);
      if (at >= 0) this.threads.splice(at, 1);
      for (const waiting of thread.pending.values()) waiting.reject(error);
      thread.pending.clear();
    };
    worker.on('error', (e) => fail(new Error(`order page thread failed: ${e.message}`, { cause: e })));
    worker.on('exit', (code) => fail(new Error(`order page thread exited (${code})`)));
    return thread;
  }
}
