/**
 * bench:labels: cost of the document renderers against a bare pdfkit baseline measured in the same
 * run (one page holding just the tracking number as text: no barcode, no layout).
 *
 *   single label: p95 over 500 renders after a warm-up, renderShippingLabel vs the bare page
 *   batch:        1,000 packages (label + packing slip each) streamed into a byte-counting sink, vs
 *                 2,000 bare pages; each runs in its own child process so its peak RSS is its own
 *
 * Goals: single-label p95 < 20 ms, batch < 10 s, batch peak RSS < 300 MB.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { renderBatchStream } from '../src/documents/batch.js';
import type { BatchItem } from '../src/documents/document.types.js';
import { sampleLabel, sampleSlip } from '../src/documents/fixtures.test-support.js';
import { renderShippingLabel } from '../src/documents/shipping-label.js';

const WARMUP = 100;
const RENDERS = 500;
const BATCH_PACKAGES = 1_000;

const trackingNumber = (n: number) => `94001118992233${String(n).padStart(8, '0')}`;

function barePage(text: string): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: [288, 432], margin: 0, autoFirstPage: false });
  doc.addPage();
  doc.text(text, 20, 20);
  return doc;
}

function bareBuffer(text: string): Buffer {
  const doc = barePage(text);
  doc.end();
  return doc.read() as Buffer;
}

function p95(render: (n: number) => Buffer): number {
  for (let n = 0; n < WARMUP; n++) render(n);
  const times: number[] = [];
  for (let n = 0; n < RENDERS; n++) {
    const start = performance.now();
    render(n);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.ceil(RENDERS * 0.95) - 1]!;
}

function* batchItems(): Generator<BatchItem> {
  for (let n = 0; n < BATCH_PACKAGES; n++) {
    const packageId = `PKG-${n}`;
    yield { label: { kind: 'seller', label: sampleLabel({ packageId, trackingNumber: trackingNumber(n) }) }, slip: sampleSlip({ packageId }) };
  }
}

function bareBatch(): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: [288, 432], margin: 0, autoFirstPage: false });
  for (let n = 0; n < BATCH_PACKAGES * 2; n++) {
    doc.addPage();
    doc.text(trackingNumber(n), 20, 20);
  }
  doc.end();
  return doc;
}

/** Child-process side: render one batch into a sink that only counts bytes, report as JSON. */
async function runBatch(kind: 'consign' | 'bare'): Promise<void> {
  let bytes = 0;
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 10);
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const start = performance.now();
  await pipeline(kind === 'consign' ? renderBatchStream(batchItems()) : bareBatch(), sink);
  const wallMs = performance.now() - start;
  clearInterval(sampler);
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ wallMs, bytes, peakRss: Math.max(peakRss, maxRssBytes) }));
}

interface BatchResult {
  wallMs: number;
  bytes: number;
  peakRss: number;
}

function batchInChild(kind: 'consign' | 'bare'): BatchResult {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--batch', kind], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`batch child (${kind}) failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as BatchResult;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ratio = (value: number, base: number) => `${(value / base).toFixed(1)}x`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

async function main(): Promise<void> {
  const batchArg = process.argv.indexOf('--batch');
  if (batchArg !== -1) return runBatch(process.argv[batchArg + 1] === 'bare' ? 'bare' : 'consign');

  const baseP95 = p95((n) => bareBuffer(trackingNumber(n)));
  const labelP95 = p95((n) => renderShippingLabel(sampleLabel({ trackingNumber: trackingNumber(n) })));
  const labelBytes = renderShippingLabel(sampleLabel()).length;
  const bare = batchInChild('bare');
  const batch = batchInChild('consign');

  console.log(`bench:labels (node ${process.version})`);
  console.log(`single label, p95 of ${RENDERS} after ${WARMUP} warm-up renders`);
  console.log(`  baseline bare page    ${baseP95.toFixed(2)} ms`);
  console.log(`  shipping label        ${labelP95.toFixed(2)} ms  (${ratio(labelP95, baseP95)} baseline, ${(labelBytes / 1024).toFixed(1)} KiB)  goal < 20 ms: ${verdict(labelP95 < 20)}`);
  console.log(`batch of ${BATCH_PACKAGES} packages (label + packing slip each), streamed, each in its own process`);
  console.log(`  baseline ${BATCH_PACKAGES * 2} bare pages  ${(bare.wallMs / 1000).toFixed(2)} s, peak RSS ${mb(bare.peakRss)}, ${mb(bare.bytes)} PDF`);
  console.log(
    `  merged batch          ${(batch.wallMs / 1000).toFixed(2)} s (${ratio(batch.wallMs, bare.wallMs)}), peak RSS ${mb(batch.peakRss)} (${ratio(batch.peakRss, bare.peakRss)}), ${mb(batch.bytes)} PDF` +
      `  goals < 10 s: ${verdict(batch.wallMs < 10_000)}, < 300 MB: ${verdict(batch.peakRss < 300 * 1024 * 1024)}`,
  );
}

await main();
