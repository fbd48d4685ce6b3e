/**
 * What the browser tests share: building the console, Debian's Chromium through playwright-core, signed-in
 * contexts and screenshots into test-artifacts/screens/ (git-ignored) for people to look at.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCREENS = path.join(ROOT, 'test-artifacts/screens');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Says loudly that a browser test is skipped, and how to run it. */
export function warnIfNoChromium(what: string): void {
  if (HAS_CHROMIUM) return;
  console.warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      `!!  SKIPPED: ${what}. No Chromium at ${CHROMIUM}.`,
      '!!  Install it (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH.',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  );
}

/**
 * Builds the console into web/dist, which a hub serves if it exists when the hub starts. Not emptied first:
 * other people may run a browser test in the same checkout at the same moment, and the same sources give the
 * same hashed file names, so overwriting in place never pulls a file from under a page.
 */
export async function buildConsole(): Promise<void> {
  await build({ configFile: path.join(ROOT, 'web/vite.config.ts'), logLevel: 'warn', build: { emptyOutDir: false } });
  await mkdir(SCREENS, { recursive: true });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What a person sees on arrival (the viewport), or the whole page for screens that are read top to bottom. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage });
}

/** A browser context already signed in with a session token, as if the person had signed in before. */
export async function signedInContext(browser: Browser, token: string, viewport = { width: 1440, height: 900 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'UTC' });
  await context.addInitScript((t) => localStorage.setItem('consign.session', t), token);
  return context;
}
