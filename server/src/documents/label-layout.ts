/**
 * Geometry of the 4x6 label in points, shared by the PDF and the ZPL renderers so both print the
 * same label. Section boundaries are fixed so every label in a batch looks the same on the pile.
 */
export const LABEL_WIDTH = 288;
export const LABEL_HEIGHT = 432;
export const FRAME = 6;
export const PAD = 8;
export const INNER_LEFT = FRAME + PAD;
export const INNER_WIDTH = LABEL_WIDTH - 2 * (FRAME + PAD);
/** x of the rule between ship-from and the carrier name. */
export const HEADER_SPLIT = 176;
export const HEADER_BOTTOM = 76;
export const SHIP_TO_BOTTOM = 196;
export const SERVICE_BOTTOM = 220;
export const BARCODE_TOP = SERVICE_BOTTOM + 20;
export const BARCODE_HEIGHT = 70;
export const BARCODE_BOTTOM = 334;
/** At most this many street lines fit between the recipient's name and the locality line. */
export const MAX_STREET_LINES = 3;
