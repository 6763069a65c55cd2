// End-to-end test of the printable drafts (issue #5), in headless Chromium.
//
// 1. The seed's district-office case (1,494 recipients of an e-mail with every address visible;
//    a public body in North Rhine-Westphalia), entered through the wizard, gives an authority
//    notification that is printed to PDF the way the print button does it. The text of the PDF
//    holds the LDI NRW address, all four elements of Art. 33(3) with the entered facts, and the
//    deadline. The first page is kept as a PNG in artifacts/drafts/.
// 2. The same with hostile and awkward input: `<script>alert(1)</script>`, a 10,000-character
//    description and right-to-left text. No script runs, the text appears literally, the PDF has
//    sensible pages.
//
// Run: DIST=/path/to/dist node --test tests/e2e/drafts.test.mjs (DIST defaults to dist/).
// The first page of each PDF is written to artifacts/drafts/*.png; with KEEP_PDF=1 the PDFs too.
// Needs Chromium (see browser.mjs) and poppler-utils (pdftotext, pdfinfo, pdftoppm).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch, appReady } from './browser.mjs';
import { DIST, artifactDir } from './paths.mjs';

const ARTIFACTS = artifactDir('drafts');
// The assessment runs "now": fixed, so the deadline and "in time" do not depend on the day.
const NOW = new Date('2026-11-23T12:00:00+01:00');

let server;
let browser;
let scratch;

before(async () => {
  server = await serve(DIST);
  browser = await launch();
  scratch = mkdtempSync(join(tmpdir(), 'drafts-e2e-'));
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A fresh page in Berlin time with a fixed clock, print stubbed, dialogs recorded. */
async function openApp(options = {}) {
  const context = await browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'de-DE', acceptDownloads: true, ...options });
  const page = await context.newPage();
  const dialogs = [];
  const errors = [];
  page.on('dialog', async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.clock.setFixedTime(NOW);
  // window.print() would open a dialog; the test prints to PDF itself. Count the calls instead.
  await page.addInitScript(() => {
    window.__printCalls = 0;
    window.print = () => { window.__printCalls += 1; };
  });
  await page.goto(server.url);
  await appReady(page);
  await page.waitForSelector('#preset-open_recipients');
  return { context, page, dialogs, errors, requests };
}

async function next(page) {
  await page.click('#next');
  await page.waitForSelector('#step-title');
}

/** The drafts module's files among `requests` (paths). */
const draftsModule = (requests) => requests.filter((p) => /\/drafts-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(p));

/** Enter a case through the wizard's six steps; `c` holds the free texts. With `requests` (the
 *  page's request paths), also check that the drafts module is fetched only for the summary. */
async function enterCase(page, c, requests) {
  await page.click('#preset-open_recipients');
  // Step 1: who.
  await page.check('#q-role-controller');
  await page.check('#q-sector-public');
  await page.selectOption('#q-land', 'NW');
  await page.fill('#q-org_name', c.org);
  await page.fill('#q-org_address', 'Hauptstraße 92, 58332 Musterstadt');
  await page.fill('#q-contact_name', 'Jana Beispiel');
  await page.fill('#q-contact_role', 'Leiterin des Impfzentrums');
  await page.fill('#q-contact_email', 'impfzentrum@kreis-musterland.example');
  await page.fill('#q-contact_phone', '+49 2336 000-0');
  await page.fill('#q-dpo', c.dpo);
  await next(page);
  // Step 2: what.
  await page.check('#q-personal_data-yes');
  await page.check('#q-incident_type-open_distribution_list');
  await page.check('#q-cause-error');
  await page.check('#q-confidentiality-known_recipients');
  await page.check('#q-integrity-none');
  await page.check('#q-availability-none');
  await page.fill('#q-description', c.description);
  await next(page);
  // Step 3: when.
  await page.fill('#q-aware_at', '2026-11-23T09:00');
  await page.check('#q-occurrence-at');
  await page.fill('#q-occurred_from', '2026-11-23T08:40');
  await page.check('#q-discovery-affected_person');
  await page.fill('#q-discovery_details', 'Mehrere Empfänger antworteten an alle.');
  await next(page);
  // Step 4: which data, whom.
  await page.check('#q-data-contact');
  await page.fill('#q-subjects', '1494');
  await page.fill('#q-records', '1494');
  await page.check('#q-vulnerable-no');
  await page.fill('#q-subject_groups', c.groups);
  await next(page);
  // Step 5: protection and containment.
  await page.check('#q-unintelligible-no');
  await page.check('#q-contained-no');
  // The backup and Art. 34(3)(b) are answered where they are asked (issue 15).
  for (const q of ['backup_restored', 'high_risk_neutralised']) {
    if (await page.locator(`#q-${q}-group`).isVisible()) await page.check(`#q-${q}-no`);
  }
  await page.fill('#q-measures_taken', c.measuresTaken);
  await page.fill('#q-measures_planned', c.measuresPlanned);
  await next(page);
  // Step 6: consequences and follow-up.
  await page.check('#q-misuse_observed-no');
  await page.fill('#q-consequences', c.consequences);
  if (await page.locator('#q-disproportionate_effort-group').isVisible()) await page.check('#q-disproportionate_effort-no');
  await page.fill('#q-subjects_informed', 'Entschuldigung per E-Mail (Bcc) am 23.11.2026.');
  await page.fill('#q-other_authorities', 'keine');
  if (requests) assert.deepEqual(draftsModule(requests), [], 'the questions do not load the drafts module');
  await next(page);
  await page.waitForSelector('.drafts-panel, #drafts-retry');
  if (requests) {
    const loaded = draftsModule(requests);
    assert.equal(loaded.length, 2, `the summary loads the drafts module once: ${loaded}`);
    assert.ok(loaded.some((p) => p.endsWith('.js')) && loaded.some((p) => p.endsWith('_bg.wasm')), String(loaded));
  }
}

/** Choose the authority notification in German, press the print button, print to PDF. */
async function printNotification(page, name) {
  await page.check('#draft-kind-authority');
  await page.selectOption('#draft-lang', 'de');
  await page.getByRole('button', { name: 'Drucken / Als PDF speichern' }).click();
  assert.equal(await page.evaluate(() => window.__printCalls), 1, 'the button opens the print dialog');
  assert.equal(await page.getAttribute('body', 'data-print-doc'), 'authority');
  await page.emulateMedia({ media: 'print' });
  const layout = await page.evaluate(() => {
    const visible = [...document.body.children]
      .filter((el) => getComputedStyle(el).display !== 'none')
      .map((el) => el.id || el.tagName.toLowerCase());
    const root = document.getElementById('print-root');
    return { visible, overflow: root.scrollWidth - root.clientWidth };
  });
  assert.deepEqual(layout.visible, ['print-root'], 'only the draft is printed');
  assert.ok(layout.overflow <= 1, `the printed draft is ${layout.overflow}px too wide`);
  const pdf = join(process.env.KEEP_PDF ? ARTIFACTS : scratch, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  const pageTexts = [];
  for (let p = 1; p <= pages; p++) {
    pageTexts.push(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  }
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(ARTIFACTS, name)]);
  return { pages, pageTexts, text: flat(pageTexts.join('\n')) };
}

/** For comparing with text from pdftotext: white space of any kind becomes one space (lines
 *  break where the PDF breaks them) and hyphens are dropped (pdftotext joins a word broken at a
 *  hyphen without it). */
function flat(s) {
  return s.normalize('NFKC').replace(/-[ \t]*\n\s*/g, '').replace(/-/g, '').replace(/\s+/g, ' ');
}

function assertContains(text, needle, what) {
  assert.ok(text.includes(flat(needle)), `${what ?? 'the PDF'} lacks ${JSON.stringify(needle.slice(0, 80))}`);
}

const SEED = {
  org: 'Kreis Musterland, Gesundheitsamt',
  dpo: 'Dr. Paul Prüfer, datenschutz@kreis-musterland.example',
  description: 'Sammel-E-Mail zur Absage von Impfterminen an 1.494 Empfänger; alle Adressen standen im An-Feld statt im Bcc-Feld.',
  groups: 'Personen mit gebuchtem Impftermin',
  measuresTaken: 'Entschuldigungs-E-Mail mit der Bitte, die E-Mail zu löschen.',
  measuresPlanned: 'Serien-E-Mails nur noch über das Terminsystem.',
  consequences: 'Spam und Phishing an die offengelegten Adressen sind möglich.',
};

test('the district-office case gives a printable notification to the LDI NRW', async () => {
  const { context, page, dialogs, errors, requests } = await openApp();
  try {
    await enterCase(page, SEED, requests);
    const { pages, pageTexts, text } = await printNotification(page, 'district-office-authority-de');

    // Addressed to the competent authority, with its postal address from the directory.
    assertContains(text, 'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen');
    assertContains(text, 'Postfach 20 04 44');
    assertContains(text, '40102 Düsseldorf');
    // The four elements of Art. 33(3), each with what was entered.
    assertContains(text, 'Art. 33 Abs. 3 lit. a DSGVO');
    assertContains(text, SEED.description);
    assertContains(text, 'Kontaktdaten');
    assert.equal(text.split('ca. 1.494').length - 1, 2, 'about 1,494 people and 1,494 records');
    assertContains(text, 'Art. 33 Abs. 3 lit. b DSGVO');
    assertContains(text, SEED.dpo);
    assertContains(text, 'Jana Beispiel (Leiterin des Impfzentrums)');
    assertContains(text, 'Art. 33 Abs. 3 lit. c DSGVO');
    assertContains(text, SEED.consequences);
    assertContains(text, 'Art. 33 Abs. 3 lit. d DSGVO');
    assertContains(text, SEED.measuresTaken);
    assertContains(text, SEED.measuresPlanned);
    // The deadline: aware on 23 November at 09:00, so 72 hours later.
    assertContains(text, 'Meldefrist');
    assertContains(text, '26.11.2026, 09:00 Uhr (UTC+1)');
    assertContains(text, '23.11.2026, 09:00 Uhr');
    // No app chrome on paper.
    for (const chrome of ['Selbstcheck starten', 'Zusammenfassung', 'Weiter', 'Kopieren', 'Als Textdatei herunterladen']) {
      assert.ok(!text.includes(chrome), `the PDF shows app chrome: ${chrome}`);
    }
    // Every page names the document and its date.
    assert.ok(pages >= 2 && pages <= 8, `${pages} pages`);
    for (const [i, t] of pageTexts.entries()) {
      assertContains(flat(t), 'Meldung einer Verletzung des Schutzes personenbezogener Daten nach Art. 33 DSGVO', `page ${i + 1}`);
      assertContains(flat(t), 'Stand: 23.11.2026, 12:00 Uhr', `page ${i + 1}`);
    }
    // Printing is over once the browser says so: the page is the app again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.equal(await page.getAttribute('body', 'data-print-doc'), null);
    assert.equal(await page.$('#print-root'), null);
    await page.locator('.drafts-panel').screenshot({ path: join(ARTIFACTS, 'panel-de.png') });

    // Copy and download give the same text: the plain-text form of the draft.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.getByRole('button', { name: 'Kopieren', exact: true }).click();
    await page.waitForSelector('.draft-status:has-text("Zwischenablage")');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.startsWith('Meldung einer Verletzung des Schutzes personenbezogener Daten nach Art. 33 DSGVO\n===='));
    assert.ok(copied.includes('\nPostfach 20 04 44\n40102 Düsseldorf\n'));
    assert.match(copied, /\nMeldefrist \(Art\. 33 Abs\. 1 DSGVO\): [^\n]*26\.11\.2026, 09:00 Uhr \(UTC\+1\)/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als Textdatei herunterladen' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'meldung-aufsichtsbehoerde-2026-11-23.txt');
    const saved = join(scratch, 'download.txt');
    await download.saveAs(saved);
    assert.equal(readFileSync(saved, 'utf8'), copied);

    // The draft's language is chosen apart from the interface's.
    await page.selectOption('#draft-lang', 'en');
    await page.waitForSelector('.draft-doc[lang="en"]');
    assert.equal(await page.textContent('.draft-doc h3'), 'Notification of a personal data breach under Art. 33 GDPR');
    assert.equal(await page.getAttribute('html', 'lang'), 'de', 'the interface stays German');
    await page.check('#draft-kind-subjects');
    assert.ok((await page.textContent('.draft-doc')).includes('Expect fake e-mails'), 'advice for contact data');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('hostile, very long and right-to-left input stays text and prints sensibly', async () => {
  const { context, page, dialogs, errors } = await openApp();
  try {
    const script = '<script>alert(1)</script>';
    const img = '<img src=x onerror="window.__xss=1">';
    const arabic = 'تسريب البيانات في العيادة';
    const hebrew = 'דליפת מידע במרפאה';
    // 10,000 characters: sentences, then one unbroken 2,000-character token.
    const sentence = 'Die Liste enthielt Namen und Adressen aller Teilnehmenden des Kurses. ';
    let long = sentence.repeat(Math.ceil(8000 / sentence.length)).slice(0, 8000);
    long += 'x'.repeat(2000);
    assert.equal(long.length, 10000);
    const c = {
      ...SEED,
      org: `${img} Klinik ${arabic}`,
      description: `${script}\n${long}`,
      groups: `${hebrew} / ${arabic}`,
      consequences: `${script} ${hebrew}`,
    };
    const scriptsBefore = await page.evaluate(() => document.scripts.length);
    await enterCase(page, c);

    // On screen: the preview holds the text literally, no element was made from it.
    const preview = await page.evaluate(() => {
      const doc = document.querySelector('.draft-doc');
      return {
        text: doc.textContent,
        elements: doc.querySelectorAll('script, img, iframe, object').length,
        overflow: doc.scrollWidth - doc.clientWidth,
        xss: window.__xss ?? null,
        scripts: document.scripts.length,
      };
    });
    assert.ok(preview.text.includes(script), 'the script tag appears as text');
    assert.ok(preview.text.includes(img), 'the img tag appears as text');
    assert.ok(preview.text.includes(long), 'the long description appears in full');
    assert.ok(preview.text.includes(arabic) && preview.text.includes(hebrew), 'right-to-left text appears');
    assert.equal(preview.elements, 0, 'no element was created from the input');
    assert.equal(preview.xss, null, 'no handler ran');
    assert.equal(preview.scripts, scriptsBefore, 'no script element was added');
    assert.ok(preview.overflow <= 1, `the preview is ${preview.overflow}px too wide`);

    const { pages, pageTexts, text } = await printNotification(page, 'hostile-input-authority-de');
    assertContains(text, script);
    assertContains(text, sentence.trim());
    // pdftotext may break the unbroken token anywhere: count its characters instead.
    const xs = (text.match(/x/g) ?? []).length;
    assert.ok(xs >= 2000, `the unbroken token is missing from the PDF (${xs} x)`);
    const rtl = (s) => text.includes(flat(s)) || text.includes(flat([...s].reverse().join('')));
    const words = (s) => s.split(' ').every((w) => rtl(w));
    assert.ok(words(hebrew), 'the Hebrew text is in the PDF');
    assert.ok(words(arabic), 'the Arabic text is in the PDF');
    assertContains(text, 'Postfach 20 04 44');
    assertContains(text, '26.11.2026, 09:00 Uhr');
    // Sensible pages: more of them for the long text, none empty, each with title and date.
    assert.ok(pages >= 3 && pages <= 15, `${pages} pages`);
    const fullest = Math.max(...pageTexts.map((t) => flat(t).length));
    for (const [i, t] of pageTexts.entries()) {
      const last = i === pageTexts.length - 1;
      assert.ok(last || flat(t).length > 0.5 * fullest, `page ${i + 1} is half empty`);
      assertContains(flat(t), 'Stand: 23.11.2026, 12:00 Uhr', `page ${i + 1}`);
    }
    assert.deepEqual(dialogs, [], 'no dialog opened');
    assert.deepEqual(errors, []);
    assert.equal(await page.evaluate(() => window.__xss ?? null), null);
  } finally {
    await context.close();
  }
});

test('drafts that cannot be fetched say so, keep the answers, and come on "try again"', async () => {
  // Without the service worker, which would answer from its offline copy (privacy.test.mjs).
  const { context, page, errors } = await openApp({ serviceWorkers: 'block' });
  try {
    // As if the connection dropped after the page loaded: the drafts module cannot be fetched.
    let offline = true;
    await page.route(/\/drafts-[0-9a-f]{16}(_bg\.wasm|\.js)$/, (route) => (offline ? route.abort() : route.continue()));
    await enterCase(page, SEED);
    await page.waitForSelector('#drafts-retry');
    assert.match(
      await page.textContent('.drafts-loading'),
      /Die Entwürfe konnten nicht geladen werden\. Ihre Antworten bleiben erhalten\./,
    );
    assert.equal(await page.locator('.drafts-panel').count(), 0);
    // The answers are all there: the summary still lists them.
    assert.ok((await page.textContent('main')).includes(SEED.description));
    offline = false;
    await page.click('#drafts-retry');
    await page.waitForSelector('#draft-doc');
    assert.equal(await page.locator('.drafts-loading').count(), 0, 'the message is gone');
    assert.ok((await page.textContent('#draft-doc')).includes(SEED.description));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
