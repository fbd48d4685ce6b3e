/**
 * Shipping in a real browser against a hub with workers, PostgreSQL and the TikTok emulator: an admin adds
 * a carrier and maps it to TikTok's provider for a shop's seller-shipping option; a packer marks a package
 * shipped and watches it reach TikTok; a batch of two packages prints as one PDF.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newOrder, settled, startShippingWorld, type ShippingWorld } from '../../server/test/shipping-world.js';
import { buildConsole, HAS_CHROMIUM, launchChromium, SCREENS, screenshot, signedInContext, warnIfNoChromium } from './browser.js';

warnIfNoChromium('the shipping browser test');

// Worker → TikTok → order refresh → SYNCED, on a busy machine: seconds, not expect.poll's default 1 s.
const LIVE = { timeout: 30_000 };
const USPS_PATTERN = '9[2-5]\\d{20}';

let w: ShippingWorld;
let browser: Browser;
let sellerOption: { id: string; name: string; shippingProviders: { id: string; name: string }[] };
/** The orders of the packages shipped in the packer's test, printed in the batch test. */
const shippedOrders: string[] = [];

function uspsNumber(n: number): string {
  return `9400${String(Date.now()).slice(-8)}${String(n).padStart(10, '0')}`;
}

/** Every sync status the page renders, in order, recorded by the page itself so a short PENDING is not missed. */
async function recordSyncStatuses(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __syncSeen: string[] }).__syncSeen = seen;
    const note = () => {
      const status = document.querySelector('[data-testid="package-shipping"] [data-testid="sync-status"]')?.getAttribute('data-status');
      if (status && seen.at(-1) !== status) seen.push(status);
    };
    note();
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
  });
  return () => page.evaluate(() => (window as unknown as { __syncSeen: string[] }).__syncSeen);
}

describe.skipIf(!HAS_CHROMIUM)('shipping in a browser', () => {
  beforeAll(async () => {
    await buildConsole();
    w = await startShippingWorld(57);
    const options = await w.hub.gql(`query($s: ID!) { deliveryOptions(shopId: $s) { id name type shippingProviders { id name } } }`, { s: w.shops.us.gid }, w.admin);
    sellerOption = options.data.deliveryOptions.find((o: { type: string }) => o.type === 'SEND_BY_SELLER');
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  test('an administrator adds a carrier and maps it to TikTok’s provider for the shop’s seller-shipping option', async () => {
    const context = await signedInContext(browser, w.admin);
    const page = await context.newPage();
    await page.goto(`${w.hub.url}/#/admin/carriers?shop=${encodeURIComponent(w.shops.us.gid)}`);
    await page.getByRole('heading', { name: 'Add a carrier' }).waitFor();

    // The hub refuses a malformed template; its reason is shown next to the field.
    await page.getByLabel('Name').fill('USPS');
    await page.getByLabel('Code').fill('usps');
    await page.getByLabel('Tracking page').fill('tools.usps.com/track');
    await page.getByLabel('Tracking number pattern').fill(USPS_PATTERN);
    await page.getByRole('button', { name: 'Add carrier' }).click();
    await page.locator('.field-error').first().waitFor();
    expect(await page.getByRole('row', { name: /USPS/ }).count()).toBe(0);

    await page.getByLabel('Tracking page').fill('https://tools.usps.com/go/TrackConfirmAction?tLabels={tracking}');
    await page.getByRole('button', { name: 'Add carrier' }).click();
    await page.getByTestId('carrier-row').filter({ hasText: 'USPS' }).waitFor();

    const option = page.getByRole('article', { name: sellerOption.name });
    await option.getByTestId('unmapped').waitFor();
    await screenshot(page, 'carriers-unmapped', true);
    await option.getByLabel(`TikTok provider for USPS on ${sellerOption.name}`).selectOption({ label: 'USPS (same name)' });
    await option.getByRole('button', { name: `Save mapping of USPS on ${sellerOption.name}` }).click();
    await option.getByText('Saved', { exact: true }).waitFor();
    await expect.poll(() => option.getByTestId('unmapped').count()).toBe(0);
    await screenshot(page, 'carriers', true);

    const mappings = await w.hub.gql(
      `query($s: ID!) { carrierMappings(shopId: $s) { deliveryOptionId tiktokShippingProviderName carrier { code } } }`,
      { s: w.shops.us.gid },
      w.admin,
    );
    expect(mappings.data.carrierMappings).toEqual([{ deliveryOptionId: sellerOption.id, tiktokShippingProviderName: 'USPS', carrier: { code: 'USPS' } }]);
    await context.close();
  });

  test('a packer marks a seller-shipped package shipped with carrier and tracking, and watches it go from PENDING to SYNCED', async () => {
    const o = await newOrder(w, 'us', 'SELLER');
    const context = await signedInContext(browser, w.packer);
    const page = await context.newPage();
    await page.goto(`${w.hub.url}/#/orders/${o.orderId}`);
    const shipping = page.getByTestId('package-shipping');
    await shipping.waitFor();
    await shipping.getByLabel('Carrier').selectOption({ label: 'USPS' });

    // The carrier's pattern is a hint while typing; the hub decides.
    await shipping.getByLabel('Tracking number').fill('1Z999');
    await shipping.getByText('Does not look like a USPS number').waitFor();
    await shipping.getByRole('button', { name: 'Mark shipped' }).click();
    await shipping.getByText('This tracking number does not match the carrier’s format.').waitFor();
    await screenshot(page, 'shipping-package-error');

    const tracking = uspsNumber(1);
    await shipping.getByLabel('Tracking number').fill(tracking);
    expect(await shipping.getByText('Does not look like a USPS number').count()).toBe(0);
    await shipping.screenshot({ path: path.join(SCREENS, 'shipping-package-ready.png') });
    const seen = await recordSyncStatuses(page);
    await shipping.getByRole('button', { name: 'Mark shipped' }).click();

    // A package TikTok created is in sync; the change makes it PENDING until the push job has landed it.
    await expect.poll(async () => (await seen()).join(' → '), LIVE).toBe('SYNCED → PENDING → SYNCED');
    expect(await shipping.getByTestId('tracking').textContent()).toContain(tracking);
    expect(await shipping.getByTestId('tracking').locator('a').getAttribute('href')).toContain(tracking);

    const shipped = w.emu.controls.ledger({ kind: 'package.shipped', orderId: o.orderId }) as { detail: Record<string, unknown> }[];
    expect(shipped).toHaveLength(1);
    const provider = sellerOption.shippingProviders.find((p) => p.name === 'USPS')!;
    expect(shipped[0]!.detail).toMatchObject({ packageId: o.tiktokPackageId, trackingNumber: tracking, providerId: provider.id });

    // Once shipped, marking again is not offered, and a correction is (TikTok allows one within 72 h).
    expect(await shipping.getByRole('button', { name: 'Mark shipped' }).count()).toBe(0);
    expect(await shipping.getByRole('button', { name: 'Correct tracking' }).isEnabled()).toBe(true);
    // Actions that are off say why, without hovering.
    expect(await shipping.getByRole('button', { name: 'Assign…' }).isDisabled()).toBe(true);
    expect(await shipping.getByTestId('blocked-actions').textContent()).toContain('Assign:');
    await shipping.locator('summary').click();
    await shipping.screenshot({ path: path.join(SCREENS, 'shipping-package.png') });
    await screenshot(page, 'shipping-order', true);
    shippedOrders.push(o.orderId);
    await context.close();
  });

  test('a TikTok Shipping package outside the US offers TikTok’s handover options', async () => {
    const o = await newOrder(w, 'uk', 'TIKTOK');
    const context = await signedInContext(browser, w.packer);
    const page = await context.newPage();
    await page.goto(`${w.hub.url}/#/orders/${o.orderId}`);
    const shipping = page.getByTestId('package-shipping');
    await shipping.getByText('Hand the parcel over by').waitFor();
    expect(await shipping.getByRole('button', { name: 'TikTok label' }).isDisabled()).toBe(true);
    await shipping.screenshot({ path: path.join(SCREENS, 'shipping-package-tiktok-handover.png') });
    await shipping.getByRole('button', { name: 'Arrange shipment' }).click();
    const row = await settled(w, o.packageDbId);
    expect(row.sync_status).toBe('SYNCED');
    await expect.poll(() => shipping.getByTestId('sync-status').first().getAttribute('data-status'), LIVE).toBe('SYNCED');
    await expect.poll(() => shipping.getByRole('button', { name: 'TikTok label' }).isEnabled(), LIVE).toBe(true);
    await shipping.screenshot({ path: path.join(SCREENS, 'shipping-package-tiktok.png') });

    // TikTok's label opens in a new tab, fetched with the session's token.
    const [tab] = await Promise.all([context.waitForEvent('page'), shipping.getByRole('button', { name: 'TikTok label' }).click()]);
    await expect.poll(() => tab.url(), LIVE).toMatch(/^blob:/);
    shippedOrders.push(o.orderId);
    await context.close();
  });

  test('a packer selects two packages in the shipping queue and prints them as one PDF', async () => {
    expect(shippedOrders).toHaveLength(2);
    const context = await signedInContext(browser, w.packer);
    const page = await context.newPage();
    await page.goto(`${w.hub.url}/#/shipping?status=all`);
    await page.getByTestId('queue-row').first().waitFor();
    for (const orderId of shippedOrders) await page.getByLabel(`Select package of order ${orderId}`).check();
    expect(await page.getByRole('group', { name: 'Selected packages' }).textContent()).toContain('2 selected');

    await page.getByRole('button', { name: 'Print labels & slips' }).click();
    const open = page.getByTestId('print-open');
    await open.waitFor(LIVE);
    expect(await page.getByRole('progressbar', { name: 'Document download' }).getAttribute('aria-valuenow')).toBe('100');
    const pdf = await page.evaluate(async (url) => {
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      return { size: bytes.length, head: String.fromCharCode(...bytes.slice(0, 5)) };
    }, (await open.getAttribute('href'))!);
    expect(pdf.head).toBe('%PDF-');
    expect(pdf.size).toBeGreaterThan(1000);
    await screenshot(page, 'shipping-queue');

    await page.getByRole('button', { name: 'Pick list' }).click();
    await expect.poll(() => page.getByTestId('print-job').textContent(), LIVE).toContain('Pick list');
    await page.getByTestId('print-open').waitFor(LIVE);

    // Packages TikTok refused are one filter away.
    await page.getByLabel('TikTok sync').selectOption('FAILED');
    await expect.poll(() => page.url()).toContain('sync=FAILED');
    await page.getByText('Nothing refused by TikTok').waitFor();
    await context.close();
  });

  test('a packer ships two TikTok Shipping packages at once from the queue', async () => {
    const orders = [await newOrder(w, 'uk', 'TIKTOK'), await newOrder(w, 'uk', 'TIKTOK')];
    const context = await signedInContext(browser, w.packer);
    const page = await context.newPage();
    await page.goto(`${w.hub.url}/#/shipping?status=all&type=TIKTOK`);
    for (const o of orders) await page.getByLabel(`Select package of order ${o.orderId}`).check();
    await page.getByRole('button', { name: 'Ship with TikTok (2)' }).click();
    await page.getByText('Outside the US they are dropped off').waitFor();
    await page.getByRole('button', { name: 'Ship 2' }).click();
    await page.getByText('2 packages sent to TikTok.').waitFor();
    for (const o of orders) {
      expect(await settled(w, o.packageDbId)).toMatchObject({ sync_status: 'SYNCED', status: 'PROCESSING' });
      const row = page.getByTestId('queue-row').filter({ hasText: o.orderId });
      await expect.poll(() => row.getByTestId('sync-status').getAttribute('data-status'), LIVE).toBe('SYNCED');
      await expect.poll(() => row.textContent(), LIVE).toContain('Awaiting carrier');
    }
    await context.close();
  });

  test('a US TikTok Shipping package: the packer weighs it, picks one of TikTok’s label services and buys the label', async () => {
    const o = await newOrder(w, 'us', 'TIKTOK');
    const context = await signedInContext(browser, w.packer);
    const page = await context.newPage();
    await page.goto(`${w.hub.url}/#/orders/${o.orderId}`);
    const shipping = page.getByTestId('package-shipping');
    await shipping.getByRole('button', { name: 'Buy TikTok label' }).waitFor();
    await shipping.getByRole('button', { name: 'Buy TikTok label' }).click();
    await shipping.getByText('Enter the parcel’s weight').waitFor();

    // Before shipping, the packer sends it from the shop's other warehouse; partners are an admin's choice.
    const { rows } = await w.hub.pool.query<{ id: number; name: string }>(
      `select id, name from app.warehouse where shop_id = $1 order by is_default, id limit 1`,
      [w.shops.us.dbId],
    );
    await shipping.getByRole('button', { name: 'Assign…' }).click();
    expect(await shipping.getByLabel('3PL partner').count()).toBe(0);
    await shipping.getByLabel('Warehouse').selectOption({ label: rows[0]!.name });
    await shipping.getByRole('button', { name: 'Save assignment' }).click();
    await shipping.getByText('Assignment saved.').waitFor();
    const assigned = await w.hub.pool.query<{ warehouse_id: number }>(`select warehouse_id from app.package where id = $1`, [o.packageDbId]);
    expect(assigned.rows[0]!.warehouse_id).toBe(rows[0]!.id);

    await shipping.getByLabel('Parcel weight').fill('450');
    await shipping.getByLabel('Weight unit').selectOption('GRAM');
    await shipping.getByRole('button', { name: 'Show services' }).click();
    const services = shipping.getByRole('group', { name: 'Label service' }).getByRole('radio');
    await services.first().waitFor(LIVE);
    expect(await services.count()).toBeGreaterThan(0);
    await shipping.screenshot({ path: path.join(SCREENS, 'shipping-package-us-label.png') });
    await shipping.getByRole('button', { name: 'Buy TikTok label' }).click();
    expect(await settled(w, o.packageDbId)).toMatchObject({ sync_status: 'SYNCED' });
    await expect.poll(() => shipping.getByRole('button', { name: 'TikTok label' }).isEnabled(), LIVE).toBe(true);
    await context.close();
  });

  test('a correction TikTok refuses shows FAILED with TikTok’s message, and the queue lists it under “Refused by TikTok”', async () => {
    const o = await newOrder(w, 'us', 'SELLER');
    const usps = (await w.hub.gql(`{ carriers { id code } }`, {}, w.packer)).data.carriers.find((c: { code: string }) => c.code === 'USPS').id;
    const marked = await w.hub.gql(
      `mutation($i: PackageMarkShippedInput!) { packageMarkShipped(input: $i) { userErrors { code } } }`,
      { i: { packageId: o.packageGid, carrierId: usps, trackingNumber: uspsNumber(2) } },
      w.packer,
    );
    expect(marked.data.packageMarkShipped.userErrors).toEqual([]);
    await settled(w, o.packageDbId);
    // The one change TikTok allows is made in Seller Center meanwhile; the hub's correction is then refused.
    const shop = { id: w.shops.us.tiktokId, cipher: w.emu.controls.shops().find((s) => s.id === w.shops.us.tiktokId)!.cipher };
    const provider = sellerOption.shippingProviders.find((p) => p.name === 'USPS')!;
    await w.hub.hub.tiktok.fulfillment.updatePackageShippingInfo(shop, o.tiktokPackageId, { tracking_number: uspsNumber(3), shipping_provider_id: provider.id });

    const context = await signedInContext(browser, w.packer);
    const page = await context.newPage();
    await page.goto(`${w.hub.url}/#/orders/${o.orderId}`);
    const shipping = page.getByTestId('package-shipping');
    await shipping.getByRole('button', { name: 'Correct tracking' }).click();
    await shipping.getByLabel('Tracking number').fill(uspsNumber(4));
    await shipping.getByRole('button', { name: 'Send correction' }).click();
    await expect.poll(() => shipping.getByTestId('sync-status').first().getAttribute('data-status'), LIVE).toBe('FAILED');
    expect(await shipping.getByTestId('sync-error').textContent()).toContain('21011051');
    await shipping.screenshot({ path: path.join(SCREENS, 'shipping-package-failed.png') });

    await page.goto(`${w.hub.url}/#/shipping?status=all&sync=FAILED`);
    const row = page.getByTestId('queue-row').filter({ hasText: o.orderId });
    await row.waitFor();
    expect(await page.getByTestId('queue-row').count()).toBe(1);
    expect(await row.textContent()).toContain('21011051');
    await screenshot(page, 'shipping-queue-failed');
    await context.close();
  });
});
