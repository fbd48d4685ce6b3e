/**
 * The console in a real browser against a real hub: sign in, find an order, read it, run the admin screens;
 * then, against a hub syncing from the TikTok emulator, connect a shop and watch orders arrive live.
 *
 * The console is built here, in beforeAll, with Vite's build() API before the hub starts (the hub serves
 * `web/dist` only if it exists when it starts). Building in the test, not in `npm test`, means the test
 * always runs the current sources, also when run alone with `npx vitest run web/e2e`; it takes about 2 s.
 *
 * Screenshots of each main screen go to test-artifacts/screens/ (git-ignored) for people to look at.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedHub } from '../../fixtures/demo/seed-hub.js';
import { startTikTokEmulator, type TikTokEmulator } from '../../fixtures/tiktok-shop/index.js';
import { CONNECT_CALLBACK_PATH } from '../../server/src/shops/connect-callback.route.js';
import { completeConnect, startConnect } from '../../server/src/shops/shop-connection.js';
import { recordIncident } from '../../server/src/sync/incidents.js';
import { POLL_JOB } from '../../server/src/sync/sync.jobs.js';
import { WEBHOOK_PATH } from '../../server/src/sync/webhook-intake.js';
import { singleHostTikTokApp } from '../../server/src/hub.js';
import { startTestHub, type TestHub } from '../../server/test/harness.js';
import { waitUntil } from '../../server/test/wait.js';
import { buildConsole, HAS_CHROMIUM, launchChromium, screenshot, signedInContext as signedIn, warnIfNoChromium } from './browser.js';

warnIfNoChromium('the console browser test');

const ADMIN = { name: 'Dana Whitfield', email: 'dana@example.com', password: 'a long admin passphrase' };

let hub: TestHub;
let browser: Browser;

/** A browser context already signed in with a session token, as if the person had signed in before. */
function signedInContext(token: string, viewport?: { width: number; height: number }): Promise<BrowserContext> {
  return signedIn(browser, token, viewport);
}

describe.skipIf(!HAS_CHROMIUM)('console in a browser', () => {
  beforeAll(async () => {
    await buildConsole();
    hub = await startTestHub();
    await seedHub(hub.pool, { orders: 50, seed: 11 });
    const bootstrap = await hub.signIn('ADMIN');
    const created = await hub.gql(
      `mutation($input: UserCreateInput!) { userCreate(input: $input) { userErrors { code } } }`,
      { input: { ...ADMIN, role: 'ADMIN' } },
      bootstrap,
    );
    expect(created.data.userCreate.userErrors).toEqual([]);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  test('a person signs in, finds an order by its id and reads its units grouped by SKU', async () => {
    // An order with a bundle, a gift and several SKUs makes the detail screen show the most.
    const { rows } = await hub.pool.query<{ tiktok_order_id: string; skus: number }>(
      `select o.tiktok_order_id, count(distinct (l.sku_id, l.is_gift))::int as skus
         from app.order o join app.order_line l on l.order_id = o.id
        group by o.id
        order by bool_or(jsonb_array_length(l.bundle_components) > 0) desc, bool_or(l.is_gift) desc, skus desc, o.tiktok_order_id
        limit 1`,
    );
    const target = rows[0]!;

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.goto(hub.url);

    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('do not match');
    await screenshot(page, 'sign-in');

    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    const rowsOnPage = page.getByTestId('order-row');
    await rowsOnPage.first().waitFor();
    expect(await rowsOnPage.count()).toBe(50);
    await expect.poll(() => page.getByTestId('viewer-name').textContent()).toBe(ADMIN.name);
    await expect.poll(() => page.getByTestId('connection').textContent()).toContain('Live');
    await screenshot(page, 'orders');

    // Keyboard only: "/" focuses the search box from anywhere on the list.
    await page.keyboard.press('/');
    await page.keyboard.type(target.tiktok_order_id);
    await expect.poll(() => rowsOnPage.count()).toBe(1);
    expect(await rowsOnPage.first().textContent()).toContain(target.tiktok_order_id);
    await expect.poll(() => page.url()).toContain(`q=${target.tiktok_order_id}`);

    await page.getByRole('link', { name: target.tiktok_order_id }).click();
    await page.getByTestId('order-id').waitFor();
    expect(await page.getByTestId('order-id').textContent()).toBe(target.tiktok_order_id);
    await page.getByTestId('line-group').first().waitFor();
    expect(await page.getByTestId('line-group').count()).toBe(target.skus);
    await screenshot(page, 'order-detail', true);

    await page.setViewportSize({ width: 820, height: 1180 });
    await screenshot(page, 'order-detail-tablet', true);
    await page.goto(`${hub.url}/#/orders?risk=24`);
    await rowsOnPage.first().waitFor();
    await screenshot(page, 'orders-tablet-at-risk');
    await context.close();
  });

  test('the at-risk filter keeps only orders whose next deadline is within the window', async () => {
    const context = await signedInContext(await hub.signIn('PACKER'));
    const page = await context.newPage();
    await page.goto(`${hub.url}/#/orders`);
    await page.getByTestId('order-row').first().waitFor();

    const { rows } = await hub.pool.query<{ n: number }>(
      `select count(*)::int as n from app.order where next_deadline_at < now() + interval '4 hours'`,
    );
    expect(rows[0]!.n).toBeGreaterThan(0);
    const overdue = await hub.pool.query<{ n: number }>(`select count(*)::int as n from app.order where next_deadline_at < now()`);
    await expect.poll(() => page.getByTestId('overdue-count').textContent()).toBe(`${overdue.rows[0]!.n} overdue`);
    await page.getByTestId('at-risk').click();
    await expect.poll(() => page.getByTestId('order-row').count()).toBe(rows[0]!.n);
    await context.close();
  });

  test('a packer is offered no administration screens', async () => {
    const context = await signedInContext(await hub.signIn('PACKER'));
    const page = await context.newPage();
    await page.goto(`${hub.url}/#/orders`);
    await page.getByTestId('order-row').first().waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(
      ['Orders', 'Shipping', 'Pack station', 'Combine'].map((label) => expect.stringContaining(label)),
    );

    await page.goto(`${hub.url}/#/sandbox`);
    await page.getByRole('heading', { name: 'Nothing here' }).waitFor();

    await page.goto(`${hub.url}/#/admin/users`);
    await page.getByRole('heading', { name: 'Nothing here' }).waitFor();
    await context.close();
  });

  test('a session revoked elsewhere returns the person to sign-in and says why', async () => {
    const token = await hub.signIn('CUSTOMER_SERVICE');
    const context = await signedInContext(token);
    const page = await context.newPage();
    await page.goto(`${hub.url}/#/orders`);
    await page.getByTestId('order-row').first().waitFor();
    // Once the socket is up: a socket still opening after the logout is refused, which ends the session
    // on its own before the Refresh below, and this test is about the Refresh.
    await expect.poll(() => page.getByTestId('connection').textContent(), { timeout: 10_000 }).toContain('Live');

    expect((await hub.gql(`mutation { logout }`, {}, token)).data.logout).toBe(true);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.getByText('Your session has ended. Please sign in again.').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('consign.session'))).toBeNull();
    await context.close();
  });

  test('an administrator adds a user, a partner and a token, revokes the token, and signs out', async () => {
    const token = await hub.signIn('ADMIN');
    const context = await signedInContext(token);
    const page = await context.newPage();

    await page.goto(`${hub.url}/#/admin/users`);
    await page.getByRole('heading', { name: 'Add a user' }).waitFor();
    // This hub talks to no sandbox: no Sandbox screen in the navigation, and the page says why.
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(
      ['Orders', 'Shipping', 'Pack station', 'Combine', 'Customer service', 'Shops', 'Carriers', 'Users', '3PL partners', 'API tokens'].map((label) =>
        expect.stringContaining(label),
      ),
    );
    await page.goto(`${hub.url}/#/sandbox`);
    await page.getByTestId('sandbox-disabled').waitFor();
    await page.goto(`${hub.url}/#/admin/users`);
    await page.getByLabel('Name').fill('Priya Raman');
    await page.getByLabel('Email').fill('priya@example.com');
    await page.getByLabel('Role').selectOption('PACKER');
    await page.getByLabel('Initial password').fill('short');
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByText('The password needs at least 12 characters.').waitFor();
    await page.getByLabel('Initial password').fill('packing all day long');
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('cell', { name: 'priya@example.com' }).waitFor();
    await screenshot(page, 'admin-users');

    await page.goto(`${hub.url}/#/admin/partners`);
    await page.getByLabel('Name').fill('Northwind Logistics');
    await page.getByRole('button', { name: 'Add partner' }).click();
    await page.getByText('Northwind Logistics', { exact: true }).waitFor();
    await screenshot(page, 'admin-partners');

    await page.goto(`${hub.url}/#/admin/api-tokens`);
    await page.getByLabel('Kind').selectOption('THREE_PL');
    await page.getByLabel('Name').fill('Northwind WMS');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText('A 3PL token must belong to a partner').waitFor();
    await page.getByLabel('Partner').selectOption({ label: 'Northwind Logistics' });
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByTestId('token-secret');
    await secret.waitFor();
    const issued = (await secret.locator('code').textContent())!.trim();
    expect((await hub.gql(`{ viewer { apiToken { name } } }`, {}, issued)).data.viewer.apiToken.name).toBe('Northwind WMS');
    await screenshot(page, 'admin-api-tokens');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Revoke Northwind WMS' }).click();
    await page.getByText('Revoked', { exact: true }).waitFor();
    expect((await hub.gql(`{ viewer { apiToken { name } } }`, {}, issued)).data.viewer.apiToken).toBeNull();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect((await hub.gql(`{ viewer { user { id } } }`, {}, token)).data.viewer.user).toBeNull();
    await context.close();
  });

  describe('live, against a hub syncing from the TikTok emulator', () => {
    let emu: TikTokEmulator;
    let live: TestHub;
    // TikTok → webhook → worker → journal → socket → page: seconds on a busy machine, not expect.poll's default 1 s.
    const LIVE = { timeout: 20_000 };

    /** Orders the hub holds: the backfill imports only those placed within its look-back window. */
    async function ordersInHub() {
      const { rows } = await live.pool.query<{ n: number }>(`select count(*)::int as n from app.order`);
      return rows[0]!.n;
    }

    beforeAll(async () => {
      emu = await startTikTokEmulator({ port: 0, seed: 21, orders: 20 });
      live = await startTestHub({
        workers: true,
        // The emulator as the sandbox `npm start` runs: the console offers its Sandbox panel.
        tiktokApp: { ...singleHostTikTokApp(emu), sandbox: true },
      });
      emu.controls.setWebhookUrl(live.url + WEBHOOK_PATH);
      // TikTok sends the seller back to the app's registered redirect URL: here, this hub's callback.
      emu.controls.app.redirectUrl = live.url + CONNECT_CALLBACK_PATH;
      const { state } = await startConnect(live.hub, null, null);
      expect(await completeConnect(live.hub, emu.controls.authorize(), state)).toHaveProperty('shopIds');
      await waitUntil(live.databaseUrl, 'the backfill is done', async () => {
        const { rows } = await live.pool.query<{ n: number }>(`select count(*)::int as n from app.shop_sync where backfill_status = 'DONE'`);
        return rows[0]!.n > 0;
      });
    });

    afterAll(async () => {
      await live?.close();
      await emu?.stop();
    });

    test('an administrator sees the shop imported, then re-connects it through TikTok’s consent page', async () => {
      const shop = emu.controls.defaultShop();
      const context = await signedInContext(await live.signIn('ADMIN'));
      const page = await context.newPage();
      await page.goto(`${live.url}/#/shops`);
      const card = page.getByRole('article', { name: shop.name });
      await expect.poll(() => card.getByTestId('backfill-status').textContent(), LIVE).toContain(`Done · ${await ordersInHub()} orders`);
      expect(await card.getByRole('button', { name: `Sync now ${shop.name}` }).isEnabled()).toBe(true);
      await screenshot(page, 'shops', true);

      // The whole round trip: the console asks the hub for TikTok's consent link and goes there; the
      // seller approves; TikTok redirects to the hub's callback, which returns the admin to this screen.
      await page.getByRole('button', { name: 'Connect a TikTok shop' }).click();
      await page.waitForURL((url) => url.toString().startsWith(`${emu.url}/open/authorize`));
      await page.locator('#authorize').click();
      await page.waitForURL(`${live.url}/#/shops`);
      await expect.poll(() => page.getByTestId('page-notice').textContent(), LIVE).toContain('Shop connected.');
      await expect.poll(() => card.getByTestId('backfill-status').textContent(), LIVE).toContain('Done');
      await screenshot(page, 'shops-connected');

      page.once('dialog', (dialog) => void dialog.dismiss());
      await card.getByRole('button', { name: `Disconnect ${shop.name}` }).click();
      expect(await card.getByText('Connected', { exact: true }).count()).toBe(1);
      await context.close();
    });

    test('a new order placed on TikTok appears on the open list, and its status then changes in place, without a reload', async () => {
      const context = await signedInContext(await live.signIn('PACKER'));
      const page = await context.newPage();
      await page.goto(`${live.url}/#/orders`);
      const rows = page.getByTestId('order-row');
      const before = await ordersInHub();
      await expect.poll(() => rows.count(), LIVE).toBe(before);
      await expect.poll(() => page.getByTestId('list-live').textContent(), LIVE).toContain('Updating live');
      const navigations: string[] = [];
      page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));

      const [created] = emu.controls.createOrders({ count: 1 });
      await expect.poll(() => page.getByTestId('new-orders').textContent(), LIVE).toContain(created!.id);
      expect(await rows.count()).toBe(before);
      await screenshot(page, 'orders-live');

      await page.getByRole('button', { name: 'Show it' }).click();
      const row = rows.filter({ hasText: created!.id });
      await expect.poll(() => row.textContent(), LIVE).toContain('New');
      expect(await rows.count()).toBe(before + 1);

      // TikTok stamps update_time in whole seconds and the hub keeps only strictly newer states: a change
      // within the creation's second would be dropped as stale, so step TikTok's clock past it first.
      emu.controls.advanceClock(1);
      emu.controls.sellerCenter.cancelOrder(created!.id);
      await expect.poll(() => row.getByTestId('order-status').textContent(), LIVE).toBe('Cancelled');
      await screenshot(page, 'orders-live-changed');
      expect(navigations).toEqual([]);
      await context.close();
    });

    test('the order page shows who changed what and when, and adds changes as they happen', async () => {
      const [created] = emu.controls.createOrders({ count: 1 });
      await waitUntil(live.databaseUrl, 'the hub has the order', async () => {
        const { rowCount } = await live.pool.query(`select 1 from app.order where tiktok_order_id = $1`, [created!.id]);
        return rowCount === 1;
      });
      const context = await signedInContext(await live.signIn('CUSTOMER_SERVICE'));
      const page = await context.newPage();
      await page.goto(`${live.url}/#/orders/${created!.id}`);
      const events = page.getByTestId('timeline-event');
      await events.first().waitFor();
      await expect.poll(() => page.getByTestId('connection').textContent(), LIVE).toContain('Live');
      expect(await events.first().textContent()).toContain('Order received');
      const before = await events.count();

      emu.controls.advanceClock(1);
      emu.controls.sellerCenter.cancelOrder(created!.id, 'Out of stock');
      await expect.poll(() => events.count(), LIVE).toBe(before + 1);
      const newest = (await events.first().textContent())!;
      expect(newest).toContain('Status changed');
      expect(newest).toContain('Cancelled');
      expect(newest).toContain('TikTok notification');
      expect(await page.getByTestId('order-status').first().textContent()).toBe('Cancelled');
      await screenshot(page, 'order-detail-history', true);
      await context.close();
    });

    test('a shop that needs a person says so: re-authorization due, an import under way, failures, and an incident to retry', async () => {
      const shop = emu.controls.defaultShop();
      const { rows } = await live.pool.query<{ id: number }>(`select id from app.shop where tiktok_shop_id = $1`, [shop.id]);
      const shopId = rows[0]!.id;
      // States the emulator reaches only slowly or by fault, written as the workers would write them.
      await live.pool.query(
        `update app.shop_sync set reauthorize_by = now() + interval '6 days', backfill_status = 'RUNNING', backfill_done = 40, backfill_total = 120,
           consecutive_failures = 3, last_error = 'TikTok answered 105002: the access token has expired.' where shop_id = $1`,
        [shopId],
      );
      await recordIncident(live.hub, { shopId, kind: `${POLL_JOB}:AUTH_EXPIRED`, message: 'The access token has expired and could not be refreshed.', retryJob: POLL_JOB, retryData: { shopId } });

      const context = await signedInContext(await live.signIn('ADMIN'));
      const page = await context.newPage();
      await page.goto(`${live.url}/#/shops`);
      const card = page.getByRole('article', { name: shop.name });
      await card.getByTestId('reauthorize-notice').waitFor();
      expect(await card.getByTestId('reauthorize-notice').textContent()).toContain('in 5d 23h');
      expect(await card.getByRole('button', { name: 'Re-authorize' }).isEnabled()).toBe(true);
      expect(await card.getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow')).toBe('33');
      expect(await card.textContent()).toContain('the access token has expired');
      const incident = page.getByTestId('incident');
      expect(await incident.count()).toBe(1);
      await screenshot(page, 'shops-attention', true);

      await incident.getByRole('button', { name: 'Retry' }).click();
      await page.getByText('Running it again.').waitFor();
      await expect.poll(() => incident.count(), LIVE).toBe(0);
      await context.close();
    });

    test('an administrator places a sandbox order from the panel and watches it arrive on the open orders list; a fault switch shows while on', async () => {
      const context = await signedInContext(await live.signIn('ADMIN'));
      const list = await context.newPage();
      await list.goto(`${live.url}/#/orders`);
      await expect.poll(() => list.getByTestId('list-live').textContent(), LIVE).toContain('Updating live');

      const panel = await context.newPage();
      await panel.goto(`${live.url}/#/orders`);
      await panel.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'TikTok sandbox' }).click();
      await panel.getByRole('heading', { name: 'TikTok sandbox' }).waitFor();
      const summary = panel.getByTestId('sandbox-summary');
      await expect.poll(() => summary.textContent()).toContain('None: TikTok behaves');

      // A newcomer's first move: one order, one unit, seller-shipped, paid at once.
      await panel.getByLabel('What the buyer orders').selectOption('SINGLE');
      await panel.getByLabel('Shipping').selectOption('SELLER');
      await panel.getByRole('button', { name: 'Place orders' }).click();
      const notice = panel.getByTestId('order-notice');
      await expect.poll(() => notice.textContent(), LIVE).toContain('1 order placed');
      const placedId = (await notice.locator('a').first().textContent())!.trim();
      const truth = emu.controls.order(placedId);
      expect(truth).toMatchObject({ shopId: emu.controls.defaultShop().id, shippingType: 'SELLER' });
      expect(await panel.getByLabel('TikTok order id').inputValue()).toBe(placedId);

      await expect.poll(() => list.getByTestId('new-orders').textContent(), LIVE).toContain(placedId);

      // The buyer changes their mind: cancelled at once while the order is on hold, and the list follows.
      await panel.getByRole('button', { name: 'Buyer cancels' }).click();
      await expect.poll(() => panel.getByTestId('act-notice').textContent(), LIVE).toContain('now Cancelled');
      await list.getByRole('button', { name: 'Show it' }).click();
      await expect.poll(() => list.getByTestId('order-row').filter({ hasText: placedId }).getByTestId('order-status').textContent(), LIVE).toBe('Cancelled');

      await panel.getByLabel('Webhooks Dropped').fill('100');
      await panel.getByRole('button', { name: 'Apply' }).click();
      await expect.poll(() => panel.getByTestId('active-faults').textContent(), LIVE).toContain('Webhooks dropped: 100%');
      expect(emu.controls.faults().webhook.dropRate).toBe(1);
      await screenshot(panel, 'sandbox', true);

      await panel.getByRole('button', { name: 'Clear all' }).click();
      await expect.poll(() => panel.getByTestId('active-faults').textContent(), LIVE).toContain('None: TikTok behaves');
      expect(emu.controls.faults().webhook.dropRate).toBe(0);

      await panel.setViewportSize({ width: 820, height: 1180 });
      await screenshot(panel, 'sandbox-tablet', true);

      // From any order, an admin can step into the sandbox as its buyer or carrier.
      await list.goto(`${live.url}/#/orders/${placedId}`);
      await list.getByRole('link', { name: 'Act in the sandbox' }).click();
      await list.getByRole('heading', { name: 'TikTok sandbox' }).waitFor();
      await expect.poll(() => list.getByLabel('TikTok order id').inputValue()).toBe(placedId);
      await context.close();
    });
  });
});
