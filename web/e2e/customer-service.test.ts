/**
 * Customer service in a real browser, against a hub with workers syncing from the TikTok emulator and
 * deciding through it: a buyer opens a return with photos and a video, an agent finds it in the inbox,
 * reads the evidence, rejects it with one of TikTok's reasons, and watches it reach TikTok.
 *
 * TikTok's image CDN is not part of the emulator (it only mints the URLs), so the browser is given a
 * drawn picture for every request to it; nothing else is intercepted.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scanDeadlines } from '../../server/src/aftersales/deadline-warnings.js';
import { hubOrderStatus, ledgerOf, settled, startAfterSaleWorld, type AfterSaleWorld } from '../../server/test/aftersales-support.js';
import { waitUntil } from '../../server/test/wait.js';
import { buildConsole, HAS_CHROMIUM, launchChromium, screenshot, signedInContext } from './browser.js';

// TikTok → webhook → worker → journal → socket → page, and a decision's push back: seconds on a busy machine.
const LIVE = { timeout: 30_000 };

let w: AfterSaleWorld;
let browser: Browser;

/** A product-photo stand-in, its colour drawn from the URL so different photos look different. */
function cdnPicture(url: string): string {
  const hue = createHash('sha1').update(url).digest()[0]! * 1.4;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200">
    <rect width="200" height="200" fill="hsl(${hue} 45% 86%)"/>
    <path d="M50 80l50-25 50 25v60l-50 25-50-25z" fill="hsl(${hue} 40% 62%)"/>
    <path d="M50 80l50 25 50-25M100 105v60" fill="none" stroke="hsl(${hue} 35% 40%)" stroke-width="4" stroke-linejoin="round"/>
  </svg>`;
}

async function agentContext(token: string, viewport?: { width: number; height: number }): Promise<BrowserContext> {
  const context = await signedInContext(browser, token, viewport);
  await context.route(/^https:\/\/[^/]*ibyteimg\.com\//, (route) =>
    route.fulfill({ status: 200, contentType: 'image/svg+xml', body: cdnPicture(route.request().url()) }),
  );
  return context;
}

/** A paid order past its on-hold window, in the hub. */
async function readyOrder(scenario: string): Promise<{ id: string; lineItems: { id: string }[] }> {
  const [order] = w.emu.controls.createOrders({ scenario: scenario as any }) as any[];
  if (order.status === 'ON_HOLD') w.emu.controls.advanceClock(3601);
  await waitUntil(w.hub.databaseUrl, 'the order is AWAITING_SHIPMENT in the hub', async () => (await hubOrderStatus(w, order.id)) === 'AWAITING_SHIPMENT');
  return order;
}

/** A delivered order in the hub: the only status a buyer may ask to return from. */
async function deliveredOrder(): Promise<{ id: string; lineItems: { id: string }[] }> {
  const order = await readyOrder('single');
  w.emu.controls.sellerCenter.ship(order.id);
  w.emu.controls.carrier.scan(order.id);
  w.emu.controls.carrier.scan(order.id);
  await waitUntil(w.hub.databaseUrl, 'the order is DELIVERED in the hub', async () => (await hubOrderStatus(w, order.id)) === 'DELIVERED');
  return order;
}

describe.skipIf(!HAS_CHROMIUM)('customer service in a browser', () => {
  beforeAll(async () => {
    await buildConsole();
    w = await startAfterSaleWorld(71);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await w?.stop();
  });

  test("a CS agent rejects a return with a reason and the emulator's ledger shows it", async () => {
    const order = await deliveredOrder();
    const cdn = 'https://p16-oec-va.ibyteimg.com/tos-maliva-i-o3syd03w52-us';
    const ret = w.emu.controls.afterSales.requestReturn(order.id, {
      returnType: 'RETURN_AND_REFUND',
      reason: 'ecom_order_delivered_refund_and_return_reason_damaged',
      evidence: {
        note: 'The box arrived crushed and the lid is cracked.',
        images: [
          { url: `${cdn}/evidence-box~tplv-o3syd03w52-origin-jpeg.jpeg`, width: 1080, height: 1080 },
          { url: `${cdn}/evidence-lid~tplv-o3syd03w52-origin-jpeg.jpeg`, width: 1080, height: 1080 },
        ],
        videos: [{ url: 'https://v16-oec.tiktokcdn.com/evidence-unboxing.mp4', cover: `${cdn}/evidence-cover~tplv-o3syd03w52-origin-jpeg.jpeg`, durationMillis: 14_000, width: 720, height: 1280 }],
      },
    }) as { id: string };
    const pending = await settled(w, ret.id);
    expect(pending.status).toBe('RETURN_OR_REFUND_REQUEST_PENDING');

    const context = await agentContext(w.agent);
    const page = await context.newPage();
    await page.goto(`${w.hub.url}/#/after-sales`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Customer service' }).waitFor();
    await expect.poll(() => page.getByTestId('inbox-live').textContent(), LIVE).toContain('Updating live');

    // The inbox lists open cases by response deadline; filtering to returns keeps this one.
    await page.getByRole('button', { name: 'Returns', exact: true }).click();
    await expect.poll(() => page.url()).toContain('type=returns');
    const row = page.getByTestId('case-row').filter({ hasText: ret.id });
    await row.waitFor();
    expect(await row.textContent()).toContain('Awaiting your answer');
    expect(await row.getByTestId('case-countdown').textContent()).toMatch(/left/);
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await row.waitFor();
    await screenshot(page, 'cs-inbox');
    await page.setViewportSize({ width: 820, height: 1180 });
    await screenshot(page, 'cs-inbox-tablet');
    await page.setViewportSize({ width: 1440, height: 900 });

    // Keyboard: the case link is reachable and opens the case.
    await row.getByRole('link', { name: new RegExp(ret.id) }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('case-id').waitFor();
    expect(await page.getByTestId('case-id').textContent()).toBe(ret.id);
    expect(await page.getByTestId('case-line').count()).toBe(order.lineItems.length);
    await expect.poll(() => page.getByTestId('evidence-image').count(), LIVE).toBe(2);
    expect(await page.getByTestId('evidence-video').getAttribute('href')).toBe('https://v16-oec.tiktokcdn.com/evidence-unboxing.mp4');
    expect(await page.getByText('The box arrived crushed and the lid is cracked.').count()).toBe(1);

    // A deadline warning from the hub's scan shows while the agent works, whichever screen they are on.
    const { rows } = await w.hub.pool.query<{ deadline_at: Date }>(`select deadline_at from app.after_sale where tiktok_id = $1`, [ret.id]);
    const deadline = rows[0]!.deadline_at;
    expect(await scanDeadlines(w.hub.hub, new Date(deadline.getTime() - 30 * 60_000))).toBeGreaterThan(0);
    const warning = page.getByTestId('deadline-warning').filter({ hasText: ret.id });
    await expect.poll(() => warning.textContent(), LIVE).toContain('needs an answer within 1h');
    await page.getByRole('button', { name: `Dismiss the warning about ${ret.id}` }).click();
    expect(await warning.count()).toBe(0);

    await page.getByRole('button', { name: 'Reject return' }).click();
    const reason = page.getByTestId('reject-reason');
    await expect.poll(() => reason.locator('option').count(), LIVE).toBeGreaterThan(1);
    // Sending without a reason is refused in place, with TikTok's requirement in words.
    await page.getByTestId('send-decision').click();
    await page.getByText('Choose one of TikTok’s reasons; the buyer sees it.').waitFor();
    const choice = await reason.locator('option:not([disabled])').first();
    const reasonName = (await choice.getAttribute('value'))!;
    const reasonText = (await choice.textContent())!.trim();
    await reason.selectOption(reasonName);
    await page.getByLabel('Note for the buyer (optional)').fill('The photos show transit damage; please claim with the carrier.');
    await screenshot(page, 'cs-case-deciding', true);
    await page.getByTestId('send-decision').click();

    await expect.poll(() => page.getByTestId('sync-notice').textContent(), LIVE).toContain('TikTok has your decision: Reject return');
    await expect.poll(() => page.getByTestId('case-status').textContent(), LIVE).toBe('Rejected');
    expect(await page.getByTestId('case-sync').textContent()).toContain('In sync with TikTok');
    expect(await page.getByTestId('case-action').first().textContent()).toContain('Synced');
    await screenshot(page, 'cs-case', true);

    const ledger = ledgerOf(w, order.id).filter((e) => e.kind === 'return.rejected');
    expect(ledger).toMatchObject([
      { kind: 'return.rejected', detail: { returnId: ret.id, decision: 'REJECT_RETURN', reason: reasonName, comment: 'The photos show transit damage; please claim with the carrier.' } },
    ]);
    expect(reasonText.length).toBeGreaterThan(0);

    await page.setViewportSize({ width: 820, height: 1180 });
    await screenshot(page, 'cs-case-tablet', true);
    await context.close();
  });

  test('an agent cancels one out-of-stock unit from the order page, priced by TikTok first, and TikTok has the cancel', async () => {
    const order = await readyOrder('multi_unit');
    const context = await agentContext(w.agent);
    const page = await context.newPage();
    await page.goto(`${w.hub.url}/#/orders/${order.id}`);
    const panel = page.getByTestId('order-after-sales');
    await panel.getByRole('button', { name: 'Cancel order…' }).click();
    await panel.getByLabel('Reason (shown to the buyer)').selectOption({ label: 'Out of stock' });
    await panel.getByLabel('Some units (out of stock only)').check();
    await panel.getByRole('checkbox').first().check();
    await expect.poll(() => panel.getByTestId('cancel-refund-preview').textContent(), LIVE).toContain('The buyer gets back');
    await screenshot(page, 'cs-order-cancel', true);
    await panel.getByRole('button', { name: 'Cancel order in TikTok' }).click();
    await panel.getByText('Cancellation sent to TikTok.').waitFor();

    await expect.poll(() => ledgerOf(w, order.id).map((e) => e.kind), LIVE).toEqual(['cancellation.seller_cancel']);
    const [cancel] = ledgerOf(w, order.id);
    expect(cancel!.detail).toMatchObject({ whole: false, lineItemIds: [order.lineItems[0]!.id] });
    // The cancellation TikTok created comes back as a case on the same page, live.
    await panel.getByRole('link', { name: /Cancellation/ }).waitFor(LIVE);
    await context.close();
  });

  test('an agent approves a return the buyer ships themselves, adds a hub return label and downloads its PDF', async () => {
    const order = await deliveredOrder();
    const ret = w.emu.controls.afterSales.requestReturn(order.id, { returnType: 'RETURN_AND_REFUND', shipmentType: 'BUYER_ARRANGE', evidence: { note: 'Wrong size' } }) as { id: string };
    const pending = await settled(w, ret.id);
    // Carriers are configured by an administrator outside the console.
    await w.hub.pool.query(`insert into app.carrier (code, name, created_at) values ('ups-e2e', 'UPS', now()) on conflict do nothing`);

    const context = await agentContext(w.agent);
    const page = await context.newPage();
    await page.goto(`${w.hub.url}/#/after-sales/${encodeURIComponent(pending.gid)}`);
    await page.getByRole('button', { name: 'Approve return' }).click();
    await page.getByTestId('send-decision').click();
    await expect.poll(() => page.getByTestId('sync-notice').textContent(), LIVE).toContain('TikTok has your decision: Approve return');
    await expect.poll(() => page.getByTestId('case-status').textContent(), LIVE).toBe('Waiting for the buyer to ship');
    expect(ledgerOf(w, order.id).filter((e) => e.kind === 'return.approved')).toMatchObject([{ detail: { returnId: ret.id, decision: 'APPROVE_RETURN' } }]);

    await page.getByRole('button', { name: 'Add a return label…' }).click();
    await page.getByLabel('Carrier').selectOption({ label: 'UPS' });
    await page.getByLabel('Tracking number').fill('not a number!');
    await page.getByRole('button', { name: 'Save label' }).click();
    await page.getByText('That tracking number does not look like one from this carrier.').waitFor();
    await page.getByLabel('Tracking number').fill('1Z999AA10123456784');
    await page.getByRole('button', { name: 'Save label' }).click();
    await expect.poll(() => page.getByTestId('return-label').textContent(), LIVE).toContain('1Z999AA10123456784');
    await screenshot(page, 'cs-case-return-label', true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download label (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe(`return-label-${ret.id}.pdf`);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

  test('a decision TikTok refuses shows as failed, with TikTok’s error, on the case', async () => {
    const order = await deliveredOrder();
    const ret = w.emu.controls.afterSales.requestReturn(order.id, { returnType: 'REFUND', evidence: { note: 'Never arrived' } }) as { id: string };
    const pending = await settled(w, ret.id);
    const context = await agentContext(w.agent);
    const page = await context.newPage();
    await page.goto(`${w.hub.url}/#/after-sales/${encodeURIComponent(pending.gid)}`);
    await page.getByRole('button', { name: 'Approve refund' }).click();

    // The buyer withdraws while the agent is deciding, and TikTok's notification of it is lost.
    w.emu.controls.setFaults({ webhook: { dropRate: 1, duplicateRate: 0, reorderWindow: 0, delayMs: 0 } });
    w.emu.controls.afterSales.withdraw(ret.id);
    await page.getByTestId('send-decision').click();
    w.emu.controls.setFaults({ webhook: { dropRate: 0, duplicateRate: 0, reorderWindow: 0, delayMs: 0 } });

    await expect.poll(() => page.getByTestId('sync-notice').textContent(), LIVE).toContain('TikTok refused: Approve refund.');
    expect(await page.getByTestId('sync-notice').textContent()).toContain('25020009');
    expect(await page.getByTestId('case-sync').textContent()).toContain('TikTok refused');
    await expect.poll(() => page.getByTestId('case-status').textContent(), LIVE).toBe('Withdrawn by the buyer');
    expect(await page.getByTestId('case-action').first().textContent()).toContain('Failed');
    expect(ledgerOf(w, order.id).filter((e) => e.kind !== 'return.created')).toEqual([]);
    await screenshot(page, 'cs-case-failed', true);
    await context.close();
  });

  test('a new return appears in the open inbox without a reload, and a case on screen changes in place', async () => {
    const context = await agentContext(w.agent);
    const page = await context.newPage();
    await page.goto(`${w.hub.url}/#/after-sales?type=refunds`);
    await page.getByTestId('case-row').first().waitFor();
    await expect.poll(() => page.getByTestId('inbox-live').textContent(), LIVE).toContain('Updating live');
    const before = await page.getByTestId('case-row').count();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));

    const order = await deliveredOrder();
    const ret = w.emu.controls.afterSales.requestReturn(order.id, { returnType: 'REFUND', evidence: { note: 'Arrived empty' } }) as { id: string };
    await expect.poll(() => page.getByTestId('new-cases').textContent(), LIVE).toContain('1 new or reopened case');
    expect(await page.getByTestId('case-row').count()).toBe(before);
    await page.getByRole('button', { name: 'Show it' }).click();
    const row = page.getByTestId('case-row').filter({ hasText: ret.id });
    await expect.poll(() => row.textContent(), LIVE).toContain('New');

    w.emu.controls.advanceClock(1);
    w.emu.controls.afterSales.withdraw(ret.id);
    await expect.poll(() => row.getByTestId('case-status').textContent(), LIVE).toBe('Withdrawn by the buyer');
    // Closed now, so it no longer belongs to the open inbox: it stays put, dimmed, until the list is reloaded.
    expect(await row.getByText('Closed', { exact: true }).count()).toBe(1);
    expect(await row.getAttribute('class')).toContain('left');
    expect(navigations).toEqual([]);
    await context.close();
  });

  test('packers are offered no customer-service inbox', async () => {
    const context = await agentContext(await w.hub.signIn('PACKER'));
    const page = await context.newPage();
    await page.goto(`${w.hub.url}/#/orders`);
    await page.getByTestId('viewer-name').waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    const links = await nav.getByRole('link').allTextContents();
    expect(links).toEqual(['Orders', 'Shipping', 'Pack station', 'Combine'].map((label) => expect.stringContaining(label)));
    await page.goto(`${w.hub.url}/#/after-sales`);
    await page.getByRole('heading', { name: 'Nothing here' }).waitFor();
    await context.close();
  });
});
