/**
 * Input types for the document renderers. They are plain data on purpose: renderers never touch the
 * database, so callers (resolvers, jobs, benchmarks, tests) map whatever they hold into these shapes.
 */

export interface PostalAddress {
  /** Person or business the parcel is addressed to (or, for ship-from, the warehouse). */
  name: string;
  phone?: string;
  /** Street lines in print order, without city/region/postal code. */
  lines: string[];
  city?: string;
  /** State, province or prefecture. */
  region: string;
  postalCode: string;
  /** ISO 3166-1 alpha-2, e.g. "US". */
  countryCode?: string;
}

export interface Weight {
  value: number;
  unit: 'g' | 'kg' | 'oz' | 'lb';
}

/** A label we draw ourselves: packages the seller ships with their own carrier account (3PL). */
export interface ShippingLabelInput {
  shipFrom: PostalAddress;
  shipTo: PostalAddress;
  /** Carrier display name, e.g. "USPS". */
  carrier: string;
  /** Service level, e.g. "Ground Advantage". */
  service: string;
  /** Encoded as Code128; letters, digits and '-' only (see assertTrackingNumber). */
  trackingNumber: string;
  /** Consign's package id. */
  packageId: string;
  tiktokPackageId: string;
  /** TikTok order ids in the package (one package can combine several orders). */
  orderIds: string[];
  weight?: Weight;
}

export interface BundleComponent {
  sku: string;
  productName?: string;
  /** Units of this component in ONE bundle. */
  quantity: number;
}

export interface DocumentLine {
  sku: string;
  productName: string;
  variant?: string;
  quantity: number;
  /** Gift lines carry no price and are marked on the slip. */
  gift?: boolean;
  /** Display price already formatted by the caller (currency and locale are theirs), e.g. "$12.99". */
  unitPrice?: string;
  /** Set when the SKU is a virtual bundle: the packer picks these instead of the bundle SKU. */
  components?: BundleComponent[];
}

export interface PackingSlipInput {
  shopName: string;
  packageId: string;
  tiktokPackageId?: string;
  orderIds: string[];
  buyer: PostalAddress;
  buyerMessage?: string;
  lines: DocumentLine[];
}

export interface PickListPackage {
  packageId: string;
  warehouse: { id: string; name: string };
  lines: DocumentLine[];
}

export interface PickListInput {
  /** Shown in the header so a printed list can be matched to the batch on screen. */
  batchName: string;
  /** Shown in the header; an ISO string or any text the caller prefers. */
  generatedAt: string;
  packages: PickListPackage[];
  paper?: PaperSize;
}

export type PaperSize = 'letter' | 'a4';

/**
 * The label half of a batch item. TikTok-shipped packages (4PL) come with TikTok's own label PDF,
 * which this module cannot import as pages (see batch.ts), so they render a notice page instead.
 */
export type BatchLabel =
  | { kind: 'seller'; label: ShippingLabelInput }
  | { kind: 'tiktok'; packageId: string; tiktokPackageId: string; orderIds: string[]; labelPdf?: Uint8Array }
  /** A seller-shipped package without tracking yet: only its packing slip is printed. */
  | { kind: 'none' };

export interface BatchItem {
  label: BatchLabel;
  slip: PackingSlipInput;
}
