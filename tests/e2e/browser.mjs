// Launch Debian's Chromium through playwright-core (no browser download), headless, as root.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Wait until the app has taken over from the first screen written into index.html
 * (src/ui/handoff.rs removes it in the task that draws the app): from then on every control on
 * the page is the app's own.
 */
export function appReady(pageOrFrame) {
  return pageOrFrame.waitForFunction(
    () => !document.getElementById('first-screen') && document.querySelector('main button, main input') !== null,
    null,
    { timeout: 30_000 },
  );
}
