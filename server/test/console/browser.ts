import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../../..');

/** Debian's chromium; CI installs it (`apt-get install chromium fonts-noto-cjk`). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Screenshots go to docs/screenshots when UPDATE_SCREENSHOTS=1 (to refresh the committed
 * ones), otherwise to server/.tmp/screenshots, so that a test run leaves the tree clean.
 */
export const SCREENSHOT_DIR =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? path.join(ROOT, 'docs/screenshots')
    : path.join(ROOT, 'server/.tmp/screenshots');

/** Builds the console when its dist is missing or stale (a no-op otherwise). */
export function buildConsole() {
  execFileSync(process.execPath, [path.join(ROOT, 'console/scripts/build-if-stale.mjs')], {
    cwd: path.join(ROOT, 'console'),
    stdio: 'inherit',
  });
}

/** `extraArgs`: for example Chromium's fake camera switches. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. The console's browser tests need Debian's chromium: ` +
        'run `apt-get install -y chromium fonts-noto-cjk` (or set CHROMIUM_PATH). ' +
        'No browser is downloaded.',
    );
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** Addresses off the test server the console tried to reach; the tests expect none. */
export const foreignRequests: string[] = [];

/** A fresh page with its own session storage; requests off the test server are refused. */
export async function newPage(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith('data:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return context.newPage();
}

export async function signIn(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(`${baseUrl}/console/#/login`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
}

export function screenshotPath(name: string) {
  return path.join(SCREENSHOT_DIR, name);
}
