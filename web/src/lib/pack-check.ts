/**
 * Checking a parcel's contents against its plan, one scan at a time. A scan names a unit by TikTok SKU id
 * or seller SKU (case and surrounding spaces ignored); each planned unit can be matched once.
 */
export interface PlannedUnit {
  lineId: string;
  skuId: string;
  sellerSku: string | null;
  productName: string;
  skuName: string | null;
}

export type ScanOutcome =
  | { kind: 'match'; lineId: string }
  | { kind: 'extra'; code: string; productName: string }
  | { kind: 'wrong'; code: string };

const norm = (code: string) => code.trim().toLowerCase();

export function unitMatches(unit: PlannedUnit, code: string): boolean {
  const c = norm(code);
  return norm(unit.skuId) === c || (unit.sellerSku !== null && norm(unit.sellerSku) === c);
}

/** What a scanned code means given the units already verified: the next open unit it matches, or why none. */
export function checkScan(plan: readonly PlannedUnit[], verified: ReadonlySet<string>, code: string): ScanOutcome {
  const candidates = plan.filter((u) => unitMatches(u, code));
  const open = candidates.find((u) => !verified.has(u.lineId));
  if (open) return { kind: 'match', lineId: open.lineId };
  if (candidates[0]) return { kind: 'extra', code: code.trim(), productName: candidates[0].productName };
  return { kind: 'wrong', code: code.trim() };
}
