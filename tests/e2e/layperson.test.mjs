// The way there for a tired layperson (issue 15), in headless Chromium against the built dist/
// (DIST), as a user would: at 390×844 and 1280×800, in German and English.
//
//  - No step is wider than the viewport, and axe-core finds nothing on any step.
//  - Each step is an entry in the browser history: Back shows the step before, Forward the next;
//    the app's own Back does not make the history grow.
//  - Leaving with answers asks first; with no answers, or with autosave on, it does not.
//  - Questions appear and disappear with the answers that make them matter, keeping their answers:
//    the backup only where data may be lost or altered, Art. 34(3)(b)/(c) only where a high risk
//    is possible.
//  - "noch offen" focuses the question itself; after "Ändern" on the summary a button leads back;
//    the verdict panel links to "Jetzt zu tun" at the top of the summary; on a phone, Escape folds
//    the drawer; at 1280×800 the authority and the deadline show without scrolling the panel.
//
// Run: DIST=/path/to/dist node --test --test-concurrency=1 tests/e2e/layperson.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch, openPage, closePage, loadCase, appReady, axeCheck } from './browser.mjs';
import { DIST, ROOT } from './paths.mjs';

const TIMEOUT = { timeout: 300_000 };
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

let server, browser;
before(async () => {
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const open = (options) => openPage(browser, server.url, options);
async function close(page) {
  assert.deepEqual(await closePage(page), [], 'no errors in the console');
}

/** A local wall-clock time `hours` before the page's clock, as the form takes it. */
const hoursAgo = (page, hours) => page.evaluate((h) => {
  const d = new Date(Date.now() - h * 3600e3);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}, hours);

/**
 * The dental practice at 11 p.m.: one patient's x-ray report e-mailed to another patient, who
 * cannot be reached before the morning. Nothing lost or altered; a high risk (health data).
 */
const XRAY = {
  role: 'controller',
  sector: 'private',
  land: 'BY',
  org_name: 'Zahnarztpraxis Dr. Muster',
  personal_data: true,
  incident_type: 'misdirected_email',
  cause: 'error',
  confidentiality: 'known_recipients',
  integrity: 'none',
  availability: 'none',
  sensitive_context: true,
  data: ['health'],
  subjects: '1',
  records: '1',
  vulnerable: false,
  unintelligible: false,
  backup_restored: true,
  contained: false,
  misuse_observed: false,
  high_risk_neutralised: false,
  disproportionate_effort: false,
};

/** The step heading's text. */
const stepTitle = (page) => page.locator('#step-title').innerText();

/** Whether the page scrolls sideways. */
const fits = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

for (const [name, viewport] of [['1280×800', WIDE], ['390×844', PHONE]]) {
  test(`${name}: every step fits the width and passes axe-core, German and English`, TIMEOUT, async () => {
    const page = await open({ viewport, bypassCSP: true });
    await page.addScriptTag({ path: AXE });
    for (const lang of ['de', 'en']) {
      if (lang === 'en') {
        await page.click('#lang-toggle');
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      assert.ok(await fits(page), `start (${lang}) fits`);
      await page.click('#preset-payroll_bug');
      await page.locator('#step-title').waitFor();
      for (let step = 1; step <= 7; step++) {
        assert.ok(await fits(page), `step ${step} (${lang}) fits ${name}`);
        await axeCheck(page, `step ${step} (${lang}, ${name})`);
        if (step < 7) {
          const before = await stepTitle(page);
          await page.click('#next');
          await page.waitForFunction((t) => document.getElementById('step-title')?.innerText !== t, before);
        }
      }
      if (viewport === PHONE) {
        // The drawer opens, fits, and Escape folds it with the focus back on its toggle.
        await page.click('.verdict-toggle');
        await page.waitForFunction(() => document.querySelector('aside.verdict').classList.contains('open'));
        assert.ok(await fits(page), `the open verdict (${lang}) fits`);
        await axeCheck(page, `the open verdict (${lang})`);
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.querySelector('aside.verdict').classList.contains('open'));
        assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('verdict-toggle')), true);
        // A "noch offen" link in the drawer folds it and puts the focus on the question.
        await page.click('.verdict-toggle');
        await page.locator('.open-questions button', { hasText: /Zeitpunkt der Kenntnis|time of awareness/ }).click();
        await page.waitForFunction(() => document.activeElement?.id === 'q-aware_at'
          && !document.querySelector('aside.verdict').classList.contains('open'));
        await page.click('.progress li:nth-child(7) button');
        await page.locator('.summary-part').first().waitFor();
      }
      // Back to the start screen through the history, for the other language.
      while (await page.locator('#step-title').count()) await page.goBack();
      await page.locator('#start-title').waitFor();
    }
    await close(page);
  });
}

test('Back and Forward of the browser move between the steps; the app\'s Back does not grow the history', TIMEOUT, async () => {
  const page = await open();
  await page.click('#start');
  await page.locator('#step-title').waitFor();
  for (let i = 0; i < 2; i++) {
    const before = await stepTitle(page);
    await page.click('#next');
    await page.waitForFunction((b) => document.getElementById('step-title')?.innerText !== b, before);
  }
  assert.match(await stepTitle(page), /^Schritt 3 von 7/);
  const length = await page.evaluate(() => history.length);
  await page.goBack();
  await page.waitForFunction(() => /^Schritt 2 von 7/.test(document.getElementById('step-title')?.innerText ?? ''));
  await page.goForward();
  await page.waitForFunction(() => /^Schritt 3 von 7/.test(document.getElementById('step-title')?.innerText ?? ''));
  await page.click('#back');
  await page.waitForFunction(() => /^Schritt 2 von 7/.test(document.getElementById('step-title')?.innerText ?? ''));
  assert.equal(await page.evaluate(() => history.length), length, 'the app\'s Back went back in the history');
  await page.goBack();
  await page.waitForFunction(() => /^Schritt 1 von 7/.test(document.getElementById('step-title')?.innerText ?? ''));
  await page.goBack();
  await page.locator('#start-title').waitFor();
  assert.equal(new URL(page.url()).origin, new URL(server.url).origin, 'still in the app');
  await close(page);
});

/** Close the page as a user leaving it would; resolves to the dialog's type, or null. */
async function leave(page) {
  let dialog = null;
  page.on('dialog', async (d) => {
    dialog = d.type();
    await d.accept();
  });
  const closed = new Promise((resolve) => page.on('close', resolve));
  await page.close({ runBeforeUnload: true });
  await closed;
  return dialog;
}

/** A fresh page with autosave switched on in the case menu, the check started and one answer given. */
async function openWithAutosaveAndAnswer() {
  const page = await open();
  await page.locator('[data-action="toggle"]').first().click();
  await page.locator('label[for="autosave-switch"]').click();
  await page.waitForFunction(() => document.getElementById('autosave-switch')?.checked);
  await page.locator('[data-action="toggle"]').first().click();
  await page.click('#start');
  await page.locator('label[for="q-role-controller"]').click();
  return page;
}

test('leaving with answers asks first; with no answers or with autosave on it does not', TIMEOUT, async () => {
  // No answers: the start button alone enters nothing.
  let page = await open();
  await page.click('#start');
  await page.locator('#step-title').waitFor();
  assert.equal(await leave(page), null, 'no answers: no question');
  await page.context().close();

  // One answer, autosave off: asks.
  page = await open();
  await page.click('#start');
  await page.locator('label[for="q-role-controller"]').click();
  assert.equal(await leave(page), 'beforeunload', 'answers and autosave off: asks');
  await page.context().close();

  // Autosave on: the answers survive a reload, so nothing to ask.
  page = await openWithAutosaveAndAnswer();
  assert.equal(await leave(page), null, 'autosave on: no question');
  await page.context().close();

  // A case restored from the autosaved copy, then autosave switched off (which deletes the
  // copy): the answers would be lost, so it asks.
  page = await openWithAutosaveAndAnswer();
  await page.reload();
  await appReady(page);
  await page.waitForFunction(() => document.getElementById('autosave-switch')?.checked);
  await page.locator('[data-action="toggle"]').first().click();
  await page.locator('label[for="autosave-switch"]').click();
  await page.waitForFunction(() => !document.getElementById('autosave-switch')?.checked);
  assert.equal(await leave(page), 'beforeunload', 'restored, then autosave off: asks');
  await page.context().close();
});

test('questions show when they matter and keep their answers while hidden', TIMEOUT, async () => {
  const page = await open();
  await loadCase(page, { ...XRAY, backup_restored: true });
  // Step 5: nothing lost or altered, so no backup question; the answer stays.
  await page.click('.progress li:nth-child(5) button');
  await page.locator('#q-contained-group').waitFor();
  assert.equal(await page.locator('#q-backup_restored-group').isHidden(), true, 'backup hidden');
  // Step 2: the file is gone for good; step 5 asks for the backup, with the answer kept.
  await page.click('.progress li:nth-child(2) button');
  await page.locator('label[for="q-availability-permanent"]').click();
  await page.click('.progress li:nth-child(5) button');
  await page.locator('#q-backup_restored-group').waitFor({ state: 'visible' });
  assert.ok(await page.isChecked('#q-backup_restored-yes'), 'the earlier answer is still there');

  // Health data to a wrong patient: a high risk, so 34(3)(b) (step 5) and (c) (step 6) are asked.
  assert.equal(await page.locator('aside.verdict').getAttribute('data-risk'), 'high');
  await page.locator('#q-high_risk_neutralised-group').waitFor({ state: 'visible' });
  await page.click('.progress li:nth-child(6) button');
  await page.locator('#q-disproportionate_effort-group').waitFor({ state: 'visible' });
  assert.ok(await page.isChecked('#q-disproportionate_effort-no'));
  // Only an address, only visible to the one recipient, with no sensitive context: no high risk,
  // so the two questions go, and come back with their answers when the health data are ticked.
  await page.click('.progress li:nth-child(2) button');
  await page.locator('label[for="q-availability-none"]').click();
  await page.locator('label[for="q-sensitive_context-no"]').click();
  await page.click('.progress li:nth-child(4) button');
  await page.locator('label[for="q-data-contact"]').click();
  await page.locator('label[for="q-data-health"]').click();
  await page.click('.progress li:nth-child(6) button');
  await page.locator('#q-misuse_observed-group').waitFor();
  // Both groups are drawn with their step; hidden is an attribute of each.
  const hidden = () => page.evaluate(() => ['high_risk_neutralised', 'disproportionate_effort']
    .map((q) => document.getElementById(`q-${q}-group`)?.hidden ?? 'not on this step'));
  assert.notEqual(await page.locator('aside.verdict').getAttribute('data-risk'), 'high');
  assert.deepEqual((await hidden())[1], true, 'no high risk possible: (c) not asked');
  await page.click('.progress li:nth-child(5) button');
  await page.locator('#q-contained-group').waitFor();
  assert.deepEqual((await hidden())[0], true, 'no high risk possible: (b) not asked');
  await page.click('.progress li:nth-child(4) button');
  await page.locator('label[for="q-data-health"]').click();
  await page.click('.progress li:nth-child(5) button');
  await page.locator('#q-high_risk_neutralised-group').waitFor({ state: 'visible' });
  assert.ok(await page.isChecked('#q-high_risk_neutralised-no'), 'kept while hidden');
  await page.click('.progress li:nth-child(6) button');
  await page.locator('#q-disproportionate_effort-group').waitFor({ state: 'visible' });
  assert.ok(await page.isChecked('#q-disproportionate_effort-no'), 'kept while hidden');
  await close(page);
});

test('"noch offen" focuses the question; "Ändern" leads back to the summary; the panel links to "Jetzt zu tun"', TIMEOUT, async () => {
  const page = await open();
  await loadCase(page, XRAY);
  // The open question's link puts the focus on the field itself.
  await page.locator('.open-questions button', { hasText: 'Zeitpunkt der Kenntnis' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'q-aware_at');
  await page.fill('#q-aware_at', await hoursAgo(page, 2));

  // At 1280×800 the authority and the deadline show without scrolling the panel.
  const inView = await page.evaluate(() => ['#deadline', '#verdict-authority .to-whom'].map((s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return r.height > 0 && r.bottom <= window.innerHeight;
  }));
  assert.deepEqual(inView, [true, true], 'deadline and authority in view');
  assert.match(await page.locator('#verdict-authority .to-whom').innerText(), /BayLDA/);

  // The panel's link: the summary, with "Jetzt zu tun" above the answers.
  await page.locator('#verdict-authority button', { hasText: 'Jetzt zu tun' }).click();
  await page.locator('.next-steps').waitFor();
  const order = await page.evaluate(() => {
    const list = document.querySelector('.next-steps');
    const answers = document.querySelector('.summary-part');
    return Boolean(list.compareDocumentPosition(answers) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(order, '"Jetzt zu tun" comes before the answers');
  // The authority, how, by when; the patient is told; the record is filed.
  const steps = await page.locator('.next-steps').innerText();
  assert.match(steps, /Bayerisches Landesamt für Datenschutzaufsicht .*bis \w\w\., \d\d\.\d\d\., \d\d:\d\d Uhr/);
  assert.match(steps, /benachrichtigen/i);
  assert.match(steps, /Art\. 33 Abs\. 5/);
  // The drafts say which of them this verdict needs: the public notice only under Art. 34(3)(c).
  const weights = await page.evaluate(() => Object.fromEntries(['authority', 'subjects', 'public', 'record']
    .map((k) => [k, document.querySelector(`label[for="draft-kind-${k}"] .doc-weight`).textContent])));
  assert.deepEqual(weights, {
    authority: '(nötig)',
    subjects: '(nötig)',
    public: '(nur statt einzelner Nachrichten, Art. 34 Abs. 3 lit. c DSGVO)',
    record: '(nötig)',
  });
  // The list prints on its own: only it, without its button.
  await page.evaluate(() => { window.__printCalls = 0; window.print = () => { window.__printCalls += 1; }; });
  await page.click('#next-steps-print');
  assert.equal(await page.evaluate(() => window.__printCalls), 1);
  assert.equal(await page.getAttribute('body', 'data-print-doc'), 'next-steps');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => ({
    shown: [...document.body.children].filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.id),
    text: document.getElementById('print-root').innerText,
    button: getComputedStyle(document.querySelector('#print-root button')).display,
  }));
  assert.deepEqual(printed.shown, ['print-root']);
  assert.match(printed.text, /Jetzt zu tun[\s\S]*Bayerisches Landesamt/);
  assert.equal(printed.button, 'none');
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.$('#print-root'), null);
  // The first notification is called so, not "Art der Meldung: nein".
  assert.match(await page.locator('main').innerText(), /Erstmeldung oder Folgemeldung\?\s*Erstmeldung/);

  // "Ändern", then back to the summary in one step.
  assert.equal(await page.locator('#to-summary').isHidden(), true);
  await page.locator('.summary-head button').nth(3).click();
  await page.locator('#q-data-group').waitFor();
  await page.locator('#to-summary').click();
  await page.locator('.next-steps').waitFor();
  assert.match(await stepTitle(page), /Zusammenfassung/);
  await close(page);
});

test('a date is written the way of the interface language, whatever the browser\'s locale', TIMEOUT, async () => {
  const context = await browser.newContext({ viewport: WIDE, locale: 'en-US', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('#start-title').waitFor();
  await page.click('#start');
  await page.locator('#step-title').waitFor();
  await page.click('.progress li:nth-child(3) button');
  await page.locator('#q-aware_at').waitFor();
  // German, typed as a German office writes it.
  await page.locator('#q-aware_at').pressSequentially('27.03.2026 10:15');
  await page.locator('#q-aware_at').blur();
  assert.equal(await page.getAttribute('#q-aware_at', 'aria-invalid'), null, 'no error for a German date');
  assert.match(await page.locator('#q-aware_at-hint').innerText(), /z\. B\. 27\.03\.2026 10:15/);
  // The same answer in English: the field shows the English form.
  await page.click('#lang-toggle');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.inputValue('#q-aware_at'), '2026-03-27 10:15');
  // And back in German.
  await page.click('#lang-toggle');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  assert.equal(await page.inputValue('#q-aware_at'), '27.03.2026 10:15');
  // A date that does not exist is kept as typed and said to be wrong.
  await page.fill('#q-aware_at', '30.02.2026 10:15');
  await page.waitForFunction(() => document.getElementById('q-aware_at').getAttribute('aria-invalid') === 'true');
  assert.notEqual((await page.locator('#q-aware_at-error').innerText()).trim(), '');
  assert.equal(await page.inputValue('#q-aware_at'), '30.02.2026 10:15');
  await context.close();
});
