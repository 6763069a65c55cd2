// The next steps after the verdict (issue #16, items 2 and 3), in headless Chromium against the
// built dist/ (DIST): the breach register (Art. 33(5)) and the form aid, both in the drafts
// module on the summary step.
//
//  - The register stores nothing until it is switched on, and nothing after "Verzeichnis
//    löschen" or the app's "delete all data".
//  - Three cases export as CSV (byte order mark, header, three rows, umlauts) and JSON; the JSON
//    imports back into an empty register identically; a damaged file changes nothing and says why.
//  - The form aid copies every filled field (the clipboard is read back); open fields are marked.
//  - axe-core finds nothing on either, in German and English; at 390 px nothing scrolls sideways;
//    printing hides the controls.
//  - Both work inside the embed snippet's sandboxed iframe, and offline after the first visit.
//
// Run: DIST=/path/to/dist node --test --test-concurrency=1 tests/e2e/next-steps.test.mjs
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve as serveFiles } from './server.mjs';
import { launch, appReady } from './browser.mjs';
import { DIST, ROOT } from './paths.mjs';

const TIMEOUT = { timeout: 240_000 };
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const KEY = 'datenpanne-selbstcheck/register';
// The assessment runs "now": fixed, so deadlines and file names do not depend on the day.
const NOW = new Date('2026-11-23T12:00:00+01:00');

/** A case: the open distribution list of a public body in North Rhine-Westphalia. */
const CASE = {
  role: 'controller',
  sector: 'public',
  land: 'NW',
  org_name: 'Kreis Musterland – Gesundheitsamt',
  org_address: 'Hauptstraße 92\n58332 Musterstadt',
  contact_name: 'Jana Beispiel',
  contact_email: 'impfzentrum@kreis-musterland.example',
  dpo: 'Dr. Ünal Çelik',
  personal_data: true,
  incident_type: 'open_distribution_list',
  cause: 'error',
  confidentiality: 'known_recipients',
  integrity: 'none',
  availability: 'none',
  description: 'Einladung an 1.494 Personen im offenen Verteiler „An:“ statt Bcc verschickt.',
  aware_at: '2026-11-23T09:00',
  occurrence: 'at',
  occurred_from: '2026-11-23T08:40',
  discovery: 'affected_person',
  data: ['contact'],
  subjects: '1494',
  vulnerable: false,
  unintelligible: false,
  backup_restored: false,
  contained: false,
  high_risk_neutralised: false,
  measures_taken: 'Rückrufversuch, Bitte um Löschung.',
  misuse_observed: false,
  disproportionate_effort: false,
  subjects_informed: 'Entschuldigung per E-Mail (Bcc)',
  other_authorities: 'keine',
};
/** Three different cases (the register's id is when it became known, who, and what). */
const CASES = [
  CASE,
  { ...CASE, org_name: 'Praxis Dr. Müller', aware_at: '2026-11-20T16:30', description: 'Befund an falschen Empfänger, Größe unklar.' },
  { ...CASE, org_name: 'Sportverein Grün-Weiß Süd e.V.', aware_at: '2026-11-22T10:15', incident_type: 'lost_device', description: 'Laptop mit Mitgliederliste im Zug verloren.' },
];
const caseFile = (answers) =>
  JSON.stringify({ format: 'datenpanne-selbstcheck/case', version: 1, saved_at: '2026-11-23T09:00:00Z', answers }, null, 2);

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

// Servers and contexts of a test are closed after it, also when it fails.
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
 * A fresh context and page (Berlin time, fixed clock, downloads accepted) that records page
 * errors and every write to a storage (wrapped before the app runs). With an iframe named "app"
 * in the page, the app is looked for there.
 */
async function open(url, options = {}) {
  const { clock = true, ...contextOptions } = options;
  const context = await browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'de-DE', acceptDownloads: true, ...contextOptions });
  opened.push(context);
  await context.addInitScript(() => {
    window.__printCalls = 0;
    window.print = () => { window.__printCalls += 1; };
    window.__writes = [];
    for (const name of ['setItem', 'removeItem', 'clear']) {
      const original = Storage.prototype[name];
      Storage.prototype[name] = function (...args) {
        window.__writes.push(`${this === window.localStorage ? 'local' : 'session'}Storage.${name}(${args[0] ?? ''})`);
        return original.apply(this, args);
      };
    }
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (clock) await page.clock.setFixedTime(NOW);
  await page.goto(url);
  const iframe = await page.$('iframe[name=app]');
  const frame = iframe ? await iframe.contentFrame() : page.mainFrame();
  await frame.locator('.case-menu').waitFor();
  await appReady(frame);
  return { context, page, frame, errors };
}

const menuName = { de: 'Speichern & Laden', en: 'Save & load' };

/** Load `answers` through the case menu's file chooser; then close the menu again. */
async function loadCase(frame, answers, lang = 'de') {
  const toggle = frame.getByRole('button', { name: menuName[lang] });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await frame.locator('.case-panel input[type=file]').setInputFiles({ name: 'fall.json', mimeType: 'application/json', buffer: Buffer.from(caseFile(answers)) });
  await frame.waitForFunction(() => /^(Fall geladen|Case loaded)/.test(document.querySelector('.case-notice')?.textContent ?? ''));
  await toggle.click();
}

/** From the start screen to the summary, where the drafts module shows the panels. */
async function toSummary(frame) {
  if (await frame.locator('#start').count()) {
    await frame.click('#start');
    await frame.locator('#step-title').waitFor();
  }
  await frame.click('.progress li:nth-child(7) button');
  await frame.locator('.drafts-panel').waitFor({ timeout: 30_000 });
  await frame.locator('.register').waitFor();
}

/** Load `answers` and show the summary. */
async function caseAtSummary(frame, answers = CASE) {
  await loadCase(frame, answers);
  await toSummary(frame);
}

const stored = (frame) => frame.evaluate((key) => ({ keys: Object.keys(localStorage), value: localStorage.getItem(key) }), KEY);
const writes = (frame) => frame.evaluate(() => window.__writes.filter((w) => !w.startsWith('sessionStorage')));
const notice = (frame) => frame.locator('.register-notice').evaluate((n) => n.textContent.trim());

/** Wait until the register's message matches `pattern`, and return it. */
async function noticeMatching(frame, pattern) {
  await frame.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('.register-notice')?.textContent ?? ''),
    pattern.source,
    { timeout: 10_000 },
  );
  return notice(frame);
}

async function switchOn(frame) {
  await frame.getByRole('switch', { name: 'Verzeichnis auf diesem Gerät führen' }).check();
  await frame.locator('#register-add').waitFor();
}

/** Add the current case with its default title; returns the number of rows then. */
async function addCase(frame) {
  const rows = await frame.locator('.register-table tbody tr').count();
  const updating = (await frame.locator('#register-add').innerText()).includes('aktualisieren');
  await frame.click('#register-add');
  if (!updating) await frame.waitForFunction((n) => document.querySelectorAll('.register-table tbody tr').length === n + 1, rows);
  await noticeMatching(frame, /^Der (Fall ist im Verzeichnis|Eintrag wurde aktualisiert)/);
  return frame.locator('.register-table tbody tr').count();
}

/** Click `selector` and return the download's file name and bytes. */
async function download(page, frame, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), frame.click(selector)]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/** Import `text` through the register's file chooser. */
async function importText(frame, text, name = 'verzeichnis.json') {
  await frame.locator('#register-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function deleteRegister(frame) {
  await frame.getByRole('button', { name: 'Verzeichnis löschen' }).click();
  await frame.getByRole('button', { name: 'Ja, Verzeichnis löschen' }).click();
  await noticeMatching(frame, /^Das Verzeichnis ist gelöscht/);
}

test('the register stores nothing until switched on, and nothing after "Verzeichnis löschen" or "delete all"', TIMEOUT, async () => {
  const server = await serve(DIST);
  const { frame, errors } = await open(server.url);
  await caseAtSummary(frame);
  const toggle = frame.getByRole('switch', { name: 'Verzeichnis auf diesem Gerät führen' });
  assert.equal(await toggle.isChecked(), false, 'off by default');
  assert.equal(await frame.locator('#register-add').isVisible(), false, 'no register controls while off');
  assert.deepEqual(await stored(frame), { keys: [], value: null });
  assert.deepEqual(await writes(frame), [], 'nothing written before the switch');

  await switchOn(frame);
  let s = await stored(frame);
  assert.deepEqual(s.keys, [KEY]);
  assert.deepEqual(JSON.parse(s.value), { format: 'datenpanne-selbstcheck/register', version: 1, entries: [] });
  assert.equal(await frame.locator('.register-empty').innerText(), 'Das Verzeichnis ist leer.');

  // The default title: the organisation and the description's first words.
  assert.equal(await frame.inputValue('#register-title-input'), 'Kreis Musterland – Gesundheitsamt: Einladung an 1.494 Personen im offenen …');
  assert.equal(await addCase(frame), 1);
  // Saving the same case again replaces its row.
  assert.equal(await frame.locator('#register-add').innerText(), 'Diesen Fall aktualisieren');
  assert.equal(await addCase(frame), 1);
  s = await stored(frame);
  assert.equal(JSON.parse(s.value).entries.length, 1);
  const row = frame.locator('.register-table tbody tr').first();
  const cells = await row.locator('th, td').allInnerTexts();
  assert.match(cells[0], /^23\.11\.2026, 12:00 Uhr/, 'saved');
  assert.match(cells[1], /^Kreis Musterland/, 'title');
  assert.match(cells[2], /23\.11\.2026, 09:00 Uhr/, 'known since');
  assert.match(cells[3], /26\.11\.2026, 09:00 Uhr/, 'deadline: 72 hours later');
  assert.match(cells[5], /noch nicht gemeldet/);
  assert.match(cells[6], /Erfolgt: Entschuldigung per E-Mail \(Bcc\)/);
  assert.match(cells[7], /Nordrhein-Westfalen/);

  // A reload keeps the register on, with its row.
  await frame.page().reload();
  await appReady(frame);
  await caseAtSummary(frame);
  assert.equal(await frame.getByRole('switch', { name: 'Verzeichnis auf diesem Gerät führen' }).isChecked(), true);
  assert.equal(await frame.locator('.register-table tbody tr').count(), 1);

  // Switching off asks first ("Abbrechen" keeps everything), as "Verzeichnis löschen" does.
  // By keyboard: the question comes with the focus on "Abbrechen", which gives it back.
  await frame.getByRole('switch', { name: 'Verzeichnis auf diesem Gerät führen' }).focus();
  await frame.page().keyboard.press('Space');
  await frame.waitForFunction(() => document.activeElement?.id === 'register-delete-cancel');
  await frame.page().keyboard.press('Enter');
  await frame.waitForFunction(() => document.activeElement?.id === 'register-delete');
  assert.equal(await frame.getByRole('switch', { name: 'Verzeichnis auf diesem Gerät führen' }).isChecked(), true);
  assert.deepEqual((await stored(frame)).keys, [KEY]);
  await deleteRegister(frame);
  assert.deepEqual(await stored(frame), { keys: [], value: null });
  assert.equal(await frame.getByRole('switch', { name: 'Verzeichnis auf diesem Gerät führen' }).isChecked(), false);
  await frame.waitForFunction(() => document.activeElement?.id === 'register-switch');

  // On again, a case in, then the app's "delete all data": the register goes too.
  await switchOn(frame);
  await addCase(frame);
  assert.deepEqual((await stored(frame)).keys, [KEY]);
  await frame.getByRole('button', { name: 'Speichern & Laden' }).click();
  await frame.getByRole('button', { name: 'Alle Daten in diesem Browser löschen' }).click();
  await frame.getByRole('button', { name: 'Ja, alles löschen' }).click();
  await frame.locator('#start-title').waitFor();
  assert.deepEqual(await stored(frame), { keys: [], value: null });
  await caseAtSummary(frame);
  assert.equal(await frame.getByRole('switch', { name: 'Verzeichnis auf diesem Gerät führen' }).isChecked(), false);
  assert.deepEqual(errors, []);
});

test('three cases: CSV and JSON export, the JSON imports back identically, a damaged file changes nothing', TIMEOUT, async () => {
  const server = await serve(DIST);
  const { page, frame, errors } = await open(server.url);
  await caseAtSummary(frame);
  await switchOn(frame);
  for (const c of CASES) {
    await loadCase(frame, c);
    await addCase(frame);
  }
  assert.equal(await frame.locator('.register-table tbody tr').count(), 3);

  // The second case was notified: date and reference, kept in storage and shown in the row.
  const second = frame.locator('.register-table tbody tr').nth(1);
  await second.getByLabel('Gemeldet am').fill('2026-11-21');
  await noticeMatching(frame, /^Gespeichert\.$/);
  await second.getByLabel('Aktenzeichen').fill('LDI-2026-0815');
  await second.getByLabel('Aktenzeichen').press('Tab');
  await frame.waitForFunction(() => /Aktenzeichen LDI-2026-0815/.test(document.querySelectorAll('.register-table tbody tr')[1]?.textContent ?? ''));
  assert.match(await second.locator('.register-notified').innerText(), /^gemeldet am 21\.11\.2026 \(Aktenzeichen LDI-2026-0815\)$/);

  // CSV: byte order mark, header, three rows, umlauts intact, German separators.
  const csv = await download(page, frame, '#register-csv');
  assert.equal(csv.name, 'verzeichnis-datenpannen-2026-11-23.csv');
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
  assert.equal(lines.pop(), '', 'CRLF after the last row');
  assert.equal(lines.length, 4, 'header and three rows');
  assert.ok(lines[0].startsWith('"Gespeichert am";"Titel";"Bekannt seit";"Meldefrist (UTC)";"Risiko"'), lines[0]);
  assert.ok(lines[2].includes('"Praxis Dr. Müller: Befund an falschen Empfänger, Größe unklar."'), lines[2]);
  assert.ok(lines[2].includes('"2026-11-21";"LDI-2026-0815"'), lines[2]);
  assert.ok(lines[3].includes('Sportverein Grün-Weiß Süd e.V.'), lines[3]);

  // JSON: the register format, three entries with their saved cases.
  const first = await download(page, frame, '#register-json');
  assert.equal(first.name, 'verzeichnis-datenpannen-2026-11-23.json');
  const doc = JSON.parse(first.bytes.toString('utf8'));
  assert.equal(doc.format, 'datenpanne-selbstcheck/register');
  assert.equal(doc.entries.length, 3);
  assert.deepEqual(doc.entries.map((e) => e.case.answers.org_name), CASES.map((c) => c.org_name));
  assert.equal(doc.entries[1].reference, 'LDI-2026-0815');

  // The internal record of a row: drawn from that row's saved case.
  const record = await download(page, frame, '.register-table tbody tr:nth-child(2) button:has-text("Interne Dokumentation")');
  assert.match(record.name, /^dokumentation-datenpanne-2026-11-23\.txt$/);
  assert.match(record.bytes.toString('utf8'), /Praxis Dr\. Müller/);

  // Damaged files: the message names the problem, and nothing changes.
  const before = await stored(frame);
  await importText(frame, '{"format": "datenpanne-selbstcheck/register", "version": 1, "entries": [');
  assert.equal(
    await noticeMatching(frame, /^Diese Datei ist kein Verzeichnis/),
    'Diese Datei ist kein Verzeichnis: Sie enthält kein gültiges JSON. Das Verzeichnis wurde nicht geändert.',
  );
  const noTitle = JSON.stringify({ ...doc, entries: doc.entries.map(({ title, ...rest }, i) => (i === 1 ? rest : { title, ...rest })) });
  await importText(frame, noTitle);
  assert.equal(
    await noticeMatching(frame, /^Diese Datei ist beschädigt/),
    'Diese Datei ist beschädigt: In Eintrag 2 fehlt die Angabe „title“ oder sie ist ungültig. Das Verzeichnis wurde nicht geändert.',
  );
  assert.equal(await frame.locator('.register-notice').getAttribute('class'), 'register-notice error');
  assert.deepEqual(await stored(frame), before, 'storage unchanged');
  assert.equal(await frame.locator('.register-table tbody tr').count(), 3, 'table unchanged');

  // Into an empty register: the downloaded JSON of the re-imported register is the first one.
  await deleteRegister(frame);
  await switchOn(frame);
  await importText(frame, first.bytes.toString('utf8'));
  assert.equal(await noticeMatching(frame, /^Importiert/), 'Importiert. Einträge aus der Datei: 3');
  assert.equal(await frame.locator('.register-table tbody tr').count(), 3);
  const again = await download(page, frame, '#register-json');
  assert.equal(again.bytes.toString('utf8'), first.bytes.toString('utf8'), 're-imported register exports identically');
  // Importing the same file again merges by id: still three rows.
  await importText(frame, first.bytes.toString('utf8'));
  await frame.waitForTimeout(300);
  assert.equal(await frame.locator('.register-table tbody tr').count(), 3, 'merged by id');
  assert.deepEqual(errors, []);
});

test('the form aid copies every filled field, marks the open ones, and announces each copy', TIMEOUT, async () => {
  const server = await serve(DIST);
  const { context, frame, errors } = await open(server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  // Some answers open: how many records, the measures planned, the consequences.
  await caseAtSummary(frame, { ...CASE, records: '', records_unknown: true });
  await frame.getByLabel('Formularhilfe').check();
  await frame.locator('.form-aid-field').first().waitFor();
  assert.equal(await frame.locator('.draft-preview').isVisible(), false, 'the preview makes way');
  const fields = await frame.locator('.form-aid-field').evaluateAll((items) =>
    items.map((li) => ({
      label: li.querySelector('.form-aid-label').textContent,
      value: li.querySelector('.form-aid-value').textContent,
      open: li.dataset.open === 'true',
      badge: li.querySelector('.form-aid-badge')?.textContent ?? null,
    })));
  const openFields = fields.filter((f) => f.open);
  const filled = fields.filter((f) => !f.open);
  assert.ok(fields.length >= 15, `${fields.length} fields`);
  assert.ok(openFields.length >= 1, 'some fields are open');
  for (const f of openFields) {
    assert.equal(f.badge, 'noch offen', `${f.label} is marked in words`);
    assert.match(f.value, /\[noch offen\]/);
  }
  for (const f of filled) assert.equal(f.badge, null);
  assert.equal(await frame.locator('#form-aid-count').innerText(), `${openFields.length} von ${fields.length} Feldern ${openFields.length === 1 ? 'ist' : 'sind'} noch offen.`);
  assert.ok(fields.some((f) => f.value.includes('Kreis Musterland – Gesundheitsamt')));

  // Every filled field: copy, announce, read back.
  const buttons = frame.locator('.form-aid-field[data-open=false] .form-aid-copy');
  assert.equal(await buttons.count(), filled.length);
  for (let i = 0; i < filled.length; i++) {
    const f = filled[i];
    const button = buttons.nth(i);
    // Half by keyboard: the buttons are real buttons.
    if (i % 2) {
      await button.focus();
      await button.press(i % 4 === 1 ? 'Enter' : 'Space');
    } else {
      await button.click();
    }
    await frame.waitForFunction((want) => document.querySelector('.form-aid-status')?.textContent === want, `„${f.label}“ kopiert`);
    await frame.waitForFunction(async (want) => (await navigator.clipboard.readText()) === want, f.value, { timeout: 5_000 })
      .catch(async () => assert.equal(await frame.evaluate(() => navigator.clipboard.readText()), f.value, `copied: ${f.label}`));
  }
  const status = frame.locator('.form-aid-status');
  assert.equal(await status.getAttribute('role'), 'status');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  // The button's name says which field it copies.
  assert.equal(await buttons.first().evaluate((b) => b.textContent), `Kopieren: ${filled[0].label}`);

  // English interface, English draft: the fields follow.
  await frame.click('#lang-toggle');
  await frame.waitForFunction(() => document.documentElement.lang === 'en');
  await frame.waitForFunction(() => /not known yet/.test(document.querySelector('#form-aid-count')?.textContent ?? ''));
  await frame.locator('.form-aid-field[data-open=false] .form-aid-copy').first().click();
  const label = await frame.locator('.form-aid-field[data-open=false] .form-aid-label').first().textContent();
  await frame.waitForFunction((want) => document.querySelector('.form-aid-status')?.textContent === want, `“${label}” copied`);
  assert.deepEqual(errors, []);
});

test('storage refused: blocked, the register stays off; full, nothing is lost and the message says so', TIMEOUT, async () => {
  const server = await serve(DIST);
  // Blocked (as in a frame sandboxed without allow-same-origin, or by the browser's settings).
  const blocked = await browser.newContext({ timezoneId: 'Europe/Berlin', acceptDownloads: true });
  opened.push(blocked);
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  const page = await blocked.newPage();
  await page.goto(server.url);
  await appReady(page);
  await caseAtSummary(page.mainFrame());
  // The switch does not stay on: Playwright's check() would insist, a click does not.
  await page.getByRole('switch', { name: 'Verzeichnis auf diesem Gerät führen' }).click();
  assert.equal(
    await noticeMatching(page.mainFrame(), /kein Speichern/),
    'Dieser Browser erlaubt hier kein Speichern (zum Beispiel im privaten Modus oder in einem eingebetteten Rahmen). Das Verzeichnis bleibt aus.',
  );
  assert.equal(await page.locator('#register-switch').isChecked(), false);
  assert.equal(await page.locator('#register-add').isVisible(), false);

  // Full: a write that throws QuotaExceededError changes nothing on the page.
  const { frame, errors } = await open(server.url);
  await frame.evaluate(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__full && key === 'datenpanne-selbstcheck/register') throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await caseAtSummary(frame);
  await switchOn(frame);
  await addCase(frame);
  const before = await stored(frame);
  await frame.evaluate(() => { window.__full = true; });
  await loadCase(frame, CASES[1]);
  await frame.click('#register-add');
  assert.equal(
    await noticeMatching(frame, /verweigert/),
    'Der Browser hat das Speichern verweigert (Speicher voll oder gesperrt). Das Verzeichnis ist unverändert; sichern Sie es mit „Als JSON exportieren“.',
  );
  assert.equal(await frame.locator('.register-notice').getAttribute('class'), 'register-notice error');
  assert.equal(await frame.locator('.register-table tbody tr').count(), 1, 'the table is unchanged');
  assert.deepEqual(await stored(frame), before, 'the stored register is unchanged');
  // English, too.
  await frame.click('#lang-toggle');
  await frame.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await notice(frame), 'The browser refused to store it (storage full or blocked). The register is unchanged; keep a copy with “Export as JSON”.');
  // Space again: the same action works.
  await frame.evaluate(() => { window.__full = false; });
  await frame.click('#register-add');
  await frame.waitForFunction(() => document.querySelectorAll('.register-table tbody tr').length === 2);
  assert.equal(JSON.parse((await stored(frame)).value).entries.length, 2);
  assert.deepEqual(errors, []);
});

test('axe-core finds nothing on the register and the form aid, German and English; 390 px wide, nothing scrolls sideways; print hides the controls', TIMEOUT, async () => {
  const server = await serve(DIST);
  // The page's CSP forbids injected scripts, rightly; axe runs in a context that bypasses it.
  const { page, frame, errors } = await open(server.url, { bypassCSP: true });
  await caseAtSummary(frame);
  await switchOn(frame);
  for (const c of CASES) {
    await loadCase(frame, c);
    await addCase(frame);
  }
  await frame.getByLabel('Formularhilfe').check();
  await frame.locator('.form-aid-field').first().waitFor();
  await page.addScriptTag({ path: AXE });
  const axe = async (where) => {
    const result = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
    });
    assert.deepEqual(result, [], `axe on ${where}`);
  };
  const fits = async (where) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${where}: ${overflow}px sideways`);
  };
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await axe(`German, ${scheme}`);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await fits('German, 390 px');
  await axe('German, 390 px');
  await page.screenshot({ path: join(ROOT, 'artifacts', 'next-steps-390-de.png'), fullPage: true }).catch(() => {});
  await frame.click('#lang-toggle');
  await frame.waitForFunction(() => document.documentElement.lang === 'en');
  await frame.waitForFunction(() => document.querySelector('#register-title')?.textContent === 'Breach register');
  await fits('English, 390 px');
  await axe('English, 390 px');
  await page.setViewportSize({ width: 1280, height: 800 });
  await axe('English, wide');
  // The confirmation question too.
  await frame.getByRole('button', { name: 'Delete the register' }).click();
  await axe('English, asking to delete');
  await frame.getByRole('button', { name: 'Cancel' }).click();

  // On paper: the table, without the controls.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await frame.locator('.register-table').isVisible(), true);
  for (const control of ['#register-add', '#register-csv', '#register-switch', '.register-fields', '.form-aid-copy']) {
    assert.equal(await frame.locator(control).first().isVisible(), false, `${control} is not printed`);
  }
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(errors, []);
});

test('inside the embed snippet\'s sandboxed iframe: the register stores in the frame\'s origin, the form aid copies or says how', TIMEOUT, async () => {
  const base = '/tools/selbstcheck/';
  const appServer = await serve(DIST, { base });
  const doc = readFileSync(join(ROOT, 'docs/EMBEDDING.md'), 'utf8');
  const snippet = doc.match(/```html\n([\s\S]*?)```/)[1].replaceAll('https://example.org/selbstcheck/', appServer.url);
  assert.match(snippet, /sandbox="/);
  const hostHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Host</title></head><body><h1>Host page</h1>
${snippet.replace('<iframe id=', '<iframe name="app" id=')}
</body></html>`;
  const host = await serve(DIST, { base: '/__nothing__/', extraRoutes: { '/host.html': ['text/html; charset=utf-8', hostHtml] } });
  const { page, frame, errors } = await open(`${host.origin}/host.html`);
  assert.notEqual(frame, page.mainFrame(), 'the app runs in the frame');
  await caseAtSummary(frame);
  assert.deepEqual(await stored(frame), { keys: [], value: null });
  await switchOn(frame);
  await addCase(frame);
  assert.deepEqual((await stored(frame)).keys, [KEY]);
  const csv = await download(page, frame, '#register-csv');
  assert.equal(csv.name, 'verzeichnis-datenpannen-2026-11-23.csv');
  assert.equal(csv.bytes.toString('utf8').split('\r\n').length, 3);
  // The deadline's calendar file downloads from the frame too.
  const ics = await download(page, frame, '#draft-calendar');
  assert.match(ics.name, /^meldefrist-2026-11-26-\d{4}\.ics$/);
  assert.match(ics.bytes.toString('utf8'), /\r\nDTSTART:20261126T080000Z\r\n/);

  // The snippet grants the frame the clipboard (allow="clipboard-write"); where the browser still
  // refuses (no permission granted in this context), the copy is refused, the message says
  // so, and the field's text is selected for copying by hand.
  await frame.getByLabel('Formularhilfe').check();
  const field = frame.locator('.form-aid-field[data-open=false]').first();
  const label = await field.locator('.form-aid-label').textContent();
  const value = await field.locator('.form-aid-value').textContent();
  await field.locator('.form-aid-copy').click();
  await frame.waitForFunction(() => (document.querySelector('.form-aid-status')?.textContent ?? '') !== '');
  const status = await frame.locator('.form-aid-status').textContent();
  if (status === `„${label}“ kopiert`) {
    console.log('embedded: this Chromium let the frame write the clipboard');
  } else {
    assert.equal(status, `Kopieren ist hier nicht möglich. Der Text von „${label}“ ist markiert: bitte mit Strg+C (⌘+C) kopieren.`);
    assert.equal(await frame.evaluate(() => String(window.getSelection())), value, 'the field\'s text is selected');
  }
  assert.deepEqual(errors, []);
});

test('offline after the first visit: the register and the form aid work without a network', TIMEOUT, async () => {
  const base = '/tools/selbstcheck/';
  const server = await serve(DIST, { base });
  // The service worker needs the real clock for its cache; the fixed clock stays off here.
  const { context, page, frame, errors } = await open(server.url, { clock: false });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await frame.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await frame.waitForFunction(async () => {
    const names = await caches.keys();
    if (names.length !== 1) return false;
    const urls = (await (await caches.open(names[0])).keys()).map((r) => r.url);
    return urls.some((u) => /\/drafts-[0-9a-f]{16}_bg\.wasm$/.test(u));
  }, null, { timeout: 30_000 });
  await server.close();

  await page.reload();
  await appReady(frame);
  await caseAtSummary(frame);
  await switchOn(frame);
  for (const c of CASES.slice(0, 2)) {
    await loadCase(frame, c);
    await addCase(frame);
  }
  const json = await download(page, frame, '#register-json');
  assert.equal(JSON.parse(json.bytes.toString('utf8')).entries.length, 2);
  // The deadline's calendar file, made in the page without a network.
  const ics = await download(page, frame, '#draft-calendar');
  assert.match(ics.bytes.toString('utf8'), /^BEGIN:VCALENDAR\r\n[\s\S]*\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
  await frame.getByLabel('Formularhilfe').check();
  const field = frame.locator('.form-aid-field[data-open=false]').first();
  await field.locator('.form-aid-copy').click();
  const value = await field.locator('.form-aid-value').textContent();
  await frame.waitForFunction(() => /kopiert$/.test(document.querySelector('.form-aid-status')?.textContent ?? ''));
  assert.equal(await frame.evaluate(() => navigator.clipboard.readText()), value);
  assert.deepEqual(errors, []);
});

/** A content line of an iCalendar file, unfolded (RFC 5545 § 3.1): the values of `name`. */
function icsValues(ics, name) {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l.startsWith(`${name}:`))
    .map((l) => l.slice(name.length + 1));
}

test('"In den Kalender": the .ics file for a public vector parses back to its deadline instant', TIMEOUT, async () => {
  // pub-19: awareness just before the spring clock change; the deadline is an instant in UTC.
  const vectors = JSON.parse(readFileSync(join(ROOT, '..', 'shared', 'cases', 'public.json'), 'utf8'));
  const v = vectors.cases.find((c) => c.id === 'pub-19');
  const aware = new Date(v.facts.aware_at);
  // The form's local wall-clock time in Berlin (the context's time zone) for that instant.
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).format(aware).replace(' ', 'T');
  const server = await serve(DIST);
  const { page, frame, errors } = await open(server.url);
  await caseAtSummary(frame, {
    ...CASE,
    sector: 'private',
    land: 'BY',
    org_name: 'Versandhandel Beispiel GmbH',
    incident_type: 'hacking',
    cause: 'external_malicious',
    confidentiality: 'unknown_recipients',
    data: v.facts.data,
    subjects: String(v.facts.data_subjects),
    aware_at: local,
    occurrence: 'unknown',
    occurred_from: '',
  });
  await frame.locator('#draft-calendar').waitFor();
  const { name, bytes } = await download(page, frame, '#draft-calendar');
  const ics = bytes.toString('utf8');
  assert.match(name, /^meldefrist-\d{4}-\d{2}-\d{2}-\d{4}\.ics$/);
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n') && ics.endsWith('END:VCALENDAR\r\n'), ics);
  const start = icsValues(ics, 'DTSTART')[0];
  const instant = start.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z');
  assert.equal(instant, v.expected.deadline, 'the event starts at the vector\'s deadline');
  assert.deepEqual(icsValues(ics, 'TRIGGER'), ['-PT24H', '-PT4H']);
  assert.equal(icsValues(ics, 'UID').length, 1);
  assert.match(icsValues(ics, 'DESCRIPTION')[0], /Bayerisches Landesamt für Datenschutzaufsicht/);
  // The deadline in words beside the button, in the local time of the page.
  assert.match(await frame.locator('#draft-deadline-text').innerText(), /^bis [A-Z][a-z]\.,\s\d{2}\.\d{2}\., \d{2}:\d{2} Uhr$/);
  assert.deepEqual(errors, []);
});

test('"Jetzt zu tun" for two public vectors names the authority, the deadline and the steps', TIMEOUT, async () => {
  const vectors = JSON.parse(readFileSync(join(ROOT, '..', 'shared', 'cases', 'public.json'), 'utf8'));
  const expected = (id) => vectors.cases.find((c) => c.id === id).expected;
  const server = await serve(DIST);
  const { frame, errors } = await open(server.url);
  const steps = () => frame.locator('.next-steps li').allInnerTexts();
  // pub-11, the seed: the LDI NRW by the deadline, no message to the people (risk, not high).
  await caseAtSummary(frame, { ...CASE, sensitive_context: false, accessed: null });
  assert.equal(expected('pub-11').notify_subjects, 'no');
  let list = await steps();
  assert.equal(await frame.locator('#next-steps-title').innerText(), 'Jetzt zu tun');
  assert.match(list[0], /^Die Datenpanne melden an: Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen/);
  // Aware on 23.11.2026 at 09:00 in Berlin: 72 hours later, Thursday 26.11., 09:00.
  assert.match(list[0], /bis Do\., 26\.11\., 09:00 Uhr$/);
  assert.ok(!list.some((s) => /benachrichtigen/.test(s)), list.join('\n'));
  assert.ok(list.some((s) => /Löschung schriftlich zu bestätigen/.test(s)), list.join('\n'));
  assert.match(list[list.length - 1], /^Den Vorfall intern dokumentieren \(Art\. 33 Abs\. 5 DSGVO\)/);
  // pub-16: a lost laptop with 800 customers' bank details, a private body in Bavaria.
  assert.equal(expected('pub-16').notify_subjects, 'yes');
  await loadCase(frame, {
    ...CASE,
    sector: 'private',
    land: 'BY',
    org_name: 'Versandhandel Beispiel GmbH',
    incident_type: 'lost_device',
    cause: 'error',
    confidentiality: 'unknown_recipients',
    sensitive_context: false,
    data: ['contact', 'financial'],
    subjects: '800',
    aware_at: '2026-11-22T16:30',
  });
  await frame.waitForFunction(() => /Bayerisches Landesamt/.test(document.querySelector('.next-steps li')?.textContent ?? ''));
  list = await steps();
  assert.match(list[0], /Bayerisches Landesamt für Datenschutzaufsicht.*bis Mi\., 25\.11\., 16:30 Uhr$/);
  assert.match(list[1], /^Die betroffenen Personen benachrichtigen, jede für sich.* unverzüglich$/);
  assert.ok(!list.some((s) => /Löschung schriftlich/.test(s)), 'no recipient to ask');
  assert.equal(list.length, 3);
  assert.deepEqual(errors, []);
});
