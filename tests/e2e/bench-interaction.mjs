// Interaction figures for the benchmark (bench.mjs), measured in the page with the Performance
// API: a mark before the user's action, a mark when the DOM region it updates has changed.

import { appReady } from './browser.mjs';

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i];
};

/** Time from a click in the page to the first mutation of `regionSelector`, `n` times, alternating targets. */
async function timeClicks(page, targets, regionSelector, n) {
  return page.evaluate(async ({ targets, regionSelector, n }) => {
    const region = document.querySelector(regionSelector);
    const out = [];
    for (let i = 0; i < n; i++) {
      const target = document.querySelector(targets[i % targets.length]);
      const changed = new Promise((resolve) => {
        const obs = new MutationObserver(() => { obs.disconnect(); resolve(); });
        obs.observe(region, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      performance.mark('action');
      target.click();
      await changed;
      performance.mark('updated');
      out.push(performance.measure('action→update', 'action', 'updated').duration);
      performance.clearMarks();
      performance.clearMeasures();
      await new Promise((r) => setTimeout(r, 0));
    }
    return out;
  }, { targets, regionSelector, n });
}

/** Click "Next" until `selector` exists (at most `max` steps). */
async function advanceTo(page, selector, max = 8) {
  for (let i = 0; i < max && (await page.locator(selector).count()) === 0; i++) {
    await page.locator('.step-nav button').last().click();
  }
  await page.locator(selector).first().waitFor();
}

/** Answer change → updated verdict: toggles who received the data (trusted recipient ↔ published). */
export async function answerToVerdict(browser, url, n) {
  const page = await browser.newPage();
  await page.goto(url);
  await appReady(page);
  await page.locator('#preset-open_distribution_list, .preset').first().click();
  await advanceTo(page, '#q-confidentiality-public');
  const ms = await timeClicks(page, ['#q-confidentiality-public', '#q-confidentiality-trusted_recipient'], '.verdict', n);
  await page.close();
  return { n: ms.length, p50_ms: percentile(ms, 50), p95_ms: percentile(ms, 95), max_ms: Math.max(...ms) };
}

/** Each draft: choosing it in the drafts panel → its preview rebuilt; p95 over 30 switches per draft. */
export async function drafts(browser, url) {
  const page = await browser.newPage();
  await page.goto(url);
  await appReady(page);
  await page.locator('#preset-open_distribution_list, .preset').first().click();
  // The summary's drafts come from a second module: reach the summary, then wait for them.
  await advanceTo(page, '.drafts-host', 10);
  await page.locator('input[name="draft-kind"]').first().waitFor();
  const ids = await page.locator('input[name="draft-kind"]').evaluateAll((els) => els.map((e) => e.id));
  const result = {};
  for (const id of ids) {
    const others = ids.filter((x) => x !== id);
    const ms = [];
    for (let i = 0; i < 30; i++) {
      // Select another draft first (not timed), then time the switch to this one.
      await page.locator(`#${others[i % others.length]}`).check();
      ms.push(...(await timeClicks(page, [`#${id}`], '.draft-preview', 1)));
    }
    result[id] = { n: ms.length, p50_ms: percentile(ms, 50), p95_ms: percentile(ms, 95) };
  }
  await page.close();
  return result;
}

/**
 * Loading the drafts module: from the summary's (empty) drafts host appearing to the drafts panel
 * shown, i.e. fetch, compile and first render of the second module; median and p95 over `runs`
 * cold starts (new context, empty cache, no service worker copy).
 */
export async function draftsModule(browser, url, runs) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen = {};
      new MutationObserver(() => {
        if (seen.host === undefined && document.querySelector('.drafts-host')) seen.host = performance.now();
        if (seen.panel === undefined && document.querySelector('.drafts-panel')) seen.panel = performance.now();
      }).observe(document, { childList: true, subtree: true });
      window.__draftsLoad = seen;
    });
    await page.goto(url);
    await appReady(page);
  await appReady(page);
    await page.locator('#preset-open_distribution_list, .preset').first().click();
    await advanceTo(page, '.drafts-host', 10);
    await page.locator('.drafts-panel').waitFor();
    ms.push(await page.evaluate(() => window.__draftsLoad.panel - window.__draftsLoad.host));
    await context.close();
  }
  return { n: ms.length, p50_ms: percentile(ms, 50), p95_ms: percentile(ms, 95) };
}
