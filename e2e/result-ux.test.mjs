// The result screen's loose ends (issue 25, item 8): where focus goes when the copy offer
// removes itself, sizes inside folds, the hovered nav button's contrast, the pressed style
// instead of the tap highlight, the one live region for actions seen nowhere else, what is
// heard when the result opens, the reminder's lead, the import refusal in plain words, the
// delete button naming its client, and focus back on the changed row of the review.
// Focus is read through the shadow root: document.activeElement is the host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, download, envelope, openData, personas, resetStorage, servedSuite, SHOTS } from './browser.mjs';

let server;
let browser;
servedSuite((opened) => ({ server, browser } = opened));

const WIDTH = 375;

async function open({ lang = 'en', stored, scheme = 'light' } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: WIDTH, height: 740 });
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: scheme });
  await resetStorage(page, server.url, stored ? { 'client-triage': stored } : {});
  await page.goto(`${server.url}?lang=${lang}`);
  await page.locator('[data-screen]').waitFor();
  return page;
}

async function persona(name) {
  return (await personas()).find((p) => p.name === name);
}

/** What has focus: `body`, or the widget's focused element as "tag: its text". */
function focused(page) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-client-triage]');
    if (document.activeElement !== host) return document.activeElement?.tagName.toLowerCase() ?? null;
    const el = host.shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}: ${el.textContent.trim()}` : 'nothing in the widget';
  });
}

async function expectFocus(page, expected, what) {
  let now;
  for (let i = 0; i < 20; i += 1) {
    now = await focused(page);
    if (now === expected) return;
    await page.waitForTimeout(25);
  }
  assert.equal(now, expected, what);
}

/** The widget's own live region (a direct child of its root), and every change to its text. */
async function watchAnnouncer(page) {
  await page.locator('.ct > [role=status]').evaluate((region) => {
    window.__said = [];
    new MutationObserver(() => window.__said.push(region.textContent))
      .observe(region, { subtree: true, childList: true, characterData: true });
  });
}

/** Waits until the live region has changed since the last call and says `expected`. */
async function expectSaid(page, expected, what) {
  await page.waitForFunction(() => window.__said.length > 0, null, { timeout: 2000 }).catch(() => {});
  const changes = await page.evaluate(() => window.__said.splice(0));
  assert.ok(changes.length > 0, `${what}: the live region changed`);
  assert.equal(changes.at(-1).trim(), expected, what);
}

const TEXTS = {
  en: {
    showResult: 'Show my result', notNow: 'Not now', exportCopy: 'Export a copy (JSON)',
    reminder: 'Remind me to check again', copy: 'Copy plan', copied: 'The plan is on the clipboard.',
    week: 'In 1 week',
    deleteNamed: (name) => `Delete “${name}”`, numbered: (n) => `Client ${n}`,
    added: (name) => `New client added: “${name}”.`, deleted: (name) => `“${name}” deleted.`,
    allDeleted: 'All data deleted.',
    exported: (file) => `Your data is being downloaded as ${file}.`,
    calendar: (file) => `The calendar file ${file} is being downloaded. Open it to add the reminder.`,
    invalid: 'This file is not an export from this widget, or it was changed after the export, so it cannot be imported. Choose a .json file you exported here. Nothing was changed.',
    detail: 'Technical detail:',
  },
  de: {
    showResult: 'Ergebnis anzeigen', notNow: 'Nicht jetzt', exportCopy: 'Kopie exportieren (JSON)',
    reminder: 'Erinnerung für die nächste Einschätzung', copy: 'Plan kopieren', copied: 'Der Plan ist in der Zwischenablage.',
    week: 'In 1 Woche',
    deleteNamed: (name) => `„${name}“ löschen`, numbered: (n) => `Kunde ${n}`,
    added: (name) => `Neuer Kunde angelegt: „${name}“.`, deleted: (name) => `„${name}“ wurde gelöscht.`,
    allDeleted: 'Alle Daten wurden gelöscht.',
    exported: (file) => `Deine Daten werden als ${file} heruntergeladen.`,
    calendar: (file) => `Die Kalenderdatei ${file} wird heruntergeladen. Öffne sie, um die Erinnerung einzutragen.`,
    invalid: 'Diese Datei ist kein Export aus diesem Widget oder wurde nach dem Export verändert. Deshalb lässt sie sich nicht importieren. Wähle eine JSON-Datei, die du hier exportiert hast. Nichts wurde geändert.',
    detail: 'Technische Angabe:',
  },
};

/** A widget button by its exact visible name. */
const button = (page, name) => page.locator('.ct').getByRole('button', { name, exact: true });

for (const lang of ['en', 'de']) {
  const t = TEXTS[lang];

  test(`${lang}: "${t.exportCopy}" and "${t.notNow}" hand focus on to the reminder, not to <body>`, async () => {
    const review = envelope((await persona('fair-complaint-email-loops')).answers, { screen: 'review' });
    for (const [choice, press] of [
      [t.notNow, (page) => page.keyboard.press('Enter')],
      [t.exportCopy, (page) => download(page, () => page.keyboard.press('Enter'))],
    ]) {
      const page = await open({ lang, stored: review });
      await button(page, t.showResult).first().click();
      const offer = page.locator('.ct-copy-offer');
      await offer.waitFor();
      if (choice === t.notNow) await offer.screenshot({ path: `${SHOTS}/result-ux-copy-offer-${lang}-${WIDTH}.png` });
      await offer.getByRole('button', { name: choice }).focus();
      await press(page);
      await offer.waitFor({ state: 'detached' });
      await expectFocus(page, `summary: ${t.reminder}`, `after "${choice}"`);
      await page.close();
    }
  });

  test(`${lang}: a close call's result is heard with its lead, the close-call note and the first step`, async () => {
    const page = await open({ lang, stored: envelope((await persona('fair-point-but-stalling')).answers) });
    await page.locator('.ct-close-call').waitFor();
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    const heading = nodes.find((n) => !n.ignored && n.role?.value === 'heading'
      && n.properties?.find((p) => p.name === 'level')?.value.value === 2);
    const text = (selector) => page.locator(selector).evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim());
    const description = heading.description?.value ?? '';
    for (const [part, selector] of [['lead', '.ct-summary'], ['close call', '.ct-close-call'], ['first step', '.ct-first-step .ct-step']]) {
      assert.ok(description.includes(await text(selector)), `the ${part} is heard: ${description}`);
    }
    assert.ok(description.indexOf(await text('.ct-summary')) < description.indexOf(await text('.ct-first-step .ct-step')), 'lead first');
    await page.locator('.ct-result').screenshot({ path: `${SHOTS}/result-ux-top-${lang}-${WIDTH}.png` });
    await page.close();
  });

  test(`${lang}: copying a plan (twice, and the second of a close call), the calendar file, export, adding and deleting clients and deleting all are announced`, async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const close = await persona('fair-point-but-stalling');
    const page = await open({ lang, stored: envelope(close.answers, { label: 'Acme' }) });
    await watchAnnouncer(page);
    const second = page.locator('details.ct-plan');
    await second.locator('summary').first().click();
    await second.getByRole('button', { name: t.copy }).click();
    await expectSaid(page, t.copied, 'the second plan copied');
    await second.getByRole('button', { name: t.copy }).click();
    await expectSaid(page, t.copied, 'the same plan copied again');
    await page.locator('section.ct-plan').getByRole('button', { name: t.copy }).click();
    await expectSaid(page, t.copied, 'the first plan copied');

    await page.locator('.ct-reminder summary').click();
    const ics = await download(page, () => button(page, t.week).click());
    await expectSaid(page, t.calendar(ics.name), 'the calendar file');
    await page.locator('.ct-reminder').screenshot({ path: `${SHOTS}/result-ux-reminder-${lang}-${WIDTH}.png` });
    await page.close();

    // The data tools on the start screen.
    const start = await open({ lang, stored: envelope(close.answers, { label: 'Acme', screen: 'intro' }) });
    await openData(start);
    await watchAnnouncer(start);
    const json = await download(start, () => start.locator('.ct-data .ct-row button').first().click());
    await expectSaid(start, t.exported(json.name), 'the export');
    await start.locator('.ct-clients .ct-row button').first().click();
    await expectSaid(start, t.added(t.numbered(2)), 'a client added');
    await button(start, t.deleteNamed(t.numbered(2))).click();
    await start.locator('[role=alertdialog] .ct-danger').click();
    await expectSaid(start, t.deleted(t.numbered(2)), 'a client deleted');
    await start.locator('.ct-data .ct-row button').last().click();
    await start.locator('[role=alertdialog] .ct-danger').click();
    await expectSaid(start, t.allDeleted, 'everything deleted');
    await start.close();
  });

  test(`${lang}: an import that is no export is refused in plain words, the decoder's reason under it`, async () => {
    const page = await open({ lang, stored: envelope({}, { label: 'Acme', screen: 'intro' }) });
    await openData(page);
    await page.locator('input[type=file]').setInputFiles({
      name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"clients":[]}'),
    });
    const status = page.locator('.ct-data [role=status].ct-error');
    await status.getByText(t.invalid, { exact: true }).waitFor({ timeout: 2000 });
    assert.doesNotMatch(await status.innerText(), /invalid data|version/, 'the decoder’s words stay out of the message');
    assert.equal(await page.locator('.ct-import-detail').innerText(), `${t.detail} invalid data: version: missing`);
    await page.locator('.ct-data').screenshot({ path: `${SHOTS}/result-ux-import-${lang}-${WIDTH}.png` });
    await page.close();
  });

  test(`${lang}: the delete button names the client, also an unnamed one`, async () => {
    const page = await open({ lang, stored: envelope({}, { label: 'Acme', screen: 'intro' }) });
    await openData(page);
    await button(page, t.deleteNamed('Acme')).waitFor({ timeout: 2000 });
    await page.locator('.ct-clients').screenshot({ path: `${SHOTS}/result-ux-delete-${lang}-${WIDTH}.png` });
    await page.close();

    const answers = (await persona('fair-complaint-email-loops')).answers;
    const unnamed = await open({ lang, stored: envelope(answers, { label: '', screen: 'intro' }) });
    await openData(unnamed);
    await button(unnamed, t.deleteNamed(t.numbered(1))).waitFor({ timeout: 2000 });
    await unnamed.close();
  });

  test(`${lang}: the reminder's lead speaks of the choices below, not of picking a date`, async () => {
    const page = await open({ lang, stored: envelope((await persona('fair-complaint-email-loops')).answers) });
    await page.locator('.ct-reminder summary').click();
    const lead = await page.locator('.ct-reminder p').first().innerText();
    assert.doesNotMatch(lead, /\b(date|Datum|Termin)\b/i, 'no date to pick: three buttons');
    assert.match(lead, lang === 'en' ? /^Choose below when / : /^Wähle unten, wann /, 'the buttons below are the choice');
    assert.equal(await page.locator('.ct-reminder .ct-row button').count(), 3);
    await page.close();
  });
}

test('inside folds a button is 44 px high like everywhere else, and a summary has no empty space under it', async () => {
  const page = await open({ stored: envelope((await persona('fair-complaint-email-loops')).answers) });
  await page.locator('.ct-reminder summary').click();
  const sizes = await page.locator('.ct').evaluate((root) => ({
    outside: root.querySelector('.ct-nav button').getBoundingClientRect().height,
    inside: [...root.querySelectorAll('.ct-reminder .ct-row button')].map((b) => b.getBoundingClientRect().height),
    // Each summary's height and its number of lines (of 24 px).
    summaries: [...root.querySelectorAll('summary')].map((summary) => {
      const text = document.createRange();
      text.selectNodeContents(summary);
      const lines = Math.round(text.getBoundingClientRect().height / parseFloat(getComputedStyle(summary).lineHeight));
      return [summary.getBoundingClientRect().height, lines];
    }),
  }));
  assert.equal(sizes.outside, 44);
  assert.deepEqual(sizes.inside, [44, 44, 44], 'the reminder’s buttons');
  assert.ok(sizes.summaries.length >= 3, 'folds to measure');
  for (const [height, lines] of sizes.summaries) {
    assert.equal(height, Math.max(44, lines * 24 + 16), `a summary of ${lines} line(s): its lines and padding, at least 44 px`);
  }
  await page.close();
});

test('a tap shows the widget’s own pressed style, not the browser’s grey highlight', async () => {
  const page = await open({ stored: envelope({}, { screen: 'question', question: 'topic' }) });
  const option = page.locator('.ct-option').first();
  const look = () => option.evaluate((el) => {
    const style = getComputedStyle(el);
    return { highlight: style.webkitTapHighlightColor, background: style.backgroundColor };
  });
  const before = await look();
  assert.equal(before.highlight, 'rgba(0, 0, 0, 0)', 'no tap highlight');
  const box = await option.boundingBox();
  await page.mouse.move(box.x + box.width - 10, box.y + box.height / 2);
  await page.mouse.down();
  const pressed = await look();
  await page.mouse.up();
  assert.notEqual(pressed.background, before.background, 'pressed, the card changes');
  await page.close();
});

/** The lowest text contrast of the result's nav buttons over the frames (about 300 ms) after
 *  the screen changes, as "ratio name": Yew reuses the review's primary button for one of
 *  them, and a colour that fades from the old look passes through unreadable ones. */
const LOWEST_CONTRAST_AFTER_SWITCH = () => new Promise((resolve) => {
  const root = document.querySelector('[data-client-triage]').shadowRoot;
  const channel = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/[\d.]+/g).map(Number);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  let lowest = [Infinity, ''];
  const started = performance.now();
  const sample = () => {
    for (const button of root.querySelectorAll('.ct-result .ct-nav button')) {
      const style = getComputedStyle(button);
      const [a, b] = [luminance(style.color), luminance(style.backgroundColor)];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < lowest[0]) lowest = [ratio, button.textContent.trim()];
    }
    if (performance.now() - started < 300) requestAnimationFrame(sample);
    else resolve(`${lowest[0].toFixed(2)} ${lowest[1]}`);
  };
  new MutationObserver((_, observer) => {
    if (root.querySelector('[data-screen="result"]')) {
      observer.disconnect();
      sample();
    }
  }).observe(root, { subtree: true, attributes: true, childList: true });
});

for (const scheme of ['light', 'dark']) {
  test(`the result's nav buttons are readable from the first frame after "Show my result", and with the pointer on them (${scheme})`, async () => {
    const review = envelope((await persona('fair-complaint-email-loops')).answers, { screen: 'review' });
    const page = await open({ stored: review, scheme });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const lowest = page.evaluate(LOWEST_CONTRAST_AFTER_SWITCH);
    await button(page, 'Show my result').last().click();
    const [ratio, name] = (await lowest).split(/ (.*)/);
    assert.ok(Number(ratio) >= 4.5, `"${name}" fell to ${ratio}:1 while the screen changed`);
    for (const name of ['Back to my answers', 'Start over']) {
      await button(page, name).hover();
      await axe(page, `"${name}" hovered (${scheme})`);
    }
    await page.close();
  });
}

test('Review → Change → Next returns focus to that row’s Change button; the first pass lands on the heading', async () => {
  const answers = (await persona('fair-complaint-email-loops')).answers;
  const page = await open({ stored: envelope(answers, { screen: 'review' }) });
  const change = page.locator('.ct-review-item button').nth(4);
  const name = (await change.textContent()).trim();
  await change.click();
  await page.locator('[data-screen="question"]').waitFor();
  await page.locator('.ct-option input:not(:checked)').first().check();
  await page.locator('.ct-nav [type=submit]').click();
  await page.locator('[data-screen="review"]').waitFor();
  await expectFocus(page, `button: ${name}`, 'back on the row changed');

  await button(page, 'Back').click();
  await page.locator('[data-screen="question"]').waitFor();
  await page.locator('.ct-nav [type=submit]').click();
  await page.locator('[data-screen="review"]').waitFor();
  await expectFocus(page, 'h2: Your answers', 'the plain way to the review lands on its heading');
  await page.close();
});
