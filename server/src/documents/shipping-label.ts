import { drawCode128, encodeCode128 } from './barcode.js';
import type { PostalAddress, ShippingLabelInput } from './document.types.js';
import { addressLines, assertTrackingNumber, formatWeight, localityLine, summarizeList } from './format.js';
import {
  BARCODE_BOTTOM,
  BARCODE_HEIGHT,
  BARCODE_TOP,
  FRAME,
  HEADER_BOTTOM,
  HEADER_SPLIT,
  INNER_LEFT,
  INNER_WIDTH,
  LABEL_HEIGHT as H,
  LABEL_WIDTH as W,
  MAX_STREET_LINES,
  PAD,
  SERVICE_BOTTOM,
  SHIP_TO_BOTTOM,
} from './label-layout.js';
import { createPdf, finishPdf, fitText, FONT, FONT_BOLD, type Pdf } from './pdf.js';

const CAPTION_GRAY = '#444';

export function renderShippingLabel(label: ShippingLabelInput): Buffer {
  const doc = createPdf(`Shipping label ${label.trackingNumber}`);
  drawShippingLabel(doc, label);
  return finishPdf(doc);
}

/** Adds one 4x6 page with the label; used alone and by the batch renderer. */
export function drawShippingLabel(doc: Pdf, label: ShippingLabelInput): void {
  assertTrackingNumber(label.trackingNumber);
  doc.addPage({ size: [W, H], margin: 0 });
  doc.lineWidth(1.5).strokeColor('#000').rect(FRAME, FRAME, W - 2 * FRAME, H - 2 * FRAME).stroke();
  drawHeader(doc, label);
  rule(doc, HEADER_BOTTOM, 1.5);
  drawShipTo(doc, label.shipTo);
  drawServiceBand(doc, label);
  drawTracking(doc, label.trackingNumber);
  rule(doc, BARCODE_BOTTOM, 3);
  drawReferences(doc, label);
}

function rule(doc: Pdf, y: number, width: number): void {
  doc.lineWidth(width).moveTo(FRAME, y).lineTo(W - FRAME, y).stroke();
}

function caption(doc: Pdf, text: string, x: number, y: number, width: number): void {
  doc.fillColor(CAPTION_GRAY);
  fitText(doc, text, x, y, width, FONT_BOLD, 6.5);
  doc.fillColor('#000');
}

function drawHeader(doc: Pdf, label: ShippingLabelInput): void {
  const split = HEADER_SPLIT;
  caption(doc, 'FROM', INNER_LEFT, FRAME + 7, 60);
  const from = label.shipFrom;
  fitText(doc, from.name, INNER_LEFT, FRAME + 16, split - INNER_LEFT - 6, FONT_BOLD, 8);
  addressLines(from).slice(0, 4).forEach((line, i) => {
    fitText(doc, line, INNER_LEFT, FRAME + 26 + i * 9, split - INNER_LEFT - 6, FONT, 7.5);
  });
  doc.lineWidth(1.5).moveTo(split, FRAME).lineTo(split, HEADER_BOTTOM).stroke();
  const cellWidth = W - FRAME - split;
  doc.font(FONT_BOLD).fontSize(20);
  const carrier = label.carrier.toUpperCase();
  const carrierSize = Math.min(20, (20 * (cellWidth - 12)) / doc.widthOfString(carrier));
  doc.fontSize(carrierSize).text(carrier, split, FRAME + 22 + (20 - carrierSize) / 2, {
    width: cellWidth,
    align: 'center',
    lineBreak: false,
  });
}

function drawShipTo(doc: Pdf, to: PostalAddress): void {
  const top = HEADER_BOTTOM + 7;
  caption(doc, 'SHIP TO', INNER_LEFT, top, 60);
  fitText(doc, to.name.toUpperCase(), INNER_LEFT + 8, top + 12, INNER_WIDTH - 8, FONT_BOLD, 14);
  // Street lines get what room is left after the name and the locality line, which must never be cut.
  let y = top + 31;
  for (const line of to.lines.slice(0, MAX_STREET_LINES)) {
    fitText(doc, line.toUpperCase(), INNER_LEFT + 8, y, INNER_WIDTH - 8, FONT, 11.5);
    y += 14;
  }
  fitText(doc, localityLine(to).toUpperCase(), INNER_LEFT + 8, y + 2, INNER_WIDTH - 8, FONT_BOLD, 14);
  if (to.countryCode) fitText(doc, to.countryCode.toUpperCase(), INNER_LEFT + 8, y + 20, 60, FONT_BOLD, 11);
}

function drawServiceBand(doc: Pdf, label: ShippingLabelInput): void {
  doc.rect(FRAME, SHIP_TO_BOTTOM, W - 2 * FRAME, SERVICE_BOTTOM - SHIP_TO_BOTTOM).fill('#000');
  doc.fillColor('#fff');
  const weight = label.weight ? formatWeight(label.weight) : '';
  const weightWidth = weight ? 70 : 0;
  fitText(doc, label.service.toUpperCase(), INNER_LEFT, SHIP_TO_BOTTOM + 6, INNER_WIDTH - weightWidth, FONT_BOLD, 13);
  if (weight) {
    doc.font(FONT_BOLD).fontSize(11).text(weight, W - FRAME - PAD - weightWidth, SHIP_TO_BOTTOM + 7.5, {
      width: weightWidth,
      align: 'right',
      lineBreak: false,
    });
  }
  doc.fillColor('#000');
}

function drawTracking(doc: Pdf, trackingNumber: string): void {
  caption(doc, 'TRACKING #', INNER_LEFT, SERVICE_BOTTOM + 7, 80);
  const barTop = BARCODE_TOP;
  const barHeight = BARCODE_HEIGHT;
  drawCode128(doc, encodeCode128(trackingNumber), FRAME, barTop, W - 2 * FRAME, barHeight);
  doc.font(FONT_BOLD).fontSize(12).text(trackingNumber, FRAME, barTop + barHeight + 6, {
    width: W - 2 * FRAME,
    align: 'center',
    characterSpacing: 1,
    lineBreak: false,
  });
}

function drawReferences(doc: Pdf, label: ShippingLabelInput): void {
  const rows: [string, string][] = [
    [label.orderIds.length > 1 ? 'TIKTOK ORDERS' : 'TIKTOK ORDER', summarizeList(label.orderIds, 2)],
    ['TIKTOK PACKAGE', label.tiktokPackageId],
    ['PACKAGE', label.packageId],
  ];
  const rowHeight = (H - FRAME - BARCODE_BOTTOM) / rows.length;
  rows.forEach(([name, value], i) => {
    const y = BARCODE_BOTTOM + i * rowHeight;
    if (i > 0) doc.lineWidth(0.5).moveTo(FRAME, y).lineTo(W - FRAME, y).stroke();
    caption(doc, name, INNER_LEFT, y + 6, INNER_WIDTH);
    fitText(doc, value, INNER_LEFT, y + 15, INNER_WIDTH, FONT_BOLD, 10);
  });
}
