// The self-check wizard end to end (issue #4), in headless Chromium against the built dist/ (DIST),
// as a user would: clicking, typing and pressing keys; nothing is injected into the app's state.
//  - the seed's district-office case gives: notify the authority, no duty to tell the people,
//    deadline shown;
//  - public vectors entered through the questions give the `assess` command's verdict;
//  - axe-core finds no violation on any step in German or English;
//  - the whole check can be done with the keyboard alone;
//  - screenshots at 1280×800 and 390×844 go to artifacts/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch, appReady } from './browser.mjs';
import { DIST, ROOT, SHARED, artifactDir } from './paths.mjs';

const VECTORS = join(SHARED, 'cases', 'public.json');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const SHOTS = artifactDir('screenshots');
const TIMEOUT = { timeout: 300_000 };
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 390, height: 844 };

let server, browser;
before(async () => {
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page on the start screen; page errors fail the test at the end. */
async function open({ viewport = WIDE, colorScheme = 'light', bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, bypassCSP, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(server.url);
  await page.locator('#start-title').waitFor();
  await appReady(page);
  return page;
}

async function close(page) {
  const errors = page.errors;
  await page.context().close();
  assert.deepEqual(errors, [], 'no errors in the console');
}

/** The step heading currently shown. */
const stepTitle = (page) => page.locator('#step-title').innerText();

/** Go forward one step and wait until its heading has the focus. */
async function next(page) {
  const before = await stepTitle(page);
  await page.click('#next');
  await page.waitForFunction((b) => {
    const h = document.getElementById('step-title');
    return h && h.innerText !== b && document.activeElement === h;
  }, before);
}

/** Tick a radio button or tick box by its question id and value, as a click on its label. */
async function choose(page, question, value) {
  await page.locator(`label[for="q-${question}-${value}"]`).click();
  assert.ok(await page.isChecked(`#q-${question}-${value}`), `${question} = ${value}`);
}

/** Whether a question is shown on the current step. */
const asked = (page, question) => page.locator(`#q-${question}-group`).isVisible();

/** Type into a field, replacing what is there. */
async function type(page, id, text) {
  const field = page.locator(`#q-${id}`);
  await field.fill('');
  await field.pressSequentially(text);
}

/** The verdict as the panel states it. */
async function verdict(page) {
  const aside = page.locator('aside.verdict');
  return {
    breach: await aside.getAttribute('data-breach'),
    risk: await aside.getAttribute('data-risk'),
    notify_authority: await aside.getAttribute('data-notify-authority'),
    notify_subjects: await aside.getAttribute('data-notify-subjects'),
    notify_controller: await aside.getAttribute('data-notify-controller'),
    provisional: await aside.getAttribute('data-provisional'),
  };
}

/** The `assess` command's results for the public vectors, by id. */
function assessResults() {
  const bin = join(ROOT, 'target', 'release', 'assess');
  const out = existsSync(bin)
    ? execFileSync(bin, [VECTORS], { encoding: 'utf8' })
    : execFileSync('cargo', ['run', '--quiet', '--release', '--bin', 'assess', '--', VECTORS], {
      cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26,
    });
  return new Map(JSON.parse(out).results.map((r) => [r.id, r]));
}

/** Enter a vector's facts through the six steps, starting from the start screen. */
async function enterFacts(page, f) {
  await page.click('#start');
  await page.locator('#step-title').waitFor();
  // 1: who you are.
  await choose(page, 'role', f.role);
  if (f.organisation) {
    await choose(page, 'sector', f.organisation.sector);
    if (f.organisation.country && f.organisation.country !== 'DE') {
      await page.selectOption('#q-country', f.organisation.country);
    }
    if (f.organisation.land) await page.selectOption('#q-land', f.organisation.land);
  }
  await next(page);
  // 2: what happened.
  await choose(page, 'personal_data', f.personal_data ? 'yes' : 'no');
  await choose(page, 'cause', f.malicious ? 'external_malicious' : 'error');
  await choose(page, 'confidentiality', f.confidentiality);
  // The vectors carry no revealing context (the `assess` command reads it as "no").
  if (f.confidentiality !== 'none') await choose(page, 'sensitive_context', 'no');
  await choose(page, 'integrity', f.integrity);
  await choose(page, 'availability', f.availability);
  await next(page);
  // 3: when (these vectors carry no time).
  await next(page);
  // 4: which data and whom.
  for (const c of f.data) await choose(page, 'data', c);
  await type(page, 'subjects', String(f.data_subjects));
  await choose(page, 'vulnerable', f.vulnerable_subjects ? 'yes' : 'no');
  await next(page);
  // 5: protection and containment.
  await choose(page, 'unintelligible', f.unintelligible ? 'yes' : 'no');
  await choose(page, 'contained', f.contained ? 'yes' : 'no');
  // Nor a written confirmation of a deletion (read as "no").
  if (f.contained) await choose(page, 'deletion_confirmed', 'no');
  // Art. 34(3)(b) and (c) are asked only where a high risk is possible (issue 15).
  if (await asked(page, 'high_risk_neutralised')) await choose(page, 'high_risk_neutralised', f.high_risk_neutralised ? 'yes' : 'no');
  await next(page);
  // 6: likely consequences.
  await choose(page, 'misuse_observed', f.misuse_observed ? 'yes' : 'no');
  if (await asked(page, 'disproportionate_effort')) await choose(page, 'disproportionate_effort', f.disproportionate_effort ? 'yes' : 'no');
  await next(page);
  assert.match(await stepTitle(page), /Zusammenfassung/);
}

/** A local `datetime-local` value `hours` before now, in the browser's own time zone. */
function hoursAgo(page, hours) {
  return page.evaluate((h) => {
    const d = new Date(Date.now() - h * 3600 * 1000);
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  }, hours);
}

test('the district office case: notify the authority, no duty to tell the people, deadline shown', TIMEOUT, async () => {
  const page = await open();
  await page.click('#preset-open_recipients');
  await page.locator('#step-title').waitFor();
  // 1: a public body in North Rhine-Westphalia, the controller.
  await choose(page, 'role', 'controller');
  await choose(page, 'sector', 'public');
  await page.selectOption('#q-land', 'NW');
  await page.fill('#q-org_name', 'Kreisverwaltung');
  await next(page);
  // 2: the preset filled in what happened.
  assert.ok(await page.isChecked('#q-incident_type-open_distribution_list'));
  assert.ok(await page.isChecked('#q-confidentiality-known_recipients'));
  await choose(page, 'personal_data', 'yes');
  // A plain mailing list: being on it reveals nothing sensitive.
  await choose(page, 'sensitive_context', 'no');
  await next(page);
  // 3: aware since this morning.
  await page.fill('#q-aware_at', await hoursAgo(page, 2));
  await choose(page, 'occurrence', 'at');
  await page.fill('#q-occurred_from', await hoursAgo(page, 3));
  await next(page);
  // 4: e-mail addresses of 1,494 people, typed the German way.
  assert.ok(await page.isChecked('#q-data-contact'));
  await type(page, 'subjects', '1.494');
  await choose(page, 'vulnerable', 'no');
  await next(page);
  // 5 and 6.
  await choose(page, 'contained', 'no');
  // E-mail addresses, no high risk possible: the exceptions of Art. 34(3) are not asked.
  assert.equal(await asked(page, 'high_risk_neutralised'), false);
  await next(page);
  await choose(page, 'misuse_observed', 'no');
  assert.equal(await asked(page, 'disproportionate_effort'), false);
  await next(page);

  const v = await verdict(page);
  assert.deepEqual(
    { risk: v.risk, notify_authority: v.notify_authority, notify_subjects: v.notify_subjects, provisional: v.provisional },
    { risk: 'risk', notify_authority: 'true', notify_subjects: 'no', provisional: 'false' },
  );
  assert.equal(await page.locator('#verdict-authority .answer').innerText(), 'Meldung an die Aufsichtsbehörde nötig');
  assert.equal(await page.locator('#verdict-subjects .answer').innerText(), 'Keine Pflicht, die Betroffenen zu benachrichtigen');
  // The deadline as a local clock time with a live countdown.
  const deadline = page.locator('#deadline');
  await deadline.waitFor();
  assert.match(await deadline.innerText(), /Frist: \w\w\., \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr \(Ortszeit/);
  assert.match(await page.locator('.countdown').innerText(), /^noch 2 Tage, 2[12] Std\., \d+ Min\.$/);
  // The competent authority, named beside the deadline and with its card; how to reach it is
  // in "Jetzt zu tun" on the summary (the drafts module carries the contact details).
  const card = page.locator('[data-authority="ldi-nrw"]');
  assert.match(await card.innerText(), /Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen/);
  assert.match(await card.innerText(), /Jetzt zu tun/);
  assert.equal(await page.locator('#verdict-authority .to-whom').innerText(), 'Zuständige Aufsichtsbehörde: LDI NRW');
  assert.match(await page.locator('#verdict-competence').innerText(), /zuständig, weil/);
  await page.locator('.next-steps').waitFor();
  assert.match(await page.locator('.next-steps').innerText(), /poststelle@ldi\.nrw\.de|ldi\.nrw\.de/);
  for (const link of await page.locator('.next-steps a[target="_blank"]').all()) {
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  }
  // The summary shows the answers as given, with the number formatted for the language.
  assert.match(await page.locator('main').innerText(), /1\.494/);

  // Switching the language keeps every answer and translates the verdict.
  await page.click('#lang-toggle');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('#verdict-authority .answer').innerText(), 'Notify the supervisory authority');
  assert.equal(await page.locator('#verdict-subjects .answer').innerText(), 'No duty to tell the people affected');
  assert.match(await page.locator('main').innerText(), /1,494/);
  assert.match(await deadline.innerText(), /Deadline: \w\w\w, \d+ \w\w\w \d{4}, \d\d:\d\d \(local time/);
  await page.click('#back');
  await page.click('#back');
  await page.click('#back');
  assert.equal(await page.inputValue('#q-subjects'), '1.494');
  assert.ok(await page.isChecked('#q-vulnerable-no'));
  await close(page);
});

test('an awareness more than 72 hours ago turns the countdown into "overdue"', TIMEOUT, async () => {
  const page = await open();
  await page.click('#preset-hacking');
  await page.locator('#step-title').waitFor();
  await page.click('.progress li:nth-child(3) button');
  await page.fill('#q-aware_at', await hoursAgo(page, 80));
  const overdue = page.locator('#overdue');
  await overdue.waitFor();
  assert.equal(await overdue.innerText(), 'überfällig – Gründe für die Verzögerung angeben');
  assert.match(await page.locator('.countdown').innerText(), /^seit 8 Std\., \d+ Min\. überfällig$/);
  // Typing a time in the future is reported next to the field and kept.
  await page.fill('#q-aware_at', '2099-01-01T10:00');
  const error = page.locator('#q-aware_at-error');
  await error.waitFor();
  assert.equal(await error.innerText(), 'Dieser Zeitpunkt liegt in der Zukunft.');
  assert.equal(await page.getAttribute('#q-aware_at', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#q-aware_at', 'aria-describedby'), /q-aware_at-error/);
  assert.equal(await page.inputValue('#q-aware_at'), '2099-01-01T10:00');
  await close(page);
});

test('public vectors entered through the questions give the assess command\'s verdict', TIMEOUT, async () => {
  const expected = assessResults();
  const cases = JSON.parse(readFileSync(VECTORS, 'utf8')).cases
    // The deadline cases depend on the assessment time; the app uses the real clock.
    .filter((c) => !c.facts.aware_at);
  assert.ok(cases.length >= 5, 'at least five vectors to enter');
  const page = await open();
  for (const c of cases) {
    await page.goto(server.url);
    await page.locator('#start-title').waitFor();
    await appReady(page);
    await enterFacts(page, c.facts);
    const got = await verdict(page);
    const want = expected.get(c.id);
    assert.deepEqual(
      {
        id: c.id,
        risk: got.risk,
        notify_authority: got.notify_authority === 'true',
        notify_subjects: got.notify_subjects,
        notify_controller: got.notify_controller === 'true',
        breach: got.breach === 'true',
        provisional: got.provisional,
      },
      {
        id: c.id,
        risk: want.risk ?? 'none',
        notify_authority: want.notify_authority,
        notify_subjects: want.notify_subjects,
        notify_controller: want.notify_controller,
        breach: want.personal_data_breach,
        provisional: 'false',
      },
      c.title,
    );
    if (want.authority) {
      assert.equal(await page.locator(`[data-authority="${want.authority}"]`).count(), 1, `${c.id}: authority card`);
    }
  }
  await close(page);
});

/** axe-core on the current screen: no violations. */
async function axeCheck(page, where) {
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  });
  assert.deepEqual(result, [], `axe on ${where}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core: no violations on any step, German and English (${colorScheme})`, TIMEOUT, async () => {
    // The page's CSP forbids injected scripts, rightly; axe runs in a context that bypasses it.
    const page = await open({ bypassCSP: true, colorScheme });
    await page.addScriptTag({ path: AXE });
    for (const lang of ['de', 'en']) {
      if (lang === 'en') {
        await page.click('#lang-toggle');
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      await axeCheck(page, `start (${lang})`);
      await page.click('#preset-lost_device');
      await page.locator('#step-title').waitFor();
      for (let step = 1; step <= 7; step++) {
        // Open every reason list, so their contents are checked too.
        for (const d of await page.locator('details.why').all()) await d.evaluate((e) => { e.open = true; });
        await axeCheck(page, `step ${step} (${lang})`);
        if (step < 7) await next(page);
      }
      // Back to the start screen for the other language.
      for (let step = 7; step >= 1; step--) await page.click('#back');
      await page.locator('#start-title').waitFor();
    }
    // Narrow: the folded verdict and the open one.
    await page.setViewportSize(NARROW);
    await page.click('#start');
    await page.locator('#step-title').waitFor();
    await axeCheck(page, 'narrow, verdict folded');
    await page.click('.verdict-toggle');
    await axeCheck(page, 'narrow, verdict open');
    await close(page);
  });
}

/** Press Tab until the focused element matches `selector` (keyboard only; gives up after 300). */
async function tabTo(page, selector, { back = false } = {}) {
  for (let i = 0; i < 300; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`could not reach ${selector} with the Tab key`);
}

test('keyboard only: from the start screen to the verdict without a mouse', TIMEOUT, async () => {
  const page = await open();
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  // A preset, by Tab and Enter.
  await tabTo(page, '#preset-wrong_recipient');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
  // 1: the radio group takes the focus on its checked button; arrows choose.
  await tabTo(page, 'input[name="q-role"]');
  assert.equal(await focusedId(), 'q-role-unknown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal(await focusedId(), 'q-role-controller');
  assert.ok(await page.isChecked('#q-role-controller'));
  await tabTo(page, 'input[name="q-sector"]');
  assert.equal(await focusedId(), 'q-sector-unknown');
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.isChecked('#q-sector-private'), 'the arrow wraps round to the first answer');
  await tabTo(page, '#q-land');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.inputValue('#q-land'), 'BY');
  await tabTo(page, '#next');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
  assert.match(await stepTitle(page), /Was ist passiert/);
  // 2: the preset answered "personal data: yes"; change the cause with the arrows.
  await tabTo(page, 'input[name="q-personal_data"]');
  assert.equal(await focusedId(), 'q-personal_data-yes');
  await tabTo(page, 'input[name="q-cause"]');
  assert.equal(await focusedId(), 'q-cause-error');
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.isChecked('#q-cause-technical'));
  await page.keyboard.press('ArrowUp');
  assert.ok(await page.isChecked('#q-cause-error'));
  await tabTo(page, '#next');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
  // 3: "now" as the moment of awareness.
  await tabTo(page, 'button.small');
  await page.keyboard.press('Enter');
  // Written the German way, whatever the browser's locale (issue 15).
  assert.match(await page.inputValue('#q-aware_at'), /^\d\d\.\d\d\.\d{4} \d\d:\d\d$/);
  // 4: contact data ticked with Space, a count typed.
  await tabTo(page, '#next');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
  await tabTo(page, '#q-data-contact');
  await page.keyboard.press('Space');
  assert.ok(await page.isChecked('#q-data-contact'));
  await tabTo(page, '#q-subjects');
  await page.keyboard.type('250');
  // 5, 6 and the summary.
  for (let i = 0; i < 3; i++) {
    await tabTo(page, '#next');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'step-title');
  }
  assert.match(await stepTitle(page), /Zusammenfassung/);
  const v = await verdict(page);
  assert.equal(v.breach, 'true');
  assert.equal(v.notify_authority, 'true');
  assert.match(await page.locator('#deadline').innerText(), /Frist:/);
  assert.equal(await page.locator('[data-authority="baylda"]').count(), 1);
  // The verdict's reasons open with the keyboard too.
  await tabTo(page, '#verdict-risk summary');
  await page.keyboard.press('Enter');
  assert.ok(await page.locator('#verdict-risk details').evaluate((d) => d.open));
  // And back to a step with Shift+Tab and Enter on the progress list.
  await tabTo(page, '.progress li:first-child button', { back: true });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
  assert.ok(await page.isChecked('#q-role-controller'));
  await close(page);
});

test('at 200% zoom (1280×800 seen as 640×400) nothing needs scrolling sideways', TIMEOUT, async () => {
  const page = await open({ viewport: { width: 640, height: 400 } });
  const fits = (where) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
    .then((ok) => assert.ok(ok, `no horizontal scrolling on ${where}`));
  await fits('start');
  await page.click('#preset-payroll_bug');
  await page.locator('#step-title').waitFor();
  for (let step = 1; step <= 7; step++) {
    await fits(`step ${step}`);
    if (step === 3) {
      await page.fill('#q-aware_at', await hoursAgo(page, 1));
      await choose(page, 'occurrence', 'period');
    }
    if (step < 7) await next(page);
  }
  await page.click('.verdict-toggle');
  await fits('summary with the verdict open');
  // The folded verdict at the bottom never hides a control that gets the focus.
  await page.click('.verdict-toggle');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.press('Tab');
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const covered = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el.closest('aside.verdict')) return false;
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const ok = hit && (hit === el || el.contains(hit) || hit.contains(el));
      return ok ? false : `${el.tagName}#${el.id}.${el.className} at ${Math.round(r.top)}..${Math.round(r.bottom)} of ${window.innerHeight}, hit ${hit?.tagName}.${hit?.className}`;
    });
    assert.equal(covered, false, `focused control ${i} is not hidden behind the verdict`);
  }
  await close(page);
});

test('screenshots at 1280×800 and 390×844', TIMEOUT, async () => {
  for (const [name, viewport] of [['1280x800', WIDE], ['390x844', NARROW]]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await open({ viewport, colorScheme });
      const shot = (what) => page.screenshot({ path: join(SHOTS, `wizard-${name}-${colorScheme}-${what}.png`) });
      await shot('1-start');
      await page.click('#preset-open_recipients');
      await page.locator('#step-title').waitFor();
      await choose(page, 'role', 'controller');
      await choose(page, 'sector', 'public');
      await page.selectOption('#q-land', 'NW');
      await page.locator('#step-title').evaluate((e) => e.blur());
      await shot('2-step1');
      await next(page);
      await next(page);
      await page.fill('#q-aware_at', await hoursAgo(page, 2));
      await next(page);
      await type(page, 'subjects', 'zwölf');
      await page.locator('#q-subjects').blur();
      await page.locator('#q-subjects-group').scrollIntoViewIfNeeded();
      await shot('3-step4-error');
      await type(page, 'subjects', '1.494');
      for (let i = 0; i < 3; i++) await next(page);
      if (viewport === NARROW) await page.click('.verdict-toggle');
      await page.locator('#deadline').scrollIntoViewIfNeeded();
      await shot('4-summary-verdict');
      await close(page);
    }
  }
});

test('controllers outside the EU/EEA: a Swiss one without, a US one with an EU main establishment', TIMEOUT, async () => {
  const page = await open({ bypassCSP: true });
  await page.addScriptTag({ path: AXE });
  await page.click('#preset-hacking');
  await page.locator('#step-title').waitFor();
  await choose(page, 'role', 'controller');
  await choose(page, 'sector', 'private');
  // Switzerland: no main establishment in the Union, people in Germany (Bavaria) and France.
  await page.selectOption('#q-country', 'CH');
  await page.locator('#q-eu_establishment').waitFor();
  assert.equal(await page.inputValue('#q-eu_establishment'), '', 'none until chosen');
  await page.locator('label[for="q-country-DE"]').click();
  await page.locator('label[for="q-country-FR"]').click();
  // People in Germany: the German authority follows the Land (e.g. of the representative).
  await page.selectOption('#q-land', 'BY');
  await page.fill('#q-representative', 'EU-Vertretung GmbH, München');
  await axeCheck(page, 'step 1, controller in Switzerland');
  const ids = async () => (await page.locator('.authority-card').evaluateAll((cards) => cards.map((c) => c.dataset.authority))).sort();
  await page.waitForFunction(() => document.querySelectorAll('.authority-card').length === 2);
  assert.deepEqual(await ids(), ['baylda', 'fr-cnil'], 'every authority where the people live');
  // The United States, with its main establishment in the Union in Ireland: that lead authority.
  await page.selectOption('#q-country', 'US');
  await page.selectOption('#q-eu_establishment', 'IE');
  assert.equal(await page.isVisible('#q-country-DE'), false, 'the countries are not asked then');
  await page.waitForFunction(() => document.querySelectorAll('.authority-card').length === 1);
  assert.deepEqual(await ids(), ['ie-dpc']);
  await page.click('#lang-toggle');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await axeCheck(page, 'step 1, controller in the United States (en)');
  await page.click('#lang-toggle');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  // The summary lists the answers.
  for (let step = 1; step < 7; step++) await next(page);
  await page.locator('.drafts-panel').waitFor({ timeout: 30_000 });
  const summary = await page.locator('main').innerText();
  assert.match(summary, /Irland/);
  assert.match(summary, /EU-Vertretung GmbH, München/);
  await close(page);
});

test('a preset chosen on a page opened with ?land=NW&sector=public keeps both', TIMEOUT, async () => {
  const context = await browser.newContext({ viewport: WIDE });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}?land=NW&sector=public`);
  await page.locator('#start-title').waitFor();
  await appReady(page);
  await page.click('#preset-open_recipients');
  await page.locator('#step-title').waitFor();
  assert.equal(await page.inputValue('#q-land'), 'NW');
  assert.ok(await page.isChecked('#q-sector-public'));
  // The verdict keeps the authority the page was opened for.
  await page.waitForFunction(() => document.querySelector('.authority-card')?.dataset.authority === 'ldi-nrw');
  await context.close();
  assert.deepEqual(errors, []);
});
