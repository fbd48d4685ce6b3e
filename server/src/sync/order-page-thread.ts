/** A thread of OrderPageReader: answers each page it is sent (see order-pages.ts). */
import { parentPort } from 'node:worker_threads';
import { answerPage, type PageRequest } from './order-pages.js';

parentPort!.on('message', ({ id, request }: { id: number; request: PageRequest }) => {
  parentPort!.postMessage({ id, answer: answerPage(request) });
});
