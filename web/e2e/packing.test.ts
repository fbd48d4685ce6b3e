/**
 * The packer's screens in a real browser against a real hub (workers on, PostgreSQL) syncing from the TikTok
 * emulator: split an order by keyboard and watch TikTok confirm it, check a parcel at the pack station by
 * scanning, print its label, and combine two orders of one buyer. Screenshots go to test-artifacts/screens/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTikTokEmulator, type TikTokEmulator } from '../../fixtures/tiktok-shop/index.js';
import { singleHostTikTokApp } from '../../server/src/hub.js';
import { completeConnect, startConnect } from '../../server/src/shops/shop-connection.js';
import { WEBHOOK_PATH } from '../../server/src/sync/webhook-intake.js';
import { startTestHub, type TestHub } from '../../server/test/harness.js';
import { SplitFixture } from '../../server/test/split-combine.fixture.js';
import { waitUntil } from '../../server/test/wait.js';
import { buildConsole, HAS_CHROMIUM, launchChromium, screenshot, signedInContext, warnIfNoChromium } from './browser.js';

warnIfNoChromium('the packing browser test');

const LIVE = { timeout: 20_000 };
const TABLET = { width: 1180, height: 820 };

let emu: TikTokEmulator;
let hub: TestHub;
let fx: SplitFixture;
let shopGid: string;
let browser: Browser;

/** A seller-shipped order of two SKUs, 2 + 1 units, paid and past ON_HOLD in the hub. */
async function twoSkuOrder() {
  const [skuA, skuB] = [fx.sku(0), fx.sku(1)];
  expect(skuA).not.toBe(skuB);
  const [order] = emu.controls.createOrders({
    count: 1,
    scenario: 'single',
    buyerMessage: '',
    shippingType: 'SELLER',
    items: [
      { skuId: skuA, quantity: 2 },
      { skuId: skuB, quantity: 1 },
    ],
  });
  await fx.waitForOrder(order!.id, 'AWAITING_SHIPMENT');
  return order!;
}

/** What a packer scans for a unit: the seller SKU printed on the shelf label, else TikTok's SKU id. */
async function scanCodes(tiktokOrderId: string): Promise<Map<string, string>> {
  const { rows } = await hub.pool.query<{ sku_id: string; seller_sku: string | null }>(
    `select distinct l.sku_id, l.seller_sku from app.order_line l join app.order o on o.id = l.order_id where o.tiktok_order_id = $1`,
    [tiktokOrderId],
  );
  return new Map(rows.map((r) => [r.sku_id, r.seller_sku || r.sku_id]));
}

/** A USPS carrier mapped for the order's delivery option, as an administrator sets it up once. */
async function uspsFor(tiktokOrderId: string, admin: string): Promise<string> {
  const { rows } = await hub.pool.query<{ delivery_option_id: string }>(`select delivery_option_id from app.order where tiktok_order_id = $1`, [tiktokOrderId]);
  const optionId = rows[0]!.delivery_option_id;
  await waitUntil(hub.databaseUrl, 'the delivery options are synced', async () => {
    const r = await hub.pool.query('select 1 from app.delivery_option where tiktok_delivery_option_id = $1', [optionId]).catch(() => null);
    return (r?.rowCount ?? 0) > 0;
  });
  const options = await hub.gql(`query($s: ID!) { deliveryOptions(shopId: $s) { id shippingProviders { id name } } }`, { s: shopGid }, admin);
  const provider = options.data.deliveryOptions.find((o: { id: string }) => o.id === optionId).shippingProviders.find((p: { name: string }) => p.name === 'USPS');
  const carrier = await hub.gql(
    `mutation($i: CarrierCreateInput!) { carrierCreate(input: $i) { carrier { id } userErrors { code } } }`,
    { i: { code: 'USPS', name: 'USPS', trackingNumberPattern: '9[2-5]\\d{20}', trackingUrlTemplate: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={tracking}' } },
    admin,
  );
  const carrierId = carrier.data.carrierCreate.carrier.id as string;
  const mapped = await hub.gql(
    `mutation($i: CarrierMappingSetInput!) { carrierMappingSet(input: $i) { userErrors { code } } }`,
    { i: { shopId: shopGid, deliveryOptionId: optionId, carrierId, tiktokShippingProviderId: provider.id } },
    admin,
  );
  expect(mapped.data.carrierMappingSet.userErrors).toEqual([]);
  return carrierId;
}

/** The first bytes of what the new tab shows: the blob the console made from the hub's answer. */
function pdfHead(page: Page, blobUrl: string): Promise<string> {
  return page.evaluate(async (url) => new TextDecoder().decode((await (await fetch(url)).arrayBuffer()).slice(0, 5)), blobUrl);
}

async function scan(page: Page, code: string) {
  const input = page.getByTestId('scan-input');
  await input.fill(code);
  await input.press('Enter');
}

describe.skipIf(!HAS_CHROMIUM)('packing in a browser', () => {
  beforeAll(async () => {
    await buildConsole();
    // ON_HOLD lasts a second (request signatures carry real time, so TikTok's clock is not moved ahead);
    // a split waits 4 s for an undo before it is sent.
    emu = await startTikTokEmulator({ port: 0, seed: 31, orders: 6, webhookRetryScale: 1, config: { onHoldSeconds: 1 } });
    hub = await startTestHub({ workers: true, tiktokApp: singleHostTikTokApp(emu), env: { SPLIT_UNDO_SECONDS: '4' } });
    emu.controls.setWebhookUrl(hub.url + WEBHOOK_PATH);
    const { state } = await startConnect(hub.hub, null, null);
    const connected = await completeConnect(hub.hub, emu.controls.authorize(), state);
    if (!('shopIds' in connected)) throw new Error('the shop did not connect');
    fx = new SplitFixture(emu, hub, connected.shopIds[0]!);
    shopGid = `gid://consign/Shop/${connected.shopIds[0]!}`;
    await waitUntil(hub.databaseUrl, 'the backfill is done', async () => {
      const { rows } = await hub.pool.query(`select backfill_status from app.shop_sync where shop_id = $1`, [fx.shopDbId]);
      return rows[0]?.backfill_status === 'DONE';
    });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    await emu?.stop();
  });

  test('a packer splits an order into two packages, verifies one by scanning and prints its label', async () => {
    const order = await twoSkuOrder();
    const codes = await scanCodes(order.id);
    const [skuA, skuB] = [fx.sku(0), fx.sku(1)];
    const packer = await hub.signIn('PACKER');
    const context = await signedInContext(browser, packer, TABLET);
    const page = await context.newPage();

    // The order offers the split; without a tracking number the label cannot be printed, and it says why.
    await page.goto(`${hub.url}/#/orders/${order.id}`);
    await page.getByTestId('action-SPLIT').waitFor();
    await expect.poll(() => page.getByTestId('connection').textContent(), LIVE).toContain('Live');
    expect(await page.getByTestId('action-PRINT_LABEL').getByRole('button').isDisabled()).toBe(true);
    expect(await page.getByTestId('action-PRINT_LABEL').textContent()).toMatch(/tracking number/i);
    await screenshot(page, 'order-actions');
    await page.getByRole('link', { name: 'Split into packages' }).click();

    // Keyboard only: the first unit takes focus, ↓ walks the units, "2" opens package 2 for the SKU B unit.
    const units = page.getByTestId('split-unit');
    await units.first().waitFor();
    expect(await units.count()).toBe(3);
    const unitNames = await units.allTextContents();
    const skuBIndex = unitNames.findIndex((t) => t.includes(codes.get(skuB)!));
    expect(skuBIndex).toBeGreaterThanOrEqual(0);
    await units.first().focus();
    for (let i = 0; i < skuBIndex; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('2');
    await expect.poll(() => page.getByTestId('split-package-2').getByTestId('split-unit').count()).toBe(1);
    expect(await page.getByTestId('split-package-2').textContent()).toContain(codes.get(skuB)!);
    expect(await page.getByTestId('split-package-1').getByTestId('split-unit').count()).toBe(2);
    // The hub's dry run (our rules and TikTok's split attributes) accepts the plan before it can be confirmed.
    await expect.poll(() => page.getByTestId('split-check').textContent(), LIVE).toContain('TikTok accepts this split into 2 packages');
    await screenshot(page, 'split-plan');

    // Confirmed, then withdrawn while it waits for its undo window, then confirmed again.
    await page.getByTestId('split-confirm').click();
    const state = page.getByTestId('change-state');
    await expect.poll(() => state.textContent(), LIVE).toBe('Pending');
    await screenshot(page, 'split-pending');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => state.textContent(), LIVE).toBe('Undone');
    expect(emu.controls.ledger({ kind: 'package.split', orderId: order.id })).toEqual([]);

    // The plan is still there to send again. Dragging the unit back leaves one package; "2" (the dragged
    // unit keeps the focus) opens the second again.
    await expect.poll(() => page.getByTestId('split-check').textContent(), LIVE).toContain('TikTok accepts');
    await page.getByTestId('split-package-2').getByTestId('split-unit').dragTo(page.getByTestId('split-package-1'));
    await expect.poll(() => page.getByTestId('split-package-1').getByTestId('split-unit').count()).toBe(3);
    expect(await page.getByTestId('split-confirm').isDisabled()).toBe(true);
    await page.keyboard.press('2');
    await expect.poll(() => page.getByTestId('split-package-2').textContent()).toContain(codes.get(skuB)!);
    await expect.poll(() => page.getByTestId('split-check').textContent(), LIVE).toContain('TikTok accepts');
    await page.getByTestId('split-confirm').click();
    await expect.poll(() => state.textContent(), LIVE).toBe('Pending');
    // The job sends it after the undo window; the order page's subscription shows TikTok's confirmation.
    await expect.poll(() => state.textContent(), { timeout: 30_000 }).toBe('Synced');
    expect(await page.getByTestId('change-sync').textContent()).toContain('in sync');
    await screenshot(page, 'split-synced');
    await fx.expectMatchesTikTok(order.id);

    // The two-unit package gets its tracking number, as the shipping screen would give it: a label needs one.
    const { rows } = await hub.pool.query<{ id: number; n: number }>(
      `select p.id, count(*)::int as n from app.package p join app.order_line l on l.package_id = p.id join app.order o on o.id = l.order_id
        where o.tiktok_order_id = $1 group by p.id order by n desc`,
      [order.id],
    );
    expect(rows.map((r) => r.n)).toEqual([2, 1]);
    const admin = await hub.signIn('ADMIN');
    const carrierId = await uspsFor(order.id, admin);
    const tracking = `9400${String(Date.now()).slice(-8)}0000000001`;
    const shipped = await hub.gql(
      `mutation($i: PackageMarkShippedInput!) { packageMarkShipped(input: $i) { userErrors { code message } } }`,
      { i: { packageId: `gid://consign/Package/${rows[0]!.id}`, carrierId, trackingNumber: tracking, idempotencyKey: 'pack-e2e-1' } },
      packer,
    );
    expect(shipped.data.packageMarkShipped.userErrors).toEqual([]);
    await waitUntil(hub.databaseUrl, 'the tracking number reached TikTok', async () => {
      const r = await hub.pool.query('select sync_status from app.package where id = $1', [rows[0]!.id]);
      return r.rows[0]?.sync_status === 'SYNCED';
    });

    // Pack station: the order id finds two parcels; the packer picks the one with two units.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pack station' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('scan-input');
    await scan(page, order.id);
    await page.getByTestId('choose-package-1').waitFor();
    expect(await page.locator('[data-testid^="choose-package-"]').count()).toBe(2);
    // Or scans the label's barcode: the tracking number names the parcel directly.
    await page.keyboard.press('Escape');
    await scan(page, tracking);
    const checklist = page.getByTestId('pack-unit');
    await expect.poll(() => checklist.count()).toBe(2);
    expect(await page.getByTestId('print-label').isDisabled()).toBe(true);
    expect(await page.getByTestId('label-why').textContent()).toContain('0 of 2');

    // A unit of the other package is flagged loudly, and checks nothing.
    await scan(page, codes.get(skuB)!);
    const flag = page.getByTestId('scan-flag');
    await flag.waitFor();
    expect(await flag.getAttribute('role')).toBe('alert');
    expect(await flag.textContent()).toContain('Wrong item');
    expect(await page.getByTestId('pack-station').getAttribute('data-state')).toBe('flagged');
    expect(await page.getByTestId('verify-count').textContent()).toBe('0 / 2');
    await flag.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    await screenshot(page, 'pack-station-flagged');

    await scan(page, codes.get(skuA)!);
    expect(await flag.count()).toBe(0);
    expect(await page.getByTestId('verify-count').textContent()).toBe('1 / 2');
    expect(await page.getByTestId('print-label').isDisabled()).toBe(true);
    await scan(page, codes.get(skuA)!.toLowerCase());
    await page.getByTestId('verified').waitFor();
    expect(await page.getByTestId('print-label').isEnabled()).toBe(true);
    await screenshot(page, 'pack-station-verified');
    await page.setViewportSize({ width: 820, height: 1180 });
    await screenshot(page, 'pack-station-tablet-portrait');
    await page.setViewportSize(TABLET);

    // One more of the same SKU than planned is flagged too.
    await scan(page, codes.get(skuA)!);
    expect(await flag.textContent()).toContain('Extra item');
    await scan(page, 'not-a-sku');
    expect(await flag.textContent()).toContain('not in this package');
    // The flag does not undo the checks: the parcel is still complete once the stray item is out.
    expect(await page.getByTestId('verify-count').textContent()).toBe('2 / 2');

    // The label opens as a PDF, fetched with the session's token.
    const [response, popup] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/label.pdf')),
      context.waitForEvent('page'),
      page.getByTestId('print-label').click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    await expect.poll(() => popup.url()).toMatch(/^blob:/);
    expect(await pdfHead(page, popup.url())).toBe('%PDF-');
    await popup.close();

    const [slip, slipTab] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/packing-slip.pdf')),
      context.waitForEvent('page'),
      page.getByTestId('print-slip').click(),
    ]);
    expect(slip.headers()['content-type']).toBe('application/pdf');
    await expect.poll(() => slipTab.url()).toMatch(/^blob:/);
    expect(await pdfHead(page, slipTab.url())).toBe('%PDF-');
    await context.close();
  }, 90_000);

  test('a packer combines two orders of one buyer into one parcel and undoes it', async () => {
    const orders = await fx.ready(2, { units: 1, sameRecipient: true });
    const context = await signedInContext(browser, await hub.signIn('PACKER'), TABLET);
    const page = await context.newPage();
    await page.goto(`${hub.url}/#/combine?order=${orders[0]!.id}`);
    const group = page.getByTestId('combine-group').filter({ hasText: orders[0]!.id });
    await group.waitFor();
    expect(await group.textContent()).toContain(orders[1]!.id);
    expect(await group.textContent()).toContain('TikTok proposes this');
    await screenshot(page, 'combine');

    await group.getByTestId('combine-button').click();
    const change = page.getByTestId('package-change').first();
    await expect.poll(() => change.getByTestId('change-state').textContent(), { timeout: 30_000 }).toBe('Synced');
    expect(emu.controls.ledger({ kind: 'package.combined' }).some((e) => (e.detail as { orderIds: string[] }).orderIds.includes(orders[0]!.id))).toBe(true);
    await screenshot(page, 'combine-synced');

    await page.getByTestId('uncombine-button').first().click();
    await expect.poll(() => page.getByTestId('package-change').first().textContent(), { timeout: 30_000 }).toContain('Uncombine');
    await expect.poll(() => page.getByTestId('package-change').first().getByTestId('change-state').textContent(), { timeout: 30_000 }).toBe('Synced');
    await context.close();
  }, 90_000);
});
