import type { PickListInput } from './document.types.js';
import { createPdf, finishPdf, fitText, FONT, FONT_BOLD, PAPER_SIZES } from './pdf.js';
import { componentUnits } from './slip-lines.js';

export interface PickItem {
  sku: string;
  productName: string;
  total: number;
  /** Packages needing this SKU, with how many units each, in batch order. */
  packages: { packageId: string; quantity: number }[];
}

export interface PickWarehouse {
  id: string;
  name: string;
  items: PickItem[];
}

/**
 * What to take off the shelves: per warehouse, per physical SKU. Virtual bundles are never on a
 * shelf, so a bundle line counts as its components (per-bundle quantity x bundles ordered).
 */
export function buildPickList(batch: Pick<PickListInput, 'packages'>): PickWarehouse[] {
  const warehouses = new Map<string, { id: string; name: string; items: Map<string, PickItem> }>();
  const add = (warehouse: { id: string; name: string }, packageId: string, sku: string, name: string, quantity: number) => {
    let entry = warehouses.get(warehouse.id);
    if (!entry) warehouses.set(warehouse.id, (entry = { ...warehouse, items: new Map() }));
    let item = entry.items.get(sku);
    if (!item) entry.items.set(sku, (item = { sku, productName: name, total: 0, packages: [] }));
    item.total += quantity;
    const last = item.packages.at(-1);
    if (last?.packageId === packageId) last.quantity += quantity;
    else item.packages.push({ packageId, quantity });
  };
  for (const pkg of batch.packages) {
    for (const line of pkg.lines) {
      if (line.components?.length) {
        for (const c of line.components) {
          add(pkg.warehouse, pkg.packageId, c.sku, c.productName ?? '', componentUnits(c, line.quantity));
        }
      } else {
        add(pkg.warehouse, pkg.packageId, line.sku, line.productName, line.quantity);
      }
    }
  }
  return [...warehouses.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ id, name, items }) => ({ id, name, items: [...items.values()].sort((a, b) => a.sku.localeCompare(b.sku)) }));
}

const M = 40;
const GRAY = '#555';

export function renderPickList(batch: PickListInput): Buffer {
  const [W, H] = PAPER_SIZES[batch.paper ?? 'letter'];
  const doc = createPdf(`Pick list ${batch.batchName}`);
  const columns = { box: M, sku: M + 22, product: M + 150, total: W - M - 230, packages: W - M - 185 };
  const packagesWidth = W - M - columns.packages;
  let page = 0;
  let y = 0;

  const newPage = (warehouse?: string) => {
    doc.addPage({ size: [W, H], margin: 0 });
    page += 1;
    fitText(doc, `Pick list · ${batch.batchName}`, M, M, W - 2 * M - 150, FONT_BOLD, 16);
    doc.fillColor(GRAY).font(FONT).fontSize(8);
    doc.text(`${batch.packages.length} packages · ${batch.generatedAt} · page ${page}`, W - M - 150, M + 5, {
      width: 150,
      align: 'right',
      lineBreak: false,
    });
    doc.fillColor('#000');
    y = M + 28;
    if (warehouse) y = warehouseHeading(`${warehouse} (continued)`);
  };
  const warehouseHeading = (title: string) => {
    doc.lineWidth(2).moveTo(M, y).lineTo(W - M, y).stroke();
    fitText(doc, title, M, y + 6, W - 2 * M, FONT_BOLD, 12);
    y += 24;
    doc.rect(M, y, W - 2 * M, 14).fill('#000');
    doc.fillColor('#fff').font(FONT_BOLD).fontSize(7.5);
    doc.text('SKU', columns.sku, y + 4, { lineBreak: false });
    doc.text('PRODUCT', columns.product, y + 4, { lineBreak: false });
    doc.text('QTY', columns.total, y + 4, { width: 36, align: 'right', lineBreak: false });
    doc.text('PACKAGES', columns.packages, y + 4, { lineBreak: false });
    doc.fillColor('#000');
    return (y += 18);
  };

  newPage();
  for (const warehouse of buildPickList(batch)) {
    if (y + 80 > H - M) newPage();
    warehouseHeading(warehouse.name);
    for (const item of warehouse.items) {
      const packages = item.packages.map((p) => (p.quantity > 1 ? `${p.packageId} ×${p.quantity}` : p.packageId)).join(', ');
      const height = Math.max(16, doc.font(FONT).fontSize(7.5).heightOfString(packages, { width: packagesWidth }) + 8);
      if (y + height > H - M) newPage(warehouse.name);
      doc.lineWidth(1).rect(columns.box + 2, y + 1, 10, 10).stroke();
      fitText(doc, item.sku, columns.sku, y + 2, columns.product - columns.sku - 6, FONT_BOLD, 9);
      fitText(doc, item.productName, columns.product, y + 2.5, columns.total - columns.product - 6, FONT, 8.5);
      doc.font(FONT_BOLD).fontSize(11).text(String(item.total), columns.total, y + 1, { width: 36, align: 'right', lineBreak: false });
      doc.font(FONT).fontSize(7.5).text(packages, columns.packages, y + 3, { width: packagesWidth });
      y += height;
      doc.lineWidth(0.5).strokeColor('#aaa').moveTo(M, y - 3).lineTo(W - M, y - 3).stroke().strokeColor('#000');
    }
    y += 12;
  }
  return finishPdf(doc);
}
