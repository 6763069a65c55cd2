// Launch Debian's Chromium through playwright-core (no browser download), headless, as root.
import assert from 'node:assert/strict';
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

/**
 * A fresh page of `browser` at `url`, once the app has taken over; page errors and console
 * errors are collected in `page.errors` (see `closePage`).
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 800 }, colorScheme = 'light', bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, bypassCSP, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(url);
  await appReady(page);
  return page;
}

/** Close a page from `openPage`; returns the errors it saw (assert them empty). */
export async function closePage(page) {
  const errors = page.errors;
  await page.context().close();
  return errors;
}

/** A saved-case file as docs/CASE_FILE.md describes it. */
export const caseFile = (answers) =>
  JSON.stringify({ format: 'datenpanne-selbstcheck/case', version: 1, saved_at: '2026-11-23T09:00:00Z', answers }, null, 2);

/**
 * Load `answers` through the case menu's "Fall laden" / "Load case" file input, as a user would,
 * and start the check if the start screen still shows. Resolves, once the verdict panel is drawn,
 * to the notice the menu gave ("Fall geladen.").
 */
export async function loadCase(page, answers) {
  const toggle = page.locator('.case-toggle, [data-action="toggle"]').first();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const before = (await page.locator('.case-notice').textContent())?.trim() ?? '';
  await page.locator('input[type=file][data-action=load]').setInputFiles({
    name: 'fall.json', mimeType: 'application/json', buffer: Buffer.from(caseFile(answers)),
  });
  await page.waitForFunction((prev) => {
    const t = document.querySelector('.case-notice')?.textContent.trim() ?? '';
    return t !== '' && t !== prev;
  }, before);
  const notice = (await page.locator('.case-notice').textContent()).trim();
  await toggle.click();
  if (await page.locator('#start').isVisible()) await page.click('#start');
  await page.locator('aside.verdict[data-breach]').waitFor();
  return notice;
}

/** axe-core (added to the page with `page.addScriptTag`) on the current screen: no violations. */
export async function axeCheck(page, where) {
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  });
  assert.deepEqual(result, [], `axe on ${where}`);
}
