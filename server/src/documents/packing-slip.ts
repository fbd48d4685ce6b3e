import type { DocumentLine, PackingSlipInput } from './document.types.js';
import { addressLines, summarizeList } from './format.js';
import { LABEL_HEIGHT, LABEL_WIDTH } from './label-layout.js';
import { createPdf, finishPdf, fitText, FONT, FONT_BOLD, type Pdf } from './pdf.js';
import { groupLinesBySku, pickInstruction } from './slip-lines.js';

/*
 * The slip is 4x6 like the label, on purpose: a batch prints label, slip, label, slip... through the
 * one thermal printer at the packing bench, so each slip comes out right after the label for the
 * same box. A Letter/A4 slip would need a second printer and a manual collation step. Long orders
 * continue on further 4x6 pages, each repeating the package id.
 */

const W = LABEL_WIDTH;
const H = LABEL_HEIGHT;
const M = 12;
const CONTENT_WIDTH = W - 2 * M;
const BOX = 9;
const QTY_X = M + BOX + 6;
const QTY_WIDTH = 24;
const ITEM_X = QTY_X + QTY_WIDTH + 4;
const PRICE_WIDTH = 40;
const ITEM_WIDTH = W - M - ITEM_X - PRICE_WIDTH - 4;
const ROW_GAP = 5;
const FOOTER_HEIGHT = 16;
const GRAY = '#555';

interface Row {
  line: DocumentLine;
  title: string;
  detail: string;
  pick?: string;
  height: number;
}

export function renderPackingSlip(slip: PackingSlipInput): Buffer {
  const doc = createPdf(`Packing slip ${slip.packageId}`);
  drawPackingSlip(doc, slip);
  return finishPdf(doc);
}

/** Adds the slip's 4x6 page(s); used alone and by the batch renderer. */
export function drawPackingSlip(doc: Pdf, slip: PackingSlipInput): void {
  const rows = groupLinesBySku(slip.lines).map((line) => measureRow(doc, line));
  const message = slip.buyerMessage?.trim();
  const messageHeight = message ? measureMessage(doc, message) : 0;
  const pages = paginate(rows, messageHeight);
  const units = rows.reduce((sum, row) => sum + row.line.quantity, 0);

  pages.forEach((pageRows, index) => {
    doc.addPage({ size: [W, H], margin: 0 });
    let y = index === 0 ? drawFirstHeader(doc, slip) : drawContinuationHeader(doc, slip);
    y = drawTableHead(doc, y);
    for (const row of pageRows) y = drawRow(doc, row, y);
    const last = index === pages.length - 1;
    if (last) {
      doc.lineWidth(1).moveTo(M, y).lineTo(W - M, y).stroke();
      doc.font(FONT_BOLD).fontSize(8.5).text(`${units} ${units === 1 ? 'unit' : 'units'} in this package`, M, y + 5, {
        width: CONTENT_WIDTH,
        align: 'right',
        lineBreak: false,
      });
      if (message) drawMessage(doc, message, y + 20);
    }
    drawFooter(doc, slip, index + 1, pages.length);
  });
}

const FIRST_HEADER_HEIGHT = 116;
const CONTINUATION_HEADER_HEIGHT = 40;
const TABLE_HEAD_HEIGHT = 16;
const TOTAL_HEIGHT = 20;
/** Rows end here; the footer with the page number sits below. */
const BODY_BOTTOM = H - M - FOOTER_HEIGHT;

function measureRow(doc: Pdf, line: DocumentLine): Row {
  const title = line.sku;
  const detail = [line.productName, line.variant].filter(Boolean).join(' · ');
  const pick = pickInstruction(line);
  doc.font(FONT).fontSize(7.5);
  let height = 11 + doc.heightOfString(detail, { width: ITEM_WIDTH });
  if (pick) height += 1 + doc.font(FONT_BOLD).fontSize(7.5).heightOfString(pick, { width: ITEM_WIDTH });
  return { line, title, detail, pick, height: Math.max(height, BOX + 4) + ROW_GAP * 2 };
}

function measureMessage(doc: Pdf, message: string): number {
  return 22 + doc.font(FONT).fontSize(8).heightOfString(message, { width: CONTENT_WIDTH - 12 });
}

/** Splits rows over pages; the totals and buyer message must fit on the last page with its rows. */
function paginate(rows: Row[], messageHeight: number): Row[][] {
  const pages: Row[][] = [[]];
  let room = BODY_BOTTOM - (M + FIRST_HEADER_HEIGHT) - TABLE_HEAD_HEIGHT;
  for (const row of rows) {
    if (row.height > room && pages.at(-1)!.length > 0) {
      pages.push([]);
      room = BODY_BOTTOM - (M + CONTINUATION_HEADER_HEIGHT) - TABLE_HEAD_HEIGHT;
    }
    pages.at(-1)!.push(row);
    room -= row.height;
  }
  if (room < TOTAL_HEIGHT + messageHeight && pages.at(-1)!.length > 1) {
    // Carry the last row over so the totals and the buyer's note are read together with a line.
    const moved = pages.at(-1)!.pop()!;
    pages.push([moved]);
  }
  return pages;
}

function drawFirstHeader(doc: Pdf, slip: PackingSlipInput): number {
  fitText(doc, slip.shopName, M, M, CONTENT_WIDTH - 80, FONT_BOLD, 14);
  doc.fillColor(GRAY);
  doc.font(FONT_BOLD).fontSize(7).text('PACKING SLIP', W - M - 80, M + 4, { width: 80, align: 'right', lineBreak: false });
  doc.fillColor('#000');
  doc.lineWidth(2).moveTo(M, M + 22).lineTo(W - M, M + 22).stroke();

  const top = M + 30;
  const split = M + 138;
  caption(doc, 'SHIP TO', M, top);
  fitText(doc, slip.buyer.name, M, top + 10, split - M - 8, FONT_BOLD, 9);
  addressLines(slip.buyer)
    .slice(0, 5)
    .forEach((line, i) => fitText(doc, line, M, top + 22 + i * 9.5, split - M - 8, FONT, 8));

  const refs: [string, string][] = [
    [slip.orderIds.length > 1 ? 'ORDERS' : 'ORDER', summarizeList(slip.orderIds, 3)],
    ['PACKAGE', slip.packageId],
  ];
  if (slip.tiktokPackageId) refs.push(['TIKTOK PACKAGE', slip.tiktokPackageId]);
  let y = top;
  for (const [name, value] of refs) {
    caption(doc, name, split, y);
    doc.font(FONT_BOLD).fontSize(7.5);
    const height = Math.min(doc.heightOfString(value, { width: W - M - split }), 27);
    doc.text(value, split, y + 9, { width: W - M - split, height, ellipsis: true });
    y += 13 + height;
  }
  return M + FIRST_HEADER_HEIGHT;
}

function drawContinuationHeader(doc: Pdf, slip: PackingSlipInput): number {
  fitText(doc, `${slip.shopName} (continued)`, M, M, CONTENT_WIDTH, FONT_BOLD, 11);
  fitText(doc, `Package ${slip.packageId}`, M, M + 15, CONTENT_WIDTH, FONT, 8);
  return M + CONTINUATION_HEADER_HEIGHT;
}

function drawTableHead(doc: Pdf, y: number): number {
  doc.rect(M, y, CONTENT_WIDTH, TABLE_HEAD_HEIGHT - 2).fill('#000');
  doc.fillColor('#fff').font(FONT_BOLD).fontSize(7);
  doc.text('QTY', QTY_X, y + 4, { width: QTY_WIDTH, align: 'center', lineBreak: false });
  doc.text('ITEM', ITEM_X, y + 4, { lineBreak: false });
  doc.text('PRICE', W - M - PRICE_WIDTH - 3, y + 4, { width: PRICE_WIDTH, align: 'right', lineBreak: false });
  doc.fillColor('#000');
  return y + TABLE_HEAD_HEIGHT;
}

function drawRow(doc: Pdf, row: Row, y: number): number {
  const top = y + ROW_GAP;
  doc.lineWidth(1).rect(M + 1, top, BOX, BOX).stroke();
  doc.font(FONT_BOLD).fontSize(11).text(String(row.line.quantity), QTY_X, top - 0.5, {
    width: QTY_WIDTH,
    align: 'center',
    lineBreak: false,
  });
  doc.font(FONT_BOLD).fontSize(8.5);
  const skuWidth = Math.min(doc.widthOfString(row.title), ITEM_WIDTH - (row.line.gift ? 30 : 0));
  fitText(doc, row.title, ITEM_X, top, skuWidth + 1, FONT_BOLD, 8.5);
  if (row.line.gift) {
    const x = ITEM_X + skuWidth + 5;
    doc.roundedRect(x, top - 1, 25, 10, 2).fill('#000');
    doc.fillColor('#fff').font(FONT_BOLD).fontSize(6.5).text('GIFT', x, top + 1.2, { width: 25, align: 'center', lineBreak: false });
    doc.fillColor('#000');
  }
  const price = row.line.gift ? 'gift' : (row.line.unitPrice ?? '');
  if (price) {
    doc.fillColor(row.line.gift ? GRAY : '#000');
    doc.font(FONT).fontSize(7.5).text(price, W - M - PRICE_WIDTH - 3, top + 1, { width: PRICE_WIDTH, align: 'right', lineBreak: false });
    doc.fillColor('#000');
  }
  doc.font(FONT).fontSize(7.5).text(row.detail, ITEM_X, top + 11, { width: ITEM_WIDTH });
  if (row.pick) doc.font(FONT_BOLD).fontSize(7.5).text(row.pick, ITEM_X, doc.y + 1, { width: ITEM_WIDTH });
  const bottom = y + row.height;
  doc.lineWidth(0.5).strokeColor('#999').moveTo(M, bottom).lineTo(W - M, bottom).stroke().strokeColor('#000');
  return bottom;
}

function drawMessage(doc: Pdf, message: string, y: number): void {
  const height = measureMessage(doc, message);
  doc.lineWidth(1).rect(M, y, CONTENT_WIDTH, height - 4).stroke();
  caption(doc, 'NOTE FROM BUYER', M + 6, y + 5);
  doc.font(FONT).fontSize(8).text(message, M + 6, y + 14, { width: CONTENT_WIDTH - 12 });
}

function drawFooter(doc: Pdf, slip: PackingSlipInput, page: number, pages: number): void {
  const y = H - M - 8;
  doc.fillColor(GRAY);
  fitText(doc, slip.packageId, M, y, CONTENT_WIDTH - 60, FONT, 6.5);
  doc.font(FONT).fontSize(6.5).text(`page ${page} of ${pages}`, W - M - 60, y, { width: 60, align: 'right', lineBreak: false });
  doc.fillColor('#000');
}

function caption(doc: Pdf, text: string, x: number, y: number): void {
  doc.fillColor(GRAY);
  fitText(doc, text, x, y, 120, FONT_BOLD, 6.5);
  doc.fillColor('#000');
}
