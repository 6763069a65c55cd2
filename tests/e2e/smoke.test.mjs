// The built app loads in headless Chromium, shows its start screen in German, switches to
// English and back, and asks nothing of any other origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, appReady } from './browser.mjs';
import { DIST } from './paths.mjs';

let server, browser;
before(async () => {
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('start screen loads, switches language, and stays on its own origin', async () => {
  const page = await browser.newPage();
  const foreign = [];
  const errors = [];
  page.on('request', (r) => { if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

  await page.goto(server.url);
  const h1 = page.locator('h1');
  await h1.waitFor();
  await appReady(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  const german = await page.locator('main').innerText();
  assert.match(german, /Aufsichtsbehörde/);

  await page.getByRole('button', { name: /English/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.locator('main').innerText(), /supervisory authority/);
  await page.getByRole('button', { name: /Deutsch/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'de');

  assert.deepEqual(foreign, [], 'no request leaves the page');
  assert.deepEqual(errors, [], 'no errors in the console');
  await page.close();
});
