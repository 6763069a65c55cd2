// Benchmark (issues #7 and #17): prints a table of figures and writes them to
// artifacts/bench.json. A benchmark, not a test: it asserts nothing and is not run by
// scripts/test.sh. The method is written down in docs/PERFORMANCE.md.
//
//   node tests/e2e/bench.mjs [--runs N] [--changes N] [--load-only]
//
// Figures:
//  - bytes per file: raw, gzip, brotli, of the first screen (index.html with its CSS and loader),
//    of the app module, and of the drafts module, which is loaded only on the summary step (the
//    budgets themselves are asserted in size.test.mjs)
//  - page load, on loopback and on an emulated phone link (60 ms round trip, 9 Mbit/s both ways,
//    Chrome DevTools Protocol network emulation), each beside a plain static HTML page of similar
//    text served the same way in the same run (the floor); the build is served as a host with
//    pre-compressed files serves it (bench-server.mjs):
//      first control: navigation start → the first screen's button painted (first contentful
//        paint; the button is in the HTML);
//      take-over: navigation start → the app's own start button in <main> (from then on a click
//        goes straight to the first question);
//    cold cache (a new browser context each time), medians of N runs; and the take-over on a
//    return visit (same context, the service worker in control), median of N
//  - answer change → updated verdict in the DOM: p50/p95 over N changes (Performance API marks)
//  - time to build each printable draft in the page: p95
//  - loading the drafts module on the summary step (cold): median and p95
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveCompressed } from './bench-server.mjs';
import { launch } from './browser.mjs';
import { measure, TARGET_BROTLI_BYTES } from './sizes.mjs';
import { DIST, artifactDir } from './paths.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('--runs', 11);
const CHANGES = arg('--changes', 200);
const LOAD_ONLY = process.argv.includes('--load-only');

/** The emulated phone link: 60 ms round trip, 9 Mbit/s down and up. */
export const PHONE = { offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 9e6 / 8 };

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i];
};

// A plain page of similar text with one button: the floor for "first question interactive".
const FLOOR_HTML = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title></head>
<body><header>Datenpanne-Selbstcheck</header><main><h1>Datenpanne-Selbstcheck</h1>
<p>Die ersten Stunden nach einer Datenpanne: melden, benachrichtigen, dokumentieren.</p>
<p>Beantworten Sie einige Fragen zum Vorfall. Sie erfahren, ob eine Meldung an die Aufsichtsbehörde
(Art. 33 DSGVO) und eine Benachrichtigung der Betroffenen (Art. 34 DSGVO) nötig ist.</p>
<p>Ihre Angaben verlassen diesen Browser nicht.</p><button type="button">Selbstcheck starten</button>
</main></body></html>`;

// Records performance.now() when the app's own controls are in <main>, once it has removed the
// written first screen (`__ready`). On the floor page, which has no app, that is the moment its
// button appears. "Shown" is the browser's first contentful paint (Paint Timing API).
const READY_SCRIPT = () => {
  const check = () => {
    if (document.getElementById('first-screen') || !document.querySelector('main button, main input, main select')) return false;
    window.__ready ??= performance.now();
    return true;
  };
  new MutationObserver((_, obs) => { if (check()) obs.disconnect(); })
    .observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
};

async function openPage(browser, network) {
  const context = await browser.newContext(); // a new context has an empty cache
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.addInitScript(READY_SCRIPT);
  return { context, page };
}

async function timings(page, url) {
  await page.goto(url);
  await page.waitForFunction(
    () => window.__ready !== undefined && performance.getEntriesByName('first-contentful-paint').length > 0,
    null,
    { timeout: 30_000 },
  );
  return page.evaluate(() => ({
    shown: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    ready: window.__ready,
  }));
}

/** A cold load of `url`; with `again`, also a return visit once the service worker controls the page. */
async function timeToInteractive(browser, url, network, again = false) {
  const { context, page } = await openPage(browser, network);
  const first = await timings(page, url);
  if (again) {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller
      || new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve))));
    first.returnReady = (await timings(page, url)).ready;
  }
  await context.close();
  return first;
}

/** Cold loads of the app and of the plain page, alternating, on one network. */
async function loads(browser, server, network) {
  const app = [];
  const floor = [];
  for (let i = 0; i < RUNS; i++) {
    app.push(await timeToInteractive(browser, server.url, network, true));
    floor.push(await timeToInteractive(browser, `${server.origin}/floor.html`, network));
  }
  const median = (xs, key) => percentile(xs.map((m) => m[key]), 50);
  const floorControl = median(floor, 'shown');
  return {
    floor_first_control_median_ms: floorControl,
    first_control_median_ms: median(app, 'shown'),
    first_control_ratio: median(app, 'shown') / floorControl,
    take_over_median_ms: median(app, 'ready'),
    take_over_ratio: median(app, 'ready') / floorControl,
    return_take_over_median_ms: median(app, 'returnReady'),
    app_ms: app,
    floor_ms: floor.map((m) => m.shown),
  };
}

async function main() {
  const sizes = measure(DIST);
  const server = await serveCompressed(DIST, { '/floor.html': FLOOR_HTML });
  const browser = await launch();
  const results = { date: new Date().toISOString(), runs: RUNS, sizes };
  try {
    results.loopback = await loads(browser, server, null);
    results.phone = await loads(browser, server, PHONE);
    const { answerToVerdict, drafts, draftsModule } = LOAD_ONLY ? {} : await import('./bench-interaction.mjs').catch(() => ({}));
    if (answerToVerdict) results.answer_to_verdict = await answerToVerdict(browser, server.url, CHANGES);
    if (drafts) results.drafts = await drafts(browser, server.url);
    if (draftsModule) results.drafts_module = await draftsModule(browser, server.url, RUNS);
  } finally {
    await browser.close();
    await server.close();
  }

  const kb = (b) => (b / 1024).toFixed(1);
  const table = (title, part) => {
    console.log(`\n${title}`);
    console.log('file'.padEnd(64) + 'raw'.padStart(10) + 'gzip'.padStart(10) + 'brotli'.padStart(10));
    for (const f of part.files) console.log(f.name.padEnd(64) + String(f.raw).padStart(10) + String(f.gzip).padStart(10) + String(f.brotli).padStart(10));
    console.log('total'.padEnd(64) + String(part.total.raw).padStart(10) + String(part.total.gzip).padStart(10) + String(part.total.brotli).padStart(10));
  };
  table('First screen (bytes): index.html with the written start screen, CSS, loader, service worker', sizes);
  console.log(`brotli total ${kb(sizes.total.brotli)} KB; target ${kb(TARGET_BROTLI_BYTES)} KB`);
  table('The app module, fetched by the loader once the first screen is up', sizes.app);
  console.log(`first screen and app: brotli ${kb(sizes.untilApp.brotli)} KB`);
  table('Loaded on the summary step only (the drafts module)', sizes.lazy);
  const ms = (x) => `${x.toFixed(0)} ms`;
  console.log('');
  for (const [name, f] of [[`loopback`, results.loopback], ['phone link, 60 ms RTT, 9 Mbit/s', results.phone]]) {
    console.log(`Page load on ${name} (cold cache, median of ${RUNS}; ratios to the plain page's first control):`);
    console.log(`  plain page: first control ${ms(f.floor_first_control_median_ms)}`);
    console.log(`  app: first control ${ms(f.first_control_median_ms)} (${f.first_control_ratio.toFixed(2)}×), take-over ${ms(f.take_over_median_ms)} (${f.take_over_ratio.toFixed(2)}×); return visit take-over ${ms(f.return_take_over_median_ms)}`);
  }
  if (results.answer_to_verdict) {
    const a = results.answer_to_verdict;
    console.log(`Answer change → verdict in the DOM (${a.n} changes): p50 ${a.p50_ms.toFixed(2)} ms, p95 ${a.p95_ms.toFixed(2)} ms (target p95 ≤ 16 ms)`);
  } else {
    console.log('Answer change → verdict: not measured (no interaction module)');
  }
  if (results.drafts) {
    for (const [name, d] of Object.entries(results.drafts)) console.log(`Draft "${name}" built and shown: p95 ${d.p95_ms.toFixed(2)} ms over ${d.n}`);
  }
  if (results.drafts_module) {
    const d = results.drafts_module;
    console.log(`Drafts module loaded and shown on the summary (cold, ${d.n} runs): median ${d.p50_ms.toFixed(1)} ms, p95 ${d.p95_ms.toFixed(1)} ms`);
  }
  const out = join(artifactDir('.'), 'bench.json');
  writeFileSync(out, JSON.stringify(results, null, 2));
  console.log(`\nwritten: ${out}`);
}

await main();
