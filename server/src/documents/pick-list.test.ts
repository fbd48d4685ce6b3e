import { describe, expect, it } from 'vitest';
import type { DocumentLine, PickListInput } from './document.types.js';
import { buildPickList, renderPickList } from './pick-list.js';
import { pdfInfo, pdfText, requireBinaries, saveArtifact } from './poppler.test-support.js';

const reno = { id: 'wh_reno', name: 'Reno (NV)' };
const dallas = { id: 'wh_dallas', name: 'Dallas (TX)' };
const kit = (quantity: number): DocumentLine => ({
  sku: 'GLOW-KIT',
  productName: 'Glow Starter Kit',
  quantity,
  components: [
    { sku: 'SERUM-30', productName: 'Vitamin C Serum', quantity: 1 },
    { sku: 'LIP-ROSE', productName: 'Lip Tint Rose', quantity: 2 },
  ],
});
const serum = (quantity: number): DocumentLine => ({ sku: 'SERUM-30', productName: 'Vitamin C Serum', quantity });

const batch: PickListInput = {
  batchName: 'Morning wave',
  generatedAt: '2026-09-01 08:30',
  packages: [
    { packageId: 'PKG-1', warehouse: reno, lines: [serum(2), kit(1)] },
    { packageId: 'PKG-2', warehouse: reno, lines: [kit(2), { sku: 'MASK-SHEET', productName: 'Sheet Mask', quantity: 1, gift: true }] },
    { packageId: 'PKG-3', warehouse: dallas, lines: [serum(1), serum(3)] },
    { packageId: 'PKG-4', warehouse: reno, lines: [{ sku: 'CLEANSER', productName: 'Gel Cleanser', quantity: 1 }] },
  ],
};

describe('pick list', () => {
  it('totals physical SKUs per warehouse, expanding bundles, sorted by SKU', () => {
    const list = buildPickList(batch);
    expect(list.map((w) => w.name)).toEqual(['Dallas (TX)', 'Reno (NV)']);
    expect(list[0]!.items).toEqual([
      { sku: 'SERUM-30', productName: 'Vitamin C Serum', total: 4, packages: [{ packageId: 'PKG-3', quantity: 4 }] },
    ]);
    expect(list[1]!.items.map((i) => [i.sku, i.total, i.packages])).toEqual([
      ['CLEANSER', 1, [{ packageId: 'PKG-4', quantity: 1 }]],
      ['LIP-ROSE', 6, [{ packageId: 'PKG-1', quantity: 2 }, { packageId: 'PKG-2', quantity: 4 }]],
      ['MASK-SHEET', 1, [{ packageId: 'PKG-2', quantity: 1 }]],
      ['SERUM-30', 5, [{ packageId: 'PKG-1', quantity: 3 }, { packageId: 'PKG-2', quantity: 2 }]],
    ]);
    expect(list.flatMap((w) => w.items).some((i) => i.sku === 'GLOW-KIT')).toBe(false);
  });

  it('prints the totals and the packages needing each SKU', (ctx) => {
    if (!requireBinaries(ctx.task.name, 'pdftotext', 'pdfinfo', 'pdftoppm')) return ctx.skip();
    const pdf = renderPickList(batch);
    expect(pdfInfo(pdf)).toEqual({ pages: 1, pageSize: '612 x 792 pts' });
    const text = pdfText(pdf).replace(/[ \t]+/g, ' ');
    expect(text).toMatch(/LIP-ROSE Lip Tint Rose 6 PKG-1 ×2, PKG-2 ×4/);
    expect(text).toMatch(/SERUM-30 Vitamin C Serum 5 PKG-1 ×3, PKG-2 ×2/);
    expect(text).toMatch(/SERUM-30 Vitamin C Serum 4 PKG-3 ×4/);
    expect(text.indexOf('Dallas (TX)')).toBeLessThan(text.indexOf('Reno (NV)'));
    saveArtifact('pick-list', pdf, 100);
  });

  it('breaks long lists over pages, repeating the warehouse heading', (ctx) => {
    if (!requireBinaries(ctx.task.name, 'pdftotext', 'pdfinfo')) return ctx.skip();
    const packages = Array.from({ length: 120 }, (_, i) => ({
      packageId: `PKG-${i}`,
      warehouse: reno,
      lines: [{ sku: `SKU-${String(i).padStart(3, '0')}`, productName: 'Thing', quantity: 1 }],
    }));
    const pdf = renderPickList({ ...batch, packages, paper: 'a4' });
    const { pages, pageSize } = pdfInfo(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pageSize).toBe('595.28 x 841.89 pts');
    const text = pdfText(pdf);
    for (const p of packages) expect(text).toContain(p.lines[0]!.sku);
    expect(text).toContain('Reno (NV) (continued)');
  });
});
