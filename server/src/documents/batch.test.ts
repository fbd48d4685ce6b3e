import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBatch } from './batch.js';
import type { BatchItem } from './document.types.js';
import { sampleLabel, sampleSlip } from './fixtures.test-support.js';
import { decodeBarcodes, hasBinary, pdfInfo, pdfText, pdfToPng, requireBinaries, saveArtifact } from './poppler.test-support.js';

const seller = (n: number): BatchItem => ({
  label: { kind: 'seller', label: sampleLabel({ packageId: `PKG-${n}`, trackingNumber: `1Z999AA1012345${String(n).padStart(4, '0')}` }) },
  slip: sampleSlip({ packageId: `PKG-${n}` }),
});
const tiktok = (n: number, labelPdf?: Uint8Array): BatchItem => ({
  label: { kind: 'tiktok', packageId: `PKG-${n}`, tiktokPackageId: `11534938263718${n}`, orderIds: ['576462381029384756'], labelPdf },
  slip: sampleSlip({ packageId: `PKG-${n}` }),
});

describe('renderBatch', () => {
  it('merges label + packing slip per package into one PDF, in batch order', async (ctx) => {
    if (!requireBinaries(ctx.task.name, 'pdfinfo', 'pdftotext', 'pdftoppm', 'zbarimg')) return ctx.skip();
    async function* items() {
      for (let n = 1; n <= 5; n++) yield seller(n);
    }
    const pdf = await renderBatch(items());
    expect(pdfInfo(pdf).pages).toBe(10);
    // Page 3 is the second package's label.
    expect(decodeBarcodes(pdfToPng(pdf, 203, 3))).toEqual(['1Z999AA10123450002']);
    expect(pdfText(pdf).match(/PACKING SLIP/g)).toHaveLength(5);
  });

  it('gives TikTok-shipped packages a notice page, never a fake label, and attaches their PDF', async (ctx) => {
    if (!requireBinaries(ctx.task.name, 'pdfinfo', 'pdftotext', 'pdftoppm', 'zbarimg')) return ctx.skip();
    const tiktokLabel = Buffer.from('%PDF-1.4\n% stand-in for the bytes TikTok returns\n%%EOF\n');
    const pdf = await renderBatch([seller(1), tiktok(2, tiktokLabel), tiktok(3)]);
    expect(pdfInfo(pdf).pages).toBe(6);
    const notice = pdfToPng(pdf, 203, 3);
    expect(decodeBarcodes(notice)).toEqual([]);
    // The notice is centred and wrapped; compare it as one line of text.
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text.match(/NOT A SHIPPING LABEL/g)).toHaveLength(2);
    expect(text).toContain('Print its label from TikTok Seller Center');
    expect(text).toContain("TikTok's label is attached to this PDF");
    saveArtifact('batch-tiktok-notice', pdf, 150, 3);
    if (!hasBinary('pdfdetach')) return;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'consign-detach-'));
    try {
      writeFileSync(path.join(dir, 'b.pdf'), pdf);
      expect(execFileSync('pdfdetach', ['-list', path.join(dir, 'b.pdf')], { encoding: 'utf8' })).toContain('tiktok-label-115349382637182.pdf');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails the stream when an item cannot be rendered', async () => {
    const bad = seller(1);
    if (bad.label.kind === 'seller') bad.label.label.trackingNumber = 'no spaces allowed';
    await expect(renderBatch([seller(0), bad])).rejects.toThrow(/tracking number/);
  });
});
