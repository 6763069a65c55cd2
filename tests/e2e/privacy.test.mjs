// Privacy, offline use, saving a case and embedding (issue #6), in headless Chromium against the
// built dist/ (DIST): nothing leaves the browser, the CSP holds, the app works offline and from a
// sub-path, a saved case comes back exactly, bad files change nothing, autosave is opt-in and
// "delete" empties every storage, and the app works inside an iframe on another origin.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { serve as serveFiles } from './server.mjs';
import { launch, appReady } from './browser.mjs';
import { DIST, ROOT } from './paths.mjs';

const BASE = '/tools/selbstcheck/';
const TIMEOUT = { timeout: 180_000 };

/** Every file of the build, relative to DIST. */
function buildFiles(dir = DIST) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? buildFiles(path) : [relative(DIST, path).split(sep).join('/')];
  });
}
const FILES = new Set(buildFiles());
/** What the service worker keeps: every file of the build but itself and the `.br`/`.gz` copies. */
const CACHED = [...FILES].filter((f) => f !== 'sw.js' && !/\.(br|gz)$/.test(f)).sort();

// A case with every answer given and texts that are hard to carry: quotes, backslashes, line and
// paragraph separators, control characters, markup, right-to-left and astral characters.
const FULL = {
  role: 'processor',
  sector: 'church_catholic',
  country: 'AT',
  eu_establishment: 'IE',
  representative: 'EU-Vertretung (Art. 27): Muster Rep Ltd, 1 Main Street, Dublin',
  subject_countries: ['AT', 'NL'],
  land: 'BY',
  diocese: 'wuerzburg',
  special: 'sparkasse',
  org_name: 'Kreisverwaltung „Beispiel“ <script>alert(1)</script> 🏛️',
  org_address: 'Musterstraße 1\n12345 Musterstadt',
  contact_name: 'Zoë Ångström-Łukasiewicz',
  contact_role: 'Datenschutzkoordination / DSB-Vertretung',
  contact_email: 'zoe@example.org',
  contact_phone: '+49 (0)30 123456-78',
  dpo: 'Dr. Ünal Çelik — extern',
  personal_data: true,
  confidentiality: 'known_recipients',
  integrity: 'restored',
  availability: 'brief',
  incident_type: 'open_distribution_list',
  cause: 'error',
  accessed: true,
  sensitive_context: false,
  description:
    'E-Mail an 1.493 Empfänger (An: statt Bcc:).\tTab, "Anführungszeichen", Backslash \\, \u2028\u2029 Trenner, \u0001\u001f Steuerzeichen, RTL: שלום, CJK: 漢字, astral: 𝄞',
  occurrence: 'period',
  occurred_from: '2026-11-20T08:15',
  occurred_to: '2026-11-20T08:16',
  aware_at: '2026-11-20T09:00',
  discovery: 'affected_person',
  discovery_details: 'Anruf eines Empfängers',
  data: ['contact', 'identification', 'special_category'],
  data_unknown: false,
  subjects: '1.493',
  subjects_unknown: false,
  records: '1493',
  records_unknown: true,
  subject_groups: 'Bürgerinnen und Bürger',
  vulnerable: false,
  cross_border: true,
  special_details: 'Religionszugehörigkeit (Kirchensteuermerkmal)',
  unintelligible: false,
  backup_restored: null,
  contained: true,
  deletion_confirmed: false,
  measures_before: 'Dienstanweisung: Rundschreiben nur mit Bcc',
  processor_involved: true,
  processor_details: 'Versanddienstleister „Post & Mail“ GmbH, Auftragsverarbeitung nach Art. 28',
  high_risk_neutralised: false,
  measures_taken: 'Rückrufversuch; Bitte um Löschung',
  measures_planned: 'Schulung; Bcc technisch erzwingen',
  misuse_observed: false,
  consequences: 'Offenlegung der E-Mail-Adressen',
  disproportionate_effort: null,
  subjects_informed: 'noch nicht',
  subjects_informed_at: '2026-11-21T10:30',
  never_ask_data: true,
  other_authorities: 'keine',
  follow_up: true,
  first_notice_at: '2026-11-20T17:45',
  first_notice_reference: 'Az. 123.4-2026/0815',
  delay_reasons: 'Wochenende',
};
const caseFile = (answers, extra = {}) =>
  JSON.stringify({ format: 'datenpanne-selbstcheck/case', version: 1, saved_at: '2026-11-23T09:00:00Z', answers, ...extra }, null, 2);

const DE = {
  menu: 'Speichern & Laden',
  save: 'Fall speichern',
  load: 'Fall laden',
  autosave: 'Automatisch in diesem Browser speichern',
  indicator: 'Autospeichern an',
  delete: 'Alle Daten in diesem Browser löschen',
  deleteYes: 'Ja, alles löschen',
  loaded: 'Fall geladen.',
  deleted: 'Alle Daten dieser App in diesem Browser sind gelöscht.',
  notJson: 'Diese Datei ist kein gespeicherter Fall: Sie enthält kein gültiges JSON. Es wurde nichts geändert.',
  otherFormat: 'Diese Datei ist kein mit dem Datenpanne-Selbstcheck gespeicherter Fall. Es wurde nichts geändert.',
  newer:
    'Dieser Fall wurde mit einer neueren Version des Selbstchecks gespeichert (Format-Version 2); diese Version liest nur Format-Version 1. Laden Sie die Seite mit Internetverbindung neu und versuchen Sie es noch einmal. Es wurde nichts geändert.',
  tooLarge: 'Diese Datei ist zu groß für einen gespeicherten Fall (höchstens 1 MB). Es wurde nichts geändert.',
  damaged: 'Diese Datei ist beschädigt: Die Angabe „answers.land“ fehlt oder ist ungültig. Es wurde nichts geändert.',
};
const EN = {
  menu: 'Save & load',
  save: 'Save case',
  notJson: 'This file is not a saved case: it does not contain valid JSON. Nothing was changed.',
};

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

// Servers and browser contexts of a test are closed after it, also when it fails (an open server
// would keep the test process alive).
const opened = [];
afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close().catch(() => {});
});
async function serve(...args) {
  const server = await serveFiles(...args);
  opened.push(server);
  return server;
}

/**
 * A fresh context and page that record every request, CSP violation, page error, console error
 * and every write to a storage (the init script wraps the storage APIs before the app runs).
 */
async function open(url, { context } = {}) {
  context ??= await browser.newContext();
  opened.push(context);
  const log = { requests: [], violations: [], errors: [] };
  context.on('request', (r) => log.requests.push({ method: r.method(), url: r.url() }));
  await context.addInitScript(() => {
    window.__printCalls = 0;
    window.print = () => { window.__printCalls += 1; };
    window.__writes = [];
    const note = (what) => window.__writes.push(what);
    for (const name of ['setItem', 'removeItem', 'clear']) {
      const original = Storage.prototype[name];
      Storage.prototype[name] = function (...args) {
        if (name === 'setItem') note(`${this === window.localStorage ? 'local' : 'session'}Storage.${name}(${args[0]})`);
        return original.apply(this, args);
      };
    }
    const idbOpen = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) {
      note(`indexedDB.open(${args[0]})`);
      return idbOpen.apply(this, args);
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(Document.prototype, 'cookie', {
      get() { return cookie.get.call(this); },
      set(v) { note(`cookie=${v}`); cookie.set.call(this, v); },
    });
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__violations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) log.violations.push(m.text());
    else if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(e.message));
  await page.goto(url);
  // Embedded: wait for the app inside the frame (a lazy frame may load after the host page).
  const iframe = await page.$('iframe[name=app]');
  const frame = iframe ? await iframe.contentFrame() : page.mainFrame();
  await frame.locator('.case-menu').waitFor();
  await appReady(frame);
  return { context, page, log };
}

/** The app's frame: the page itself, or the iframe when embedded. */
const app = (page) => page.frame({ name: 'app' }) ?? page.mainFrame();

async function openMenu(frame, t = DE) {
  const toggle = frame.getByRole('button', { name: t.menu });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await frame.getByRole('button', { name: t.save }).waitFor();
}

const noticeText = (frame) => frame.locator('.case-notice').evaluate((n) => n.textContent.trim());

/** Wait for the menu's message to become something other than `previous`, and return it. */
async function notice(frame, previous = '') {
  await frame.waitForFunction(
    (prev) => {
      const text = document.querySelector('.case-notice')?.textContent.trim() ?? '';
      return text !== '' && text !== prev;
    },
    previous,
    { timeout: 10_000 },
  );
  return noticeText(frame);
}

/**
 * Load `text` as a case file through the file chooser and return the message shown. (Every call
 * is preceded by another message, e.g. the one of `save`, so the new message is always a change.)
 */
async function load(frame, text, name = 'fall.json') {
  await openMenu(frame);
  const previous = await noticeText(frame);
  await frame.locator('input[type=file][data-action=load]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  return notice(frame, previous);
}

/** Save the case through the download and return the parsed file. */
async function save(page, t = DE) {
  const frame = app(page);
  await openMenu(frame, t);
  const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: t.save }).click()]);
  assert.match(download.suggestedFilename(), /^datenpanne-fall-\d{4}-\d\d-\d\d-\d{4}\.json$/);
  const text = readFileSync(await download.path(), 'utf8');
  const doc = JSON.parse(text);
  assert.equal(doc.format, 'datenpanne-selbstcheck/case');
  assert.equal(doc.version, 1);
  assert.match(doc.saved_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  return { doc, text };
}

/** Everything the page's origin keeps in the browser. */
const storage = (frame) =>
  frame.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    cookie: document.cookie,
    caches: await caches.keys(),
    writes: window.__writes,
  }));

/** Local wall-clock time `hours` ago, as a datetime-local field takes it. */
function localTime(hoursAgo) {
  const d = new Date(Date.now() - hoursAgo * 3_600_000);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** What the walk enters; the saved file must hold exactly these answers (plus the untouched). */
const WALKED = {
  role: 'controller',
  sector: 'public',
  land: 'NW',
  org_name: 'Kreis Musterland – Gesundheitsamt',
  contact_email: 'impfzentrum@kreis-musterland.example',
  dpo: 'Dr. Ünal Çelik',
  personal_data: true,
  incident_type: 'open_distribution_list',
  cause: 'error',
  confidentiality: 'known_recipients',
  integrity: 'none',
  availability: 'none',
  description: 'Einladung an 1.494 Personen im offenen Verteiler „An:“.',
  aware_at: localTime(3),
  occurrence: 'at',
  occurred_from: localTime(4),
  discovery: 'affected_person',
  data: ['contact'],
  subjects: '1494',
  vulnerable: false,
  unintelligible: false,
  // Nothing lost or altered: the backup question is not asked (issue 15).
  backup_restored: null,
  contained: false,
  high_risk_neutralised: false,
  measures_taken: 'Rückrufversuch, Bitte um Löschung.',
  misuse_observed: false,
  disproportionate_effort: false,
  other_authorities: 'keine',
};

/** Go forward one step and wait until the next step's heading is shown. */
async function next(frame) {
  const before = await frame.locator('#step-title').innerText();
  await frame.click('#next');
  await frame.waitForFunction((b) => {
    const h = document.getElementById('step-title');
    return h && h.innerText !== b;
  }, before);
}

/**
 * The whole wizard as a user goes through it: start, the six steps (clicking, choosing and
 * typing the answers of WALKED), the verdict with the drafts, and printing the notification
 * (window.print is counted by the init script instead of opening a dialog).
 */
async function walk(page, frame = app(page)) {
  const w = WALKED;
  await frame.getByRole('button', { name: /^(Selbstcheck starten|Start the self-check)$/ }).click();
  await frame.locator('#step-title').waitFor();
  await frame.check(`#q-role-${w.role}`);
  await frame.check(`#q-sector-${w.sector}`);
  await frame.selectOption('#q-land', w.land);
  await frame.fill('#q-org_name', w.org_name);
  await frame.fill('#q-contact_email', w.contact_email);
  await frame.fill('#q-dpo', w.dpo);
  await next(frame);
  await frame.check('#q-personal_data-yes');
  await frame.check(`#q-incident_type-${w.incident_type}`);
  await frame.check(`#q-cause-${w.cause}`);
  await frame.check(`#q-confidentiality-${w.confidentiality}`);
  await frame.check(`#q-integrity-${w.integrity}`);
  await frame.check(`#q-availability-${w.availability}`);
  await frame.fill('#q-description', w.description);
  await next(frame);
  await frame.fill('#q-aware_at', w.aware_at);
  await frame.check(`#q-occurrence-${w.occurrence}`);
  await frame.fill('#q-occurred_from', w.occurred_from);
  await frame.check(`#q-discovery-${w.discovery}`);
  await next(frame);
  await frame.check('#q-data-contact');
  await frame.fill('#q-subjects', w.subjects);
  await frame.check('#q-vulnerable-no');
  await next(frame);
  // A question is answered only where it is asked (issue 15: backup, Art. 34(3)(b) and (c)).
  for (const q of ['unintelligible', 'backup_restored', 'contained', 'high_risk_neutralised']) {
    if (await frame.locator(`#q-${q}-group`).isVisible()) await frame.check(`#q-${q}-no`);
  }
  await frame.fill('#q-measures_taken', w.measures_taken);
  await next(frame);
  await frame.check('#q-misuse_observed-no');
  if (await frame.locator('#q-disproportionate_effort-group').isVisible()) await frame.check('#q-disproportionate_effort-no');
  await frame.fill('#q-other_authorities', w.other_authorities);
  await next(frame);
  await frame.locator('.drafts-panel').waitFor();
  await frame.check('#draft-kind-authority');
  const before = await frame.evaluate(() => window.__printCalls);
  await frame.getByRole('button', { name: 'Drucken / Als PDF speichern' }).click();
  assert.equal(await frame.evaluate(() => window.__printCalls), before + 1, 'the print button prints');
  await page.emulateMedia({ media: 'print' });
  await frame.locator('#print-root').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'screen' });
  await frame.evaluate(() => window.dispatchEvent(new Event('afterprint')));
}

/** The answers of a saved file hold everything the walk entered. */
function assertWalked(answers) {
  for (const [key, value] of Object.entries(WALKED)) assert.deepEqual(answers[key], value, key);
}

/** Every request went to `origin` with GET for a file of the build (or the page's directory). */
function assertOnlyBuildFiles(requests, origin, base = '/') {
  for (const r of requests) {
    if (r.url.startsWith('blob:') || r.url.startsWith('data:')) continue;
    const url = new URL(r.url);
    assert.equal(url.origin, origin, `request to another origin: ${r.url}`);
    assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
    assert.ok(url.pathname.startsWith(base), `outside the app: ${r.url}`);
    const file = url.pathname.slice(base.length);
    assert.ok(file === '' || FILES.has(file), `not a file of the build: ${r.url}`);
  }
}

function assertServed(server, base = '/') {
  assert.ok(server.requests.length > 0);
  assertOnlyBuildFiles(
    server.requests.map((r) => ({ method: r.method, url: server.origin + r.path })),
    server.origin,
    base,
  );
}

async function assertNoViolations(page, log) {
  const inPage = await Promise.all(page.frames().map((f) => f.evaluate(() => window.__violations ?? []).catch(() => [])));
  assert.deepEqual([...log.violations, ...inPage.flat()], [], 'CSP violations');
  assert.deepEqual(log.errors, [], 'errors in the console');
}

test('the CSP allows only the page\'s own files and no inline script', TIMEOUT, async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(csp, 'index.html has a CSP');
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'none'"]);
  assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives['style-src'], ["'self'"]);
  assert.deepEqual(directives['img-src'], ["'self'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'none'"]);
  assert.deepEqual(directives['form-action'], ["'none'"]);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'|\*|https?:|data:/);
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    assert.match(m[1], /\bsrc="\.\/loader-[0-9a-f]{16}\.js"/, 'the only script is the external loader');
    assert.equal(m[2].trim(), '');
  }
  assert.doesNotMatch(html, /<style|\sstyle=/);

  // The browser enforces it: no inline script runs, nothing can be fetched from elsewhere.
  const server = await serve(DIST);
  const { context, page } = await open(server.url);
  const probe = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.head.append(s);
    let fetched = true;
    try {
      await fetch('http://127.0.0.2:9/collect', { method: 'POST', body: 'x' });
    } catch {
      fetched = false;
    }
    navigator.sendBeacon('http://127.0.0.2:9/beacon', 'x');
    await new Promise((r) => setTimeout(r, 100));
    return { inline: window.__inline ?? null, fetched, violations: window.__violations };
  });
  assert.equal(probe.inline, null, 'an injected inline script does not run');
  assert.equal(probe.fetched, false, 'a fetch to another origin is blocked');
  assert.ok(probe.violations.some((v) => v.startsWith('script-src')), probe.violations.join());
  assert.ok(probe.violations.some((v) => v.startsWith('connect-src')), probe.violations.join());
  await context.close();
  await server.close();
});

test('a walk through the wizard, the drafts and printing, with save, reload, load and the language switch: only same-origin GETs of the build, no CSP violation, nothing stored', TIMEOUT, async () => {
  const server = await serve(DIST);
  const { context, page, log } = await open(server.url);
  const frame = app(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'de');

  await walk(page);
  const walked = await save(page);
  assertWalked(walked.doc.answers);

  await page.reload();
  await frame.locator('.case-menu').waitFor();

  await appReady(frame);
  assert.equal((await save(page)).doc.answers.org_name, '', 'autosave is off: a reload forgets');
  assert.equal(await load(frame, walked.text), DE.loaded);
  assert.deepEqual((await save(page)).doc.answers, walked.doc.answers);
  // The wizard shows what was loaded.
  await frame.getByRole('button', { name: 'Selbstcheck starten' }).click();
  assert.equal(await frame.inputValue('#q-org_name'), WALKED.org_name);
  assert.ok(await frame.isChecked('#q-sector-public'));

  await frame.getByRole('button', { name: 'English' }).click();
  await frame.waitForFunction(() => document.documentElement.lang === 'en');
  assert.deepEqual((await save(page, EN)).doc.answers, walked.doc.answers, 'switching the language keeps the answers');
  await frame.getByRole('button', { name: 'Deutsch' }).click();
  await frame.waitForFunction(() => document.documentElement.lang === 'de');

  const kept = await storage(frame);
  assert.deepEqual(
    { local: kept.local, session: kept.session, indexedDB: kept.indexedDB, cookie: kept.cookie, writes: kept.writes },
    { local: [], session: [], indexedDB: [], cookie: '', writes: [] },
    'with autosave off nothing is written to any storage',
  );
  assert.deepEqual(await context.cookies(), []);
  assert.ok(!(await frame.getByText(DE.indicator).isVisible()), 'no autosave indicator while off');

  assertOnlyBuildFiles(log.requests, server.origin);
  assertServed(server);
  await assertNoViolations(page, log);
  console.log(`${server.requests.length} requests, all build files`);
  await context.close();
  await server.close();
});

test('export, reload, import restores every answer; the saved file lists every answer', TIMEOUT, async () => {
  const server = await serve(DIST);
  const { context, page, log } = await open(server.url);
  const frame = app(page);

  // The empty case names exactly the answers of the fixture: a new question must be added here.
  const empty = (await save(page)).doc.answers;
  assert.deepEqual(Object.keys(empty).sort(), Object.keys(FULL).sort());

  assert.equal(await load(frame, caseFile(FULL)), DE.loaded);
  const { text } = await save(page);
  assert.deepEqual(JSON.parse(text).answers, FULL);
  assert.ok(text.startsWith('{\n  "format": "datenpanne-selbstcheck/case",\n  "version": 1,\n'), 'the header comes first');
  assert.ok(text.endsWith('}\n') && text.includes('\n  "answers": {\n'), 'pretty-printed');

  await page.reload();
  await frame.locator('h1').first().waitFor();

  await appReady(frame);
  assert.deepEqual((await save(page)).doc.answers, empty, 'autosave is off: a reload forgets');
  assert.equal(await load(frame, text, 'datenpanne-fall.json'), DE.loaded);
  assert.deepEqual((await save(page)).doc.answers, FULL);

  // Keys this version does not know are reported and ignored; the rest is loaded.
  const withUnknown = caseFile({ ...FULL, zukunft: 1, '<b>x</b>': 'y' });
  assert.equal(
    await load(frame, withUnknown),
    `${DE.loaded} Diese Angaben kennt diese Version nicht; sie wurden nicht übernommen: „<b>x</b>“, „zukunft“.`,
  );
  assert.equal(await frame.locator('.case-notice b').count(), 0, 'file content is shown as text');
  assert.deepEqual((await save(page)).doc.answers, FULL);
  await assertNoViolations(page, log);
  await context.close();
  await server.close();
});

test('each bad file shows its message and changes nothing', TIMEOUT, async () => {
  const server = await serve(DIST);
  const { context, page, log } = await open(server.url);
  const frame = app(page);
  assert.equal(await load(frame, caseFile(FULL)), DE.loaded);

  const bad = [
    ['not JSON', 'Das ist kein JSON {', DE.notJson],
    ['empty', '', DE.notJson],
    ['another format', JSON.stringify({ format: 'something-else', version: 1, answers: {} }), DE.otherFormat],
    ['a JSON array', '[1, 2, 3]', DE.otherFormat],
    ['a newer version', caseFile({}, { version: 2 }), DE.newer],
    ['too large', caseFile({ ...FULL, description: 'x'.repeat(1_000_001) }), DE.tooLarge],
    ['a damaged answer', caseFile({ ...FULL, land: 'Atlantis' }), DE.damaged],
  ];
  for (const [what, text, message] of bad) {
    assert.equal(await load(frame, text), message, what);
    assert.equal(await frame.locator('.case-notice').getAttribute('role'), 'alert');
    assert.deepEqual((await save(page)).doc.answers, FULL, `${what} changed nothing`);
  }

  await frame.getByRole('button', { name: 'English' }).click();
  await frame.waitForFunction(() => document.documentElement.lang === 'en');
  await openMenu(frame, EN);
  await frame.locator('input[type=file][data-action=load]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
  await frame.getByText(EN.notJson).waitFor();
  assert.deepEqual((await save(page, EN)).doc.answers, FULL);
  await assertNoViolations(page, log);
  await context.close();
  await server.close();
});

test('autosave: off by default, on keeps the case over a reload, "delete" empties every storage', TIMEOUT, async () => {
  const server = await serve(DIST);
  const { context, page, log } = await open(server.url);
  const frame = app(page);
  await openMenu(frame);
  const toggle = frame.getByRole('switch', { name: DE.autosave });
  assert.equal(await toggle.isChecked(), false, 'off by default');
  assert.equal(await load(frame, caseFile(FULL)), DE.loaded);
  assert.deepEqual((await storage(frame)).local, []);

  await toggle.check();
  await frame.getByText(DE.indicator).waitFor();
  await frame.waitForFunction(() => localStorage.length === 1);
  let kept = await storage(frame);
  assert.deepEqual(kept.local, ['datenpanne-selbstcheck/autosave']);
  assert.deepEqual(kept.session, []);
  assert.deepEqual(kept.indexedDB, []);
  assert.equal(kept.cookie, '');

  await page.reload();
  await frame.locator('h1').first().waitFor();

  await appReady(frame);
  await frame.getByText(DE.indicator).waitFor();
  assert.deepEqual((await save(page)).doc.answers, FULL, 'a reload restores the answers');
  assert.equal(await frame.getByRole('switch', { name: DE.autosave }).isChecked(), true);

  // Switching off deletes the copy; switching on again writes it again.
  await frame.getByRole('switch', { name: DE.autosave }).uncheck();
  await frame.waitForFunction(() => localStorage.length === 0);
  assert.ok(!(await frame.getByText(DE.indicator).isVisible()));
  await frame.getByRole('switch', { name: DE.autosave }).check();
  await frame.waitForFunction(() => localStorage.length === 1);

  // In the middle of the wizard, with the offline copy in place: "delete" removes everything
  // and goes back to the start screen.
  await frame.getByRole('button', { name: 'Selbstcheck starten' }).click();
  await frame.locator('#step-title').waitFor();
  await frame.evaluate(() => navigator.serviceWorker.ready);
  await frame.waitForFunction(async () => (await caches.keys()).length === 1);
  // Asking first, with the focus on the harmless answer; "Abbrechen" goes back.
  await frame.getByRole('button', { name: DE.delete }).click();
  await frame.waitForFunction(() => document.activeElement?.textContent === 'Abbrechen');
  await frame.getByRole('button', { name: 'Abbrechen' }).click();
  await frame.waitForFunction((name) => document.activeElement?.textContent === name, DE.delete);
  assert.equal(await frame.getByRole('button', { name: DE.deleteYes }).isVisible(), false);
  await frame.getByRole('button', { name: DE.delete }).click();
  await frame.getByRole('button', { name: DE.deleteYes }).click();
  assert.equal(await notice(frame), DE.deleted);
  await frame.locator('#start-title').waitFor();
  await frame.waitForFunction(async () => (await caches.keys()).length === 0 && !(await navigator.serviceWorker.getRegistration()));
  kept = await storage(frame);
  assert.deepEqual(
    { local: kept.local, session: kept.session, indexedDB: kept.indexedDB, cookie: kept.cookie, caches: kept.caches },
    { local: [], session: [], indexedDB: [], cookie: '', caches: [] },
  );
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await frame.getByRole('switch', { name: DE.autosave }).isChecked(), false);
  assert.ok(!(await frame.getByText(DE.indicator).isVisible()));
  const after = (await save(page)).doc.answers;
  assert.equal(after.org_name, '', 'the answers on the page are gone too');
  await page.reload();
  await frame.locator('h1').first().waitFor();
  await appReady(frame);
  assert.equal((await save(page)).doc.answers.org_name, '', 'and stay gone after a reload');
  await assertNoViolations(page, log);
  await context.close();
  await server.close();
});

test('served from a sub-path: works, then works offline after one visit', TIMEOUT, async () => {
  const server = await serve(DIST, { base: BASE });
  const { context, page, log } = await open(server.url);
  const frame = app(page);
  const registration = await frame.evaluate(async () => {
    const r = await navigator.serviceWorker.ready;
    return { scope: r.scope, script: r.active.scriptURL };
  });
  assert.equal(registration.scope, server.url);
  assert.equal(registration.script, `${server.url}sw.js`);
  await frame.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // The cache holds exactly this release's files (all but sw.js itself and the pre-compressed
  // copies), the drafts module included: the walk below reaches the drafts offline.
  const cached = await frame.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names[0]);
    return { names, urls: (await cache.keys()).map((r) => r.url) };
  });
  assert.equal(cached.names.length, 1);
  assert.ok(cached.names[0].startsWith(`datenpanne-selbstcheck:${server.url}:`), cached.names[0]);
  assert.deepEqual(
    cached.urls.map((u) => u.slice(server.url.length)).sort(),
    CACHED,
  );
  assertOnlyBuildFiles(log.requests, server.origin, BASE);
  assertServed(server, BASE);

  // The server goes away. The page still loads, and works.
  await server.close();
  await page.reload();
  await frame.locator('h1').first().waitFor();
  await appReady(frame);
  await frame.getByRole('button', { name: 'English' }).click();
  await frame.waitForFunction(() => document.documentElement.lang === 'en');
  await frame.getByRole('button', { name: 'Deutsch' }).click();
  await walk(page);
  assertWalked((await save(page)).doc.answers);
  assert.equal(await load(frame, caseFile(FULL)), DE.loaded);
  assert.deepEqual((await save(page)).doc.answers, FULL);

  // A new visit, with URL parameters, offline too.
  const second = await context.newPage();
  await second.goto(`${server.url}?lang=en&land=NW&sector=public`);
  await second.locator('h1').first().waitFor();
  await appReady(second);
  assert.equal(await second.getAttribute('html', 'lang'), 'en');
  const preset = (await save(second, EN)).doc.answers;
  assert.equal(preset.land, 'NW');
  assert.equal(preset.sector, 'public');
  await assertNoViolations(page, log);
  await context.close();
});

test('a new release replaces the offline copy of the old one', TIMEOUT, async () => {
  // Release 1 is the build; release 2 the same files with another version in sw.js, as a new
  // build has. The server reads the folder on every request, so the release is swapped in place.
  const folder = mkdtempSync(join(tmpdir(), 'privacy-release-'));
  try {
    cpSync(DIST, folder, { recursive: true });
    const server = await serve(folder, { base: BASE });
    const { page } = await open(server.url);
    const frame = app(page);
    await frame.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const [first] = await frame.evaluate(() => caches.keys());
    const sw = readFileSync(join(folder, 'sw.js'), 'utf8');
    const version = sw.match(/const VERSION = "([0-9a-f]{16})";/)[1];
    const next = version.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    writeFileSync(join(folder, 'sw.js'), sw.replace(`"${version}"`, `"${next}"`));

    await page.reload();
    await frame.locator('.case-menu').waitFor();

    await appReady(frame);
    await frame.waitForFunction(
      async (name) => {
        const keys = await caches.keys();
        return keys.length === 1 && keys[0] === name;
      },
      first.replace(version, next),
      { timeout: 15_000 },
    );
    const cached = await frame.evaluate(async () => (await (await caches.open((await caches.keys())[0])).keys()).length);
    assert.equal(cached, CACHED.length, 'the new cache holds every file of the release');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('embedded in an iframe on another origin: a walk works and the frame\'s height follows', TIMEOUT, async () => {
  const appServer = await serve(DIST, { base: BASE });
  const doc = readFileSync(join(ROOT, 'docs/EMBEDDING.md'), 'utf8');
  const snippet = doc.match(/```html\n([\s\S]*?)```/)[1].replaceAll('https://example.org/selbstcheck/', appServer.url);
  assert.match(snippet, /datenpanne-selbstcheck:height/);
  const hostHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Host</title></head><body><h1>Host page</h1>
<script>window.messages = []; addEventListener('message', (e) => window.messages.push({ origin: e.origin, data: e.data }));</script>
${snippet.replace('<iframe id=', '<iframe name="app" id=')}
<p id="after">Below the frame</p></body></html>`;
  const host = await serve(DIST, { base: '/__nothing__/', extraRoutes: { '/host.html': ['text/html; charset=utf-8', hostHtml] } });
  assert.notEqual(host.origin, appServer.origin);

  const { context, page, log } = await open(`${host.origin}/host.html`);
  const frame = app(page);
  assert.notEqual(frame, page.mainFrame(), 'the app runs in the frame');
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'de', 'the snippet asks for German');

  const frameHeight = () => page.locator('#datenpanne-selbstcheck').evaluate((f) => f.getBoundingClientRect().height);
  const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  // The frame's height equals its content's height once the messages have arrived.
  const follows = async () => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const [outer, inner] = [await frameHeight(), await contentHeight()];
      if (Math.abs(outer - inner) <= 1) return;
      if (Date.now() > deadline) assert.fail(`the frame is ${outer}px tall, its content ${inner}px`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  await follows();
  const closed = await frameHeight();
  await openMenu(frame);
  await follows();
  const opened = await frameHeight();
  assert.ok(opened > closed + 50, `the frame grows with the menu (${closed} → ${opened})`);
  await frame.getByRole('button', { name: DE.menu }).click();
  await follows();
  assert.ok(Math.abs((await frameHeight()) - closed) <= 1, 'and shrinks again');

  // The messages carry the height and nothing else, from the app's origin.
  const messages = await page.evaluate(() => window.messages);
  assert.ok(messages.length >= 3);
  for (const m of messages) {
    assert.equal(m.origin, appServer.origin);
    assert.deepEqual(Object.keys(m.data).sort(), ['height', 'type']);
    assert.equal(m.data.type, 'datenpanne-selbstcheck:height');
    assert.ok(Number.isInteger(m.data.height) && m.data.height > 0);
  }

  // The URL's Land and sector are preselected; a walk, save and load work inside the frame.
  const preset = (await save(page)).doc.answers;
  assert.equal(preset.land, 'NW');
  assert.equal(preset.sector, 'public');
  await walk(page, frame);
  await follows();
  assertWalked((await save(page)).doc.answers);
  assert.equal(await load(frame, caseFile(FULL)), DE.loaded);
  assert.deepEqual((await save(page)).doc.answers, FULL);
  const kept = await storage(frame);
  assert.deepEqual([kept.local, kept.session, kept.indexedDB, kept.writes], [[], [], [], []]);

  assert.deepEqual(host.requests.map((r) => r.path), ['/host.html']);
  assertOnlyBuildFiles(
    log.requests.filter((r) => !r.url.startsWith(`${host.origin}/host.html`)),
    appServer.origin,
    BASE,
  );
  assertServed(appServer, BASE);
  await assertNoViolations(page, log);
  console.log(`embedded: ${messages.length} height messages before the walk`);
  await context.close();
  await host.close();
  await appServer.close();
});
