import { describe, expect, it } from 'vitest';
import type { DocumentLine } from './document.types.js';
import { sampleSlip } from './fixtures.test-support.js';
import { renderPackingSlip } from './packing-slip.js';
import { pdfInfo, pdfText, requireBinaries, saveArtifact } from './poppler.test-support.js';
import { groupLinesBySku } from './slip-lines.js';

/** pdftotext -layout keeps columns apart with runs of spaces; collapse them to compare rows. */
const squash = (text: string) => text.replace(/[ \t]+/g, ' ');

describe('renderPackingSlip', () => {
  it('groups lines by SKU, keeping gifts as their own unpriced rows', () => {
    const rows = groupLinesBySku(sampleSlip().lines);
    expect(rows.map((r) => [r.sku, r.quantity, r.gift ?? false, r.unitPrice])).toEqual([
      ['GLOW-KIT', 1, false, '$39.00'],
      ['SERUM-30', 2, false, '$24.00'],
      ['MASK-SHEET', 1, true, undefined],
    ]);
  });

  it('prints grouped SKUs, bundle components, the gift marking and the buyer message', (ctx) => {
    if (!requireBinaries(ctx.task.name, 'pdftotext', 'pdfinfo', 'pdftoppm')) return ctx.skip();
    const pdf = renderPackingSlip(sampleSlip());
    expect(pdfInfo(pdf)).toEqual({ pages: 1, pageSize: '288 x 432 pts' });
    const text = squash(pdfText(pdf));
    expect(text).toContain('Glow Lab Beauty');
    expect(text).toMatch(/ 2 SERUM-30 \$24\.00/);
    expect(text.match(/SERUM-30/g)).toHaveLength(2); // the grouped row and the bundle's pick line
    expect(text).toContain('pick: 1 × SERUM-30, 1 × LIP-ROSE');
    expect(text).toMatch(/1 MASK-SHEET GIFT gift/);
    expect(text).toContain('Please no plastic filler, thank you!');
    for (const orderId of ['576462381029384756', '576462381029384999']) expect(text).toContain(orderId);
    expect(text).toContain('Maria Gonzalez');
    expect(text).toContain('4 units in this package');
    saveArtifact('packing-slip', pdf, 203);
  });

  it('continues long orders on further 4x6 pages without losing a line', (ctx) => {
    if (!requireBinaries(ctx.task.name, 'pdftotext', 'pdfinfo', 'pdftoppm')) return ctx.skip();
    const lines: DocumentLine[] = Array.from({ length: 30 }, (_, i) => ({
      sku: `SKU-${String(i).padStart(3, '0')}`,
      productName: `Product number ${i} with a fairly long name that wraps onto a second line`,
      quantity: 1,
    }));
    const pdf = renderPackingSlip(sampleSlip({ lines }));
    const { pages } = pdfInfo(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(pdf);
    for (const line of lines) expect(text).toContain(line.sku);
    expect(text).toContain(`page ${pages} of ${pages}`);
    expect(text).toContain('30 units in this package');
    saveArtifact('packing-slip-continued', pdf, 150, 2);
  });
});
