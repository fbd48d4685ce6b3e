import { once } from 'node:events';
import type { Readable } from 'node:stream';
import type { BatchItem, BatchLabel } from './document.types.js';
import { summarizeList } from './format.js';
import { LABEL_HEIGHT, LABEL_WIDTH } from './label-layout.js';
import { drawPackingSlip } from './packing-slip.js';
import { createPdf, fitText, FONT, FONT_BOLD, type Pdf } from './pdf.js';
import { drawShippingLabel } from './shipping-label.js';

/*
 * TikTok-shipped (4PL) packages: TikTok returns its label as a PDF, and pdfkit 0.20 has no way to
 * import pages from another PDF (doc.image() takes only JPEG and PNG; there is no page or form
 * XObject import). Doing it ourselves means a PDF parser (xref tables and streams, object streams,
 * filters, resources), i.e. a new dependency. So those packages get a notice page, clearly not a
 * label, telling the packer to print TikTok's label; when the caller passes TikTok's PDF it travels
 * inside the batch as a file attachment, so it is at hand without going back to Seller Center.
 */

/**
 * Renders a batch as one PDF (per package: its label, then its packing slip) and returns the PDF as a
 * stream. Items are pulled one at a time and each page is written out as soon as it is finished, so
 * memory stays flat however long the batch; when the consumer is slower, rendering waits for it.
 */
export function renderBatchStream(items: Iterable<BatchItem> | AsyncIterable<BatchItem>): Readable {
  const doc = createPdf('Shipping batch');
  void (async () => {
    try {
      let index = 0;
      for await (const item of items) {
        index += 1;
        if (item.label.kind === 'seller') drawShippingLabel(doc, item.label.label);
        else if (item.label.kind === 'tiktok') drawTikTokNotice(doc, item.label, index);
        drawPackingSlip(doc, item.slip);
        while (doc.readableLength > doc.readableHighWaterMark) await once(doc, 'data');
      }
      doc.end();
    } catch (error) {
      doc.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return doc;
}

/** The whole batch as one Buffer, for callers that need the bytes rather than a stream. */
export async function renderBatch(items: Iterable<BatchItem> | AsyncIterable<BatchItem>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of renderBatchStream(items)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function drawTikTokNotice(doc: Pdf, label: Extract<BatchLabel, { kind: 'tiktok' }>, index: number): void {
  const [W, H] = [LABEL_WIDTH, LABEL_HEIGHT];
  const M = 16;
  doc.addPage({ size: [W, H], margin: 0 });
  doc.lineWidth(3).dash(8, { space: 5 }).rect(8, 8, W - 16, H - 16).stroke().undash();
  doc.font(FONT_BOLD).fontSize(19).text('NOT A SHIPPING LABEL', M, 40, { width: W - 2 * M, align: 'center' });
  doc.moveDown(0.6).font(FONT).fontSize(11);
  doc.text(
    'This package ships with TikTok Shipping. Print its label from TikTok Seller Center; Consign cannot place TikTok label pages in this batch.',
    { width: W - 2 * M, align: 'center' },
  );
  if (label.labelPdf) {
    const name = `tiktok-label-${label.tiktokPackageId}.pdf`;
    doc.file(Buffer.from(label.labelPdf), {
      name,
      type: 'application/pdf',
      description: `TikTok label for package ${label.tiktokPackageId}`,
    });
    doc.moveDown(0.6).font(FONT).fontSize(9);
    doc.text(`TikTok's label is attached to this PDF as ${name} (see your viewer's attachments panel).`, {
      width: W - 2 * M,
      align: 'center',
    });
  }
  const rows: [string, string][] = [
    ['TIKTOK PACKAGE', label.tiktokPackageId],
    [label.orderIds.length > 1 ? 'TIKTOK ORDERS' : 'TIKTOK ORDER', summarizeList(label.orderIds, 2)],
    ['PACKAGE', label.packageId],
    ['POSITION IN BATCH', `#${index}`],
  ];
  rows.forEach(([name, value], i) => {
    const y = H - 190 + i * 40;
    doc.fillColor('#444');
    fitText(doc, name, M, y, W - 2 * M, FONT_BOLD, 7);
    doc.fillColor('#000');
    fitText(doc, value, M, y + 10, W - 2 * M, FONT_BOLD, 13);
  });
}
