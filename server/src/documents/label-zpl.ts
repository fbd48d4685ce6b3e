import { encodeCode128, moduleDots, PRINTER_DPI, QUIET_ZONE_MODULES } from './barcode.js';
import type { ShippingLabelInput } from './document.types.js';
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
  LABEL_HEIGHT,
  LABEL_WIDTH,
  MAX_STREET_LINES,
  SERVICE_BOTTOM,
  SHIP_TO_BOTTOM,
} from './label-layout.js';

/** Points to 203 dpi printer dots: the ZPL label is the PDF layout at the printer's resolution. */
const dots = (pt: number): number => Math.round((pt * PRINTER_DPI) / 72);

/**
 * Font 0's glyphs average a little over half their height in width; text is cut to this estimate
 * because a ZPL field that overflows its ^FB block overprints its own last line instead of clipping.
 */
const CHAR_WIDTH_PER_HEIGHT = 0.58;

/**
 * With ^FH every '_' starts a hex escape, so '^', '~' and '_' itself are written as hex and can never
 * end the field or start a command. Line breaks would do the same, so they become spaces.
 */
function fieldData(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[_^~]/g, (c) => `_${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function fit(text: string, widthDots: number, heightDots: number): string {
  const max = Math.floor(widthDots / (heightDots * CHAR_WIDTH_PER_HEIGHT));
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 3))}...`;
}

interface TextOptions {
  x: number;
  y: number;
  width: number;
  size: number;
  align?: 'L' | 'C' | 'R';
  /** White on black, for text over a filled box. */
  reverse?: boolean;
}

/** One line of text; coordinates and sizes in points, like the PDF renderer. */
function text(value: string, o: TextOptions): string {
  const h = dots(o.size);
  const width = dots(o.width);
  const block = `^FB${width},1,0,${o.align ?? 'L'}`;
  return `^FO${dots(o.x)},${dots(o.y)}${block}^A0N,${h},${h}${o.reverse ? '^FR' : ''}^FH^FD${fieldData(fit(value, width, h))}^FS`;
}

/** A filled box (line thickness = smaller side) or an outline. */
function box(x: number, y: number, w: number, h: number, thickness: number): string {
  return `^FO${dots(x)},${dots(y)}^GB${dots(w)},${dots(h)},${Math.max(1, dots(thickness))}^FS`;
}

function hRule(y: number, thickness: number): string {
  return box(FRAME, y - thickness / 2, LABEL_WIDTH - 2 * FRAME, thickness, thickness);
}

/**
 * The label as ZPL II for 203 dpi thermal printers on 4x6 stock (812 x 1218 dots), laid out like
 * the PDF. The tracking number is a ^BC Code128 field in automatic subset mode, so digit runs are
 * packed as subset C just as bwip-js does for the PDF.
 */
export function renderLabelZpl(label: ShippingLabelInput): Buffer {
  assertTrackingNumber(label.trackingNumber);
  const out: string[] = ['^XA', '^CI28', `^PW${dots(LABEL_WIDTH)}`, `^LL${dots(LABEL_HEIGHT)}`, '^LH0,0'];
  out.push(box(FRAME, FRAME, LABEL_WIDTH - 2 * FRAME, LABEL_HEIGHT - 2 * FRAME, 1.5));

  const fromWidth = HEADER_SPLIT - INNER_LEFT - 6;
  out.push(text('FROM', { x: INNER_LEFT, y: FRAME + 7, width: 60, size: 7 }));
  out.push(text(label.shipFrom.name, { x: INNER_LEFT, y: FRAME + 16, width: fromWidth, size: 9 }));
  addressLines(label.shipFrom)
    .slice(0, 4)
    .forEach((line, i) => out.push(text(line, { x: INNER_LEFT, y: FRAME + 27 + i * 9, width: fromWidth, size: 8 })));
  out.push(box(HEADER_SPLIT - 0.75, FRAME, 1.5, HEADER_BOTTOM - FRAME, 1.5));
  const cellWidth = LABEL_WIDTH - FRAME - HEADER_SPLIT;
  out.push(text(label.carrier.toUpperCase(), { x: HEADER_SPLIT, y: FRAME + 22, width: cellWidth, size: 22, align: 'C' }));
  out.push(hRule(HEADER_BOTTOM, 1.5));

  const to = label.shipTo;
  const top = HEADER_BOTTOM + 7;
  const toX = INNER_LEFT + 8;
  const toWidth = INNER_WIDTH - 8;
  out.push(text('SHIP TO', { x: INNER_LEFT, y: top, width: 60, size: 7 }));
  out.push(text(to.name.toUpperCase(), { x: toX, y: top + 12, width: toWidth, size: 15 }));
  let y = top + 31;
  for (const line of to.lines.slice(0, MAX_STREET_LINES)) {
    out.push(text(line.toUpperCase(), { x: toX, y, width: toWidth, size: 12 }));
    y += 14;
  }
  out.push(text(localityLine(to).toUpperCase(), { x: toX, y: y + 2, width: toWidth, size: 15 }));
  if (to.countryCode) out.push(text(to.countryCode.toUpperCase(), { x: toX, y: y + 20, width: 60, size: 12 }));

  const bandHeight = SERVICE_BOTTOM - SHIP_TO_BOTTOM;
  out.push(box(FRAME, SHIP_TO_BOTTOM, LABEL_WIDTH - 2 * FRAME, bandHeight, bandHeight));
  const weight = label.weight ? formatWeight(label.weight) : '';
  const weightWidth = weight ? 70 : 0;
  out.push(text(label.service.toUpperCase(), { x: INNER_LEFT, y: SHIP_TO_BOTTOM + 6, width: INNER_WIDTH - weightWidth, size: 14, reverse: true }));
  if (weight) {
    out.push(text(weight, { x: LABEL_WIDTH - INNER_LEFT - weightWidth, y: SHIP_TO_BOTTOM + 7, width: weightWidth, size: 12, align: 'R', reverse: true }));
  }

  out.push(text('TRACKING #', { x: INNER_LEFT, y: SERVICE_BOTTOM + 7, width: 80, size: 7 }));
  const code = encodeCode128(label.trackingNumber);
  const available = dots(LABEL_WIDTH - 2 * FRAME);
  const module = moduleDots(code.modules, available);
  const barX = dots(FRAME) + Math.max(QUIET_ZONE_MODULES * module, Math.round((available - code.modules * module) / 2));
  const barHeight = dots(BARCODE_HEIGHT);
  out.push(`^FO${barX},${dots(BARCODE_TOP)}^BY${module},3,${barHeight}^BCN,${barHeight},N,N,N,A^FD${label.trackingNumber}^FS`);
  out.push(text(label.trackingNumber, { x: FRAME, y: BARCODE_TOP + BARCODE_HEIGHT + 6, width: LABEL_WIDTH - 2 * FRAME, size: 13, align: 'C' }));
  out.push(hRule(BARCODE_BOTTOM, 3));

  const rows: [string, string][] = [
    [label.orderIds.length > 1 ? 'TIKTOK ORDERS' : 'TIKTOK ORDER', summarizeList(label.orderIds, 2)],
    ['TIKTOK PACKAGE', label.tiktokPackageId],
    ['PACKAGE', label.packageId],
  ];
  const rowHeight = (LABEL_HEIGHT - FRAME - BARCODE_BOTTOM) / rows.length;
  rows.forEach(([name, value], i) => {
    const rowTop = BARCODE_BOTTOM + i * rowHeight;
    if (i > 0) out.push(hRule(rowTop, 0.5));
    out.push(text(name, { x: INNER_LEFT, y: rowTop + 6, width: INNER_WIDTH, size: 7 }));
    out.push(text(value, { x: INNER_LEFT, y: rowTop + 15, width: INNER_WIDTH, size: 11 }));
  });

  out.push('^XZ');
  return Buffer.from(out.join('\n'), 'utf8');
}
