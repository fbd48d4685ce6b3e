import bwipjs from 'bwip-js';
import type { Pdf } from './pdf.js';

/** Code128 needs ten modules of blank space on each side or scanners miss the start/stop pattern. */
export const QUIET_ZONE_MODULES = 10;

export interface Code128 {
  /** Width of the symbol in modules (narrowest bar = 1). */
  modules: number;
  /** Bars as stroked vertical lines, grouped by stroke width, in module units with height 1. */
  strokes: { width: number; d: string }[];
  height: number;
}

const PATH = /<path stroke="#000000" stroke-width="([\d.]+)" d="([^"]+)"/g;

/**
 * Encodes with bwip-js at scale 1, so the SVG's viewBox width is the symbol width in modules. The
 * bars come out as stroked centre lines (not filled shapes), which is how they must be drawn too.
 */
export function encodeCode128(text: string): Code128 {
  const svg = bwipjs.toSVG({ bcid: 'code128', text, scale: 1, height: 10, includetext: false });
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!viewBox) throw new Error('bwip-js returned an SVG without a viewBox');
  const strokes = [...svg.matchAll(PATH)].map((m) => ({ width: Number(m[1]), d: m[2] }));
  return { modules: Number(viewBox[1]), height: Number(viewBox[2]), strokes };
}

/**
 * The widest whole-dot module that fits, between minDots and maxDots. On a 203 dpi printer a module
 * that is not a whole number of dots gets rounded bar by bar, and uneven bars are what fail to scan.
 */
export function moduleDots(modules: number, availableDots: number, minDots = 2, maxDots = 4): number {
  for (let dots = maxDots; dots > minDots; dots--) {
    if ((modules + 2 * QUIET_ZONE_MODULES) * dots <= availableDots) return dots;
  }
  return minDots;
}

export const PRINTER_DPI = 203;
const POINTS_PER_DOT = 72 / PRINTER_DPI;

/**
 * Draws the barcode centred in [x, x + width], as vector strokes under a translate + scale. Returns
 * the module width used, in points.
 */
export function drawCode128(doc: Pdf, code: Code128, x: number, y: number, width: number, height: number): number {
  const dots = moduleDots(code.modules, Math.floor(width / POINTS_PER_DOT));
  const modulePt = dots * POINTS_PER_DOT;
  // Snap to the dot grid so every bar edge lands on a dot boundary at the printer's resolution.
  const left = Math.round((x + (width - code.modules * modulePt) / 2) / POINTS_PER_DOT) * POINTS_PER_DOT;
  doc.save();
  doc.translate(left, y).scale(modulePt, height / code.height);
  for (const stroke of code.strokes) doc.path(stroke.d).lineWidth(stroke.width).strokeColor('#000').stroke();
  doc.restore();
  return modulePt;
}
