import type { BundleComponent, DocumentLine } from './document.types.js';

/**
 * Order lines for the same SKU (from one order or several combined into the package) become one
 * slip row, so the packer counts each product once. Gifts stay separate rows: they are marked and
 * carry no price, and merging them into a paid row would hide that.
 */
export function groupLinesBySku(lines: DocumentLine[]): DocumentLine[] {
  const groups = new Map<string, DocumentLine>();
  for (const line of lines) {
    const key = `${line.gift ? 'gift' : 'sold'}\u0000${line.sku}`;
    const group = groups.get(key);
    if (group) group.quantity += line.quantity;
    else groups.set(key, { ...line, unitPrice: line.gift ? undefined : line.unitPrice });
  }
  return [...groups.values()].sort((a, b) => Number(a.gift ?? false) - Number(b.gift ?? false) || a.sku.localeCompare(b.sku));
}

/** Units of one component to pick for a bundle row: per-bundle quantity times bundles ordered. */
export function componentUnits(component: BundleComponent, bundleQuantity: number): number {
  return component.quantity * bundleQuantity;
}

/** "pick: 1 × SERUM-30, 1 × LIP-ROSE" */
export function pickInstruction(line: DocumentLine): string | undefined {
  if (!line.components?.length) return undefined;
  return `pick: ${line.components.map((c) => `${componentUnits(c, line.quantity)} × ${c.sku}`).join(', ')}`;
}
