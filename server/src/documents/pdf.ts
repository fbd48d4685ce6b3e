import PDFDocument from 'pdfkit';

export const PAPER_SIZES = { letter: [612, 792], a4: [595.28, 841.89] } as const satisfies Record<string, [number, number]>;

export const FONT = 'Helvetica';
export const FONT_BOLD = 'Helvetica-Bold';

export type Pdf = PDFKit.PDFDocument;

/**
 * A document whose pages we place ourselves: each renderer adds its pages with an explicit size (a
 * batch mixes sizes) and zero margins, because every renderer positions its text explicitly and
 * pdfkit's automatic page breaks would otherwise split a label across pages.
 */
export function createPdf(title: string): Pdf {
  return new PDFDocument({
    margin: 0,
    autoFirstPage: false,
    info: { Title: title, Creator: 'Consign' },
  });
}

/**
 * Ends the document and drains it synchronously. pdfkit compresses with deflateSync and pushes every
 * chunk into its readable buffer during end(), so when nobody has consumed the stream yet one read()
 * returns the whole file; no event-loop round trip is needed for a single document.
 */
export function finishPdf(doc: Pdf): Buffer {
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Text confined to one line of the given width; pdfkit's ellipsis shows that something was cut. */
export function fitText(doc: Pdf, text: string, x: number, y: number, width: number, font: string, size: number): void {
  doc.font(font).fontSize(size).text(text, x, y, { width, height: size * 1.2, ellipsis: true, lineBreak: false });
}
