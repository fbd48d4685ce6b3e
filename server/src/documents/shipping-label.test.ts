import { describe, expect, it } from 'vitest';
import { sampleLabel } from './fixtures.test-support.js';
import { decodeBarcodes, pdfInfo, pdfText, pdfToPng, requireBinaries, saveArtifact } from './poppler.test-support.js';
import { renderShippingLabel } from './shipping-label.js';

function mediaBoxes(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) => m[1]!.trim());
}

describe('renderShippingLabel', () => {
  it('is one 4x6 in page (288 x 432 pt)', () => {
    const pdf = renderShippingLabel(sampleLabel());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(mediaBoxes(pdf)).toEqual(['0 0 288 432']);
  });

  it('reports 288 x 432 pt through pdfinfo', (ctx) => {
    if (!requireBinaries(ctx.task.name, 'pdfinfo')) return ctx.skip();
    expect(pdfInfo(renderShippingLabel(sampleLabel()))).toEqual({ pages: 1, pageSize: '288 x 432 pts' });
  });

  it.for([
    ['USPS, 22 digits', '9400111899223344556677'],
    ['UPS, mixed', '1Z999AA10123456784'],
    ['short with dash', 'JT-0042'],
  ] as const)('has a Code128 barcode that decodes to the exact tracking number at 203 dpi (%s)', ([, trackingNumber], ctx) => {
    if (!requireBinaries(ctx.task.name, 'pdftoppm', 'zbarimg')) return ctx.skip();
    const pdf = renderShippingLabel(sampleLabel({ trackingNumber }));
    expect(decodeBarcodes(pdfToPng(pdf, 203))).toEqual([trackingNumber]);
  });

  it('prints the addresses, carrier, references and weight', (ctx) => {
    if (!requireBinaries(ctx.task.name, 'pdftotext', 'pdftoppm')) return ctx.skip();
    const label = sampleLabel({ orderIds: ['576462381029384756', '576462381029384999'] });
    const pdf = renderShippingLabel(label);
    const text = pdfText(pdf);
    for (const expected of [
      'MARIA GONZALEZ',
      '2207 W AUGUSTA BLVD',
      'CHICAGO, IL 60622-4518',
      'Glow Lab Warehouse - Reno',
      'USPS',
      'GROUND ADVANTAGE',
      '1.25 LB',
      '9400111899223344556677',
      '576462381029384756, 576462381029384999',
      '1153493826371829364',
      'pkg_01J8Z3K5QW7M2N4P6R8T',
    ]) {
      expect(text).toContain(expected);
    }
    saveArtifact('shipping-label', pdf, 203);
  });

  it('refuses tracking numbers a scanner could read differently from the printed text', () => {
    expect(() => renderShippingLabel(sampleLabel({ trackingNumber: '94001^XZ' }))).toThrow(/tracking number/);
    expect(() => renderShippingLabel(sampleLabel({ trackingNumber: '' }))).toThrow(/tracking number/);
  });
});
