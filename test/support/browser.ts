import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

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
