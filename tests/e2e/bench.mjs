// Benchmark (issue #7): prints a table of figures and writes them to artifacts/bench.json.
// A benchmark, not a test: it asserts nothing and is not run by scripts/test.sh.
//
//   node tests/e2e/bench.mjs [--runs N] [--changes N]
//
// Figures:
//  - bytes per file: raw, gzip, brotli, of the first screen (index.html with its CSS and loader),
//    of the app module, and of the drafts module, which is loaded only on the summary step (the
//    budgets themselves are asserted in size.test.mjs)
//  - navigation start → first screen shown (first contentful paint) and → app ready (the app has
//    taken over and its start button is in the DOM: from then on a click goes straight to the
//    first question), cold cache, median of N runs, each beside the same figure for a plain static
//    HTML page of similar text (the floor), and their ratio
//  - answer change → updated verdict in the DOM: p50/p95 over N changes (Performance API marks)
//  - time to build each printable draft in the page: p95
//  - loading the drafts module on the summary step (cold): median and p95
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { measure, TARGET_BROTLI_BYTES } from './sizes.mjs';
import { DIST, artifactDir } from './paths.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('--runs', 11);
const CHANGES = arg('--changes', 200);

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

async function timeToInteractive(browser, url) {
  const context = await browser.newContext(); // a new context has an empty cache
  const page = await context.newPage();
  await page.addInitScript(READY_SCRIPT);
  await page.goto(url);
  await page.waitForFunction(
    () => window.__ready !== undefined && performance.getEntriesByName('first-contentful-paint').length > 0,
    null,
    { timeout: 30_000 },
  );
  const ms = await page.evaluate(() => ({
    shown: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    ready: window.__ready,
  }));
  await context.close();
  return ms;
}

async function main() {
  const sizes = measure(DIST);
  const server = await serve(DIST, { extraRoutes: { '/floor.html': ['text/html; charset=utf-8', FLOOR_HTML] } });
  const browser = await launch();
  const results = { date: new Date().toISOString(), runs: RUNS, sizes };
  try {
    const app = [];
    const floor = [];
    for (let i = 0; i < RUNS; i++) {
      app.push(await timeToInteractive(browser, server.url));
      floor.push(await timeToInteractive(browser, `${server.origin}/floor.html`));
    }
    const figure = (key) => ({
      app_median_ms: percentile(app.map((m) => m[key]), 50),
      floor_median_ms: percentile(floor.map((m) => m[key]), 50),
      ratio: percentile(app.map((m) => m[key]), 50) / percentile(floor.map((m) => m[key]), 50),
      app_ms: app.map((m) => m[key]),
      floor_ms: floor.map((m) => m[key]),
    });
    results.first_screen_shown = figure('shown');
    results.interactive = figure('ready');
    const { answerToVerdict, drafts, draftsModule } = await import('./bench-interaction.mjs').catch(() => ({}));
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
  const line = (what, f) => console.log(`Navigation → ${what} (cold cache, median of ${RUNS}): app ${f.app_median_ms.toFixed(1)} ms, plain page ${f.floor_median_ms.toFixed(1)} ms, ratio ${f.ratio.toFixed(2)}`);
  console.log('');
  line('first screen shown (first contentful paint)', results.first_screen_shown);
  line('app ready, first question one click away', results.interactive);
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
