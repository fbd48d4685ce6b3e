import type { PostalAddress, Weight } from './document.types.js';

/** "City, REGION 12345": the line carriers sort by, printed bold on labels. */
export function localityLine(address: PostalAddress): string {
  const cityRegion = address.city ? `${address.city}, ${address.region}` : address.region;
  return `${cityRegion} ${address.postalCode}`.trim();
}

/** All printable lines of an address below the name, in order. */
export function addressLines(address: PostalAddress): string[] {
  const lines = [...address.lines, localityLine(address)];
  if (address.countryCode) lines.push(address.countryCode);
  return lines.filter((line) => line.trim() !== '');
}

export function formatWeight(weight: Weight): string {
  const value = Number.isInteger(weight.value) ? String(weight.value) : weight.value.toFixed(2).replace(/0$/, '');
  return `${value} ${weight.unit.toUpperCase()}`;
}

/**
 * Tracking numbers are restricted to letters, digits and '-': every carrier we know stays inside that
 * set, and it keeps the value free of characters that ZPL (^ ~ >) or Code128 subsets would treat as
 * commands, so the barcode can never encode something other than the printed number.
 */
export function assertTrackingNumber(trackingNumber: string): void {
  if (!/^[A-Za-z0-9-]{1,48}$/.test(trackingNumber)) {
    throw new Error(`tracking number must be 1-48 letters, digits or '-': ${JSON.stringify(trackingNumber)}`);
  }
}

/** "A, B +3 more" so a long list cannot push other label fields out of their box. */
export function summarizeList(values: string[], max: number): string {
  if (values.length <= max) return values.join(', ');
  return `${values.slice(0, max).join(', ')} +${values.length - max} more`;
}
