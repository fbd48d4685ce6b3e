/**
 * Which TikTok endpoints ship a package, by the shop's market (API.md §6.1 and its applicability summary):
 * - seller shipping (3PL): Mark Package As Shipped in the US, EMEA and JP; Ship Package with
 *   `self_shipment` in SEA and LATAM.
 * - TikTok Shipping (4PL): label purchase (Eligible Shipping Service → Create Packages) in the US;
 *   Ship Package with PICKUP or DROP_OFF (and a handover slot) everywhere else.
 */
const MARK_AS_SHIPPED_REGIONS = new Set(['US', 'GB', 'IE', 'ES', 'IT', 'DE', 'FR', 'JP']);

export function usesMarkAsShipped(region: string): boolean {
  return MARK_AS_SHIPPED_REGIONS.has(region);
}

export function usesLabelPurchase(region: string): boolean {
  return region === 'US';
}
