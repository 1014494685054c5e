import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Screenshots of the journeys, kept for people to look at (gitignored). */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts', import.meta.url));

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Debian's Chromium through playwright-core; Playwright's own browser download cannot work here. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = CANDIDATES.find((path): path is string => Boolean(path && existsSync(path)));
  if (!executablePath) {
    throw new Error('No Chromium found: install it (`apt-get install -y chromium` on Debian) or set CHROMIUM_PATH.');
  }
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function screenshotPath(name: string): string {
  return `${ARTIFACTS_DIR}/${name}.png`;
}

/**
 * Collects every HTTP answer of 400 and above that the page receives, and every Content-Security-Policy
 * violation (the `securitypolicyviolation` event and Chromium's console report of it), for a journey to
 * assert none: the app must work under its CSP without inline scripts.
 */
export function recordFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) failures.push(`CSP (console): ${message.text()}`);
  });
  // Registered before the journey's first navigation: Playwright runs a page's calls in order.
  void page.exposeFunction('__recordCspViolation', (report: string) => failures.push(`CSP: ${report}`));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const record = (window as unknown as { __recordCspViolation?: (report: string) => void }).__recordCspViolation;
      record?.(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return failures;
}

/** A browser context as a Chinese-speaking user on a laptop screen sees the app. */
export function newZhContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
}

/**
 * Signs in through the sign-in page and waits for the user menu and for the page it goes to next: the
 * menu shows as soon as the session starts, just before the app moves on to the start page, and a click
 * in between would be overtaken by that move.
 */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('user-menu').waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForURL((url) => url.pathname !== '/sign-in', { timeout: 15_000 });
}

/**
 * Waits for the page's finite animations (tag fades, chart drawing) to end, at most `maxMs`, so a
 * screenshot shows the final state. Endless ones (skeleton shimmer, indeterminate progress) never end
 * and are not waited for.
 */
export async function settled(page: Page, maxMs = 2000): Promise<void> {
  await page.evaluate(async (limit) => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
      .map((animation) => animation.finished.catch(() => undefined));
    await Promise.race([Promise.all(finite), new Promise((resolve) => setTimeout(resolve, limit))]);
  }, maxMs);
}

/**
 * Follows a link of the main navigation bar as a person does: a link inside one of the bar's menus
 * (审核, 项目与地图 …) is reached by opening that menu first.
 */
export async function followNav(page: Page, route: string): Promise<void> {
  const nav = page.getByTestId('nav');
  const link = nav.locator(`a[data-route="${route}"]`);
  // The bar is drawn again once the session is read (after a reload the link may not be there yet): wait
  // for the link, in the bar or in a closed menu, before deciding whether a menu must be opened.
  await link.waitFor({ state: 'attached' });
  // A menu also closes when the page changes: opened while a redirect (after signing in) was still under
  // way, it closes again at once, and is opened once more, as a person would.
  const menu = nav.locator(`[data-nav-group]:has(a[data-route="${route}"]) > button`);
  for (let attempt = 0; attempt < 4 && !(await link.isVisible()); attempt += 1) {
    await menu.click();
    await link.waitFor({ state: 'visible', timeout: 3_000 }).catch(() => undefined);
  }
  await link.click();
}
