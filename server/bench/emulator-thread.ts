/**
 * The TikTok emulator on a thread of its own, for benchmarks: TikTok's servers do not run on the hub's
 * event loop, so the hub's figures must not include serving TikTok's pages. The thread still shares
 * the machine's cores. Controls are asked for by message.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { startTikTokEmulator, type StartTikTokEmulatorOptions } from '../../fixtures/tiktok-shop/index.js';

interface ShopInfo {
  id: string;
  sellerOpenId: string;
}

type Call =
  | { op: 'authorize'; sellerOpenId: string }
  | { op: 'updateTimes'; shopIds: string[] }
  | { op: 'setQpsLimit'; limit: number }
  | { op: 'stop' };

interface Ready {
  url: string;
  appKey: string;
  appSecret: string;
  serviceId: string;
  shops: ShopInfo[];
}

export interface EmulatorThread extends Ready {
  /** A consent code for the seller, as the consent page would give. */
  authorize(sellerOpenId: string): Promise<string>;
  /** Every order of these shops with its current update_time (the truth a sync is checked against). */
  updateTimes(shopIds: string[]): Promise<[string, number][]>;
  setQpsLimit(limit: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startEmulatorThread(options: StartTikTokEmulatorOptions): Promise<EmulatorThread> {
  const worker = new Worker(new URL(import.meta.url), { workerData: options });
  const ready = await new Promise<Ready>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  // One call at a time: each answer is the next message.
  let queue: Promise<unknown> = Promise.resolve();
  const call = <T>(message: Call) => {
    const answer = queue.then(
      () =>
        new Promise<T>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage(message);
        }),
    );
    queue = answer.catch(() => undefined);
    return answer;
  };
  return {
    ...ready,
    authorize: (sellerOpenId) => call<string>({ op: 'authorize', sellerOpenId }),
    updateTimes: (shopIds) => call<[string, number][]>({ op: 'updateTimes', shopIds }),
    setQpsLimit: (limit) => call<void>({ op: 'setQpsLimit', limit }),
    async stop() {
      await call<void>({ op: 'stop' });
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const emulator = await startTikTokEmulator(workerData as StartTikTokEmulatorOptions);
  const { controls } = emulator;
  port.postMessage({
    url: emulator.url,
    appKey: emulator.appKey,
    appSecret: emulator.appSecret,
    serviceId: emulator.serviceId,
    shops: controls.shops().map((s) => ({ id: s.id, sellerOpenId: s.sellerOpenId })),
  } satisfies Ready);
  port.on('message', async (message: Call) => {
    switch (message.op) {
      case 'authorize':
        return port.postMessage(controls.authorize(message.sellerOpenId));
      case 'updateTimes':
        return port.postMessage(
          message.shopIds.flatMap((shopId) => controls.findOrders({ shopId, limit: Number.MAX_SAFE_INTEGER }).map((o): [string, number] => [o.id, o.updateTime])),
        );
      case 'setQpsLimit':
        controls.setQpsLimit(message.limit);
        return port.postMessage(undefined);
      case 'stop':
        await emulator.stop();
        return port.postMessage(undefined);
    }
  });
}
