// The first screen written into index.html (src/ui/first_screen.rs, scripts/loader.js):
//  - it shows, reads and switches language with the app's wasm held back, and passes axe-core;
//  - a button pressed meanwhile says "loading" and takes effect once the app has arrived, and a
//    focused one keeps the focus;
//  - it is the app's own first screen: once the app has taken over, the start screen's markup is
//    the same and the top bar reads the same;
//  - when the app cannot start, the page says so in the language shown and keeps its content;
//    without JavaScript, the <noscript> note comes before the start screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch, appReady } from './browser.mjs';
import { DIST, ROOT } from './paths.mjs';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TIMEOUT = { timeout: 60_000 };

/** The app's wasm, as index.html names it. */
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const APP_WASM = html.match(/<meta name="app-module" content="[^"]+" data-wasm="\.\/([^"]+)">/)?.[1];

let server, browser;
before(async () => {
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A page whose app wasm is held back until `release()` (or refused, with `refuse`). Page errors
 * are collected; the service worker is blocked so that every request goes through the route.
 */
async function openHeld({ query = '', refuse = false, bypassCSP = false } = {}) {
  assert.ok(APP_WASM, 'index.html names the app module');
  const context = await browser.newContext({ serviceWorkers: 'block', bypassCSP });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(`**/${APP_WASM}`, async (route) => {
    if (refuse) return route.abort('failed');
    await released;
    return route.continue();
  });
  await page.goto(`${server.url}${query}`);
  await page.locator('#first-screen #start-title').waitFor();
  return { page, context, release };
}

/** The markup of `selector` with Leptos' empty comment markers taken out. */
const markup = (page, selector) =>
  page.locator(selector).evaluate((e) => e.outerHTML.replace(/<!--[^>]*-->/g, ''));

test('the first screen reads, switches language and takes clicks before the app has arrived', TIMEOUT, async () => {
  const { page, context, release } = await openHeld();
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.match(await page.locator('main').innerText(), /Aufsichtsbehörde \(Art\. 33 DSGVO\)/);
  assert.equal(await page.evaluate(() => window.wasmBindings), undefined, 'the app has not started');
  // The browser has painted the first screen (an empty page has no contentful paint).
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10_000 });
  assert.equal(await page.evaluate(() => window.wasmBindings), undefined, 'still without the app');

  await page.click('#lang-toggle');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.locator('main').innerText(), /supervisory authority must be notified/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'lang-toggle', 'the focus stays on the switch');

  await page.click('#preset-open_recipients');
  const status = page.locator('#first-screen-status');
  assert.equal(await status.innerText(), 'The self-check is loading … It continues in a moment.');
  assert.equal(await status.getAttribute('role'), 'status');

  release();
  await appReady(page);
  await page.locator('#step-title').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the app keeps the language chosen');
  assert.equal(await page.locator('#first-screen, #first-screen-en').count(), 0, 'the written screen is gone');
  // The preset was applied: step 2 holds its answers.
  await page.click('#next');
  await page.locator('input[name="q-incident_type"][value="open_distribution_list"]:checked').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the app draws the same first screen as the one written into the page', TIMEOUT, async () => {
  for (const query of ['', '?lang=en']) {
    const { page, context, release } = await openHeld({ query });
    const written = await markup(page, 'section.start');
    const writtenBar = await page.locator('header.topbar').innerText();
    const lang = await page.getAttribute('html', 'lang');
    release();
    await appReady(page);
    assert.equal(await page.getAttribute('html', 'lang'), lang, query);
    assert.equal(await markup(page, 'section.start'), written, `start screen ${query}`);
    assert.equal(await page.locator('header.topbar').innerText(), writtenBar, `top bar ${query}`);
    assert.equal(await page.locator('#start-title').count(), 1, 'one start screen, not two');
    assert.deepEqual(page.errors, []);
    await context.close();
  }
});

test('a control focused on the first screen keeps the focus when the app takes over', TIMEOUT, async () => {
  for (const switchFirst of [false, true]) {
    const { page, context, release } = await openHeld();
    // Switching the language first: the app, told the language chosen, must not redraw the
    // start screen under the focus.
    if (switchFirst) await page.click('#lang-toggle');
    await page.focus('#preset-hacking');
    release();
    await appReady(page);
    // The replay runs just after the app's first drawing; then the focus must stay put.
    await page.waitForFunction(() => document.activeElement?.id === 'preset-hacking', null, { timeout: 5_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'preset-hacking', `switched first: ${switchFirst}`);
    // The app's own button: Enter starts the check with the preset.
    await page.keyboard.press('Enter');
    await page.locator('#step-title').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), switchFirst ? 'en' : 'de');
    assert.deepEqual(page.errors, []);
    await context.close();
  }
});

test('when the app cannot start, the first screen says so in its language', TIMEOUT, async () => {
  for (const [query, message] of [
    ['', /Der Selbstcheck konnte nicht starten\. Bitte laden Sie die Seite neu/],
    ['?lang=EN', /The self-check could not start\. Please reload the page/],
  ]) {
    const { page, context } = await openHeld({ query, refuse: true });
    const status = page.locator('#first-screen-status');
    await page.waitForFunction(() => document.getElementById('first-screen-status')?.textContent !== '');
    assert.match(await status.innerText(), message, query);
    assert.equal(await page.locator('#start-title').count(), 1, 'the content stays');
    await context.close();
  }
});

test('axe-core: no violations on the written first screen, German and English', TIMEOUT, async () => {
  const { page, context, release } = await openHeld({ bypassCSP: true });
  await page.addScriptTag({ path: AXE });
  for (const lang of ['de', 'en']) {
    if (lang === 'en') await page.click('#lang-toggle');
    await page.click('#start'); // shows the status line too
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, [], lang);
  }
  release();
  await context.close();
});

test('without JavaScript the page says what it needs before the start screen', TIMEOUT, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  const text = await page.locator('body').innerText();
  const note = text.indexOf('Dieser Selbstcheck braucht JavaScript und WebAssembly.');
  assert.ok(note >= 0, 'the note shows');
  assert.ok(note < text.indexOf('Selbstcheck starten'), 'and comes first');
  await context.close();
});
