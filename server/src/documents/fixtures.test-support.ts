import type { PackingSlipInput, ShippingLabelInput } from './document.types.js';

/** Realistic sample documents shared by the tests and the benchmark. */

export function sampleLabel(overrides: Partial<ShippingLabelInput> = {}): ShippingLabelInput {
  return {
    shipFrom: {
      name: 'Glow Lab Warehouse - Reno',
      lines: ['1450 Greg St', 'Suite 104'],
      city: 'Sparks',
      region: 'NV',
      postalCode: '89431',
      countryCode: 'US',
    },
    shipTo: {
      name: 'Maria Gonzalez',
      lines: ['2207 W Augusta Blvd', 'Apt 3F'],
      city: 'Chicago',
      region: 'IL',
      postalCode: '60622-4518',
      countryCode: 'US',
    },
    carrier: 'USPS',
    service: 'Ground Advantage',
    trackingNumber: '9400111899223344556677',
    packageId: 'pkg_01J8Z3K5QW7M2N4P6R8T',
    tiktokPackageId: '1153493826371829364',
    orderIds: ['576462381029384756'],
    weight: { value: 1.25, unit: 'lb' },
    ...overrides,
  };
}

export function sampleSlip(overrides: Partial<PackingSlipInput> = {}): PackingSlipInput {
  return {
    shopName: 'Glow Lab Beauty',
    packageId: 'pkg_01J8Z3K5QW7M2N4P6R8T',
    tiktokPackageId: '1153493826371829364',
    orderIds: ['576462381029384756', '576462381029384999'],
    buyer: {
      name: 'Maria Gonzalez',
      lines: ['2207 W Augusta Blvd', 'Apt 3F'],
      city: 'Chicago',
      region: 'IL',
      postalCode: '60622-4518',
      countryCode: 'US',
    },
    buyerMessage: 'Please no plastic filler, thank you!',
    lines: [
      { sku: 'SERUM-30', productName: 'Vitamin C Serum', variant: '30 ml', quantity: 1, unitPrice: '$24.00' },
      {
        sku: 'GLOW-KIT',
        productName: 'Glow Starter Kit',
        variant: 'Rose',
        quantity: 1,
        unitPrice: '$39.00',
        components: [
          { sku: 'SERUM-30', productName: 'Vitamin C Serum', quantity: 1 },
          { sku: 'LIP-ROSE', productName: 'Lip Tint Rose', quantity: 1 },
        ],
      },
      { sku: 'SERUM-30', productName: 'Vitamin C Serum', variant: '30 ml', quantity: 1, unitPrice: '$24.00' },
      { sku: 'MASK-SHEET', productName: 'Hydrating Sheet Mask', variant: 'Single', quantity: 1, gift: true },
    ],
    ...overrides,
  };
}
