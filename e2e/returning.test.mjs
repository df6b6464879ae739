// Coming back (issue 16): the browser is asked to keep the data after a finished assessment,
// a calendar reminder to take it again, and the trend of a client's shares as a picture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { axe, download, envelope, launchPlain, openData, personas, resetStorage, servedSuite, SHOTS } from './browser.mjs';

let server;
let browser;
servedSuite((opened) => ({ server, browser } = opened));

/** Records every call to navigator.storage.persist / persisted and answers them as told. */
const STUB_STORAGE = (granted) => {
  window.__keepCalls = [];
  const answer = (name, value) => () => {
    window.__keepCalls.push(name);
    return Promise.resolve(value);
  };
  Object.defineProperty(Navigator.prototype, 'storage', {
    configurable: true,
    get: () => ({ persist: answer('persist', granted), persisted: answer('persisted', false) }),
  });
};

async function open({ stored, lang = 'en', init, arg } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 375, height: 740 });
  await resetStorage(page, server.url, stored ? { 'client-triage': stored } : {});
  if (init) await page.addInitScript(init, arg);
  await page.goto(`${server.url}?lang=${lang}`);
  await page.locator('[data-screen]').waitFor();
  return page;
}

/** A client on the review screen with every question answered: one click finishes it. */
async function atReview(label = 'Agency X') {
  const persona = (await personas()).find((p) => p.strategy === 'mediate');
  return envelope(persona.answers, { label, screen: 'review' });
}

test('a finished assessment asks the browser once to keep the data, and the data panel says what it granted', async () => {
  const page = await open({ stored: await atReview(), init: STUB_STORAGE, arg: true });
  assert.deepEqual(await page.evaluate(() => window.__keepCalls), ['persisted'], 'a page view only looks');
  await page.getByRole('button', { name: 'Show my result' }).first().click();
  await page.locator('[data-screen="result"]').waitFor();
  await page.waitForFunction(() => window.__keepCalls.includes('persist'));
  assert.deepEqual(await page.evaluate(() => window.__keepCalls), ['persisted', 'persist'], 'asked once after the finish');
  await page.getByRole('button', { name: 'Start over' }).click();
  await openData(page);
  await page.getByText('This browser has agreed to keep it until you delete it.').waitFor();
  assert.equal(await page.getByText(/Safari also deletes it/).count(), 0);
});

test('where the browser does not keep it, the panel says it may go, and what Safari and the home screen do', async () => {
  const page = await open({ stored: await atReview(), init: STUB_STORAGE, arg: false });
  await page.getByRole('button', { name: 'Show my result' }).first().click();
  await page.waitForFunction(() => window.__keepCalls.includes('persist'));
  await page.getByRole('button', { name: 'Start over' }).click();
  await openData(page);
  await page.getByText(/Safari also deletes it after seven days of browsing in which you don’t use this site\. If you open this page from your home screen/).waitFor();
});

test('the real navigator.storage in Chromium: what it answered is what the panel says', async () => {
  const page = await open({ stored: await atReview() });
  await page.getByRole('button', { name: 'Show my result' }).first().click();
  await page.locator('[data-screen="result"]').waitFor();
  const kept = await page.evaluate(() => navigator.storage.persisted());
  await page.getByRole('button', { name: 'Start over' }).click();
  await openData(page);
  const sentence = kept ? 'This browser has agreed to keep it' : 'The browser may delete it';
  await page.locator('.ct-data').getByText(sentence).waitFor();
  console.log(`# Chromium navigator.storage.persisted() after the finish: ${kept}`);
});

test('the calendar reminder: a valid iCalendar event on the chosen day, the client named only when asked', async () => {
  const page = await open({ stored: await atReview() });
  await page.getByRole('button', { name: 'Show my result' }).first().click();
  const reminder = page.locator('.ct-reminder');
  await reminder.getByText('Remind me to check again').click();
  await axe(page, 'result with the reminder');
  await reminder.screenshot({ path: `${SHOTS}/reminder-en-375.png` });

  const today = await page.evaluate(() => {
    const d = new Date();
    return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  });
  const expectedDay = (weeks) => {
    const d = new Date(Date.UTC(today[0], today[1] - 1, today[2] + 7 * weeks));
    return d.toISOString().slice(0, 10);
  };

  // Two weeks, as the plans say; no client name unless asked.
  assert.ok(!(await reminder.getByRole('checkbox').isChecked()));
  const plain = await download(page, () => reminder.getByRole('button', { name: 'In 2 weeks' }).click());
  assert.equal(plain.name, `client-triage-${expectedDay(2)}.ics`);
  assert.ok(!plain.text.includes('Agency X'), 'no client name unless asked');
  const vevent = new ICAL.Component(ICAL.parse(plain.text)).getFirstSubcomponent('vevent');
  const event = new ICAL.Event(vevent);
  assert.equal(event.startDate.toString(), expectedDay(2));
  assert.equal(vevent.getFirstSubcomponent('valarm').getFirstPropertyValue('trigger').toString(), 'PT9H', 'an alert at nine that morning');
  assert.ok(event.startDate.isDate, 'an all-day event');
  assert.equal(event.summary, 'Difficult client: take the assessment again');
  assert.match(event.description, /Last time the recommendation was “Negotiate”\./);
  assert.ok(event.description.endsWith(`\n${server.url}`), 'the page address to come back to, without its query');
  const dayAfter = new Date(Date.parse(expectedDay(2)) + 86_400_000).toISOString().slice(0, 10);
  assert.equal(event.endDate.toString(), dayAfter, 'one day long');
  assert.ok(event.uid.endsWith('@client-triage'));
  assert.ok(plain.text.includes('\r\nDTSTAMP:'), 'CRLF lines, a DTSTAMP');

  // Four weeks, with the name.
  await reminder.getByRole('checkbox', { name: 'Name the client in the reminder' }).check();
  const named = await download(page, () => reminder.getByRole('button', { name: 'In 4 weeks' }).click());
  const namedEvent = new ICAL.Event(new ICAL.Component(ICAL.parse(named.text)).getFirstSubcomponent('vevent'));
  assert.equal(namedEvent.startDate.toString(), expectedDay(4));
  assert.equal(namedEvent.summary, 'Agency X: take the assessment again');
});

test('German reminder texts, and from a file:// page no address', async () => {
  const page = await open({ stored: await atReview('Agentur X'), lang: 'de' });
  await page.getByRole('button', { name: 'Ergebnis anzeigen' }).first().click();
  const reminder = page.locator('.ct-reminder');
  await reminder.getByText('Erinnerung für die nächste Einschätzung').click();
  await reminder.screenshot({ path: `${SHOTS}/reminder-de-375.png` });
  const file = await download(page, () => reminder.getByRole('button', { name: 'In 1 Woche' }).click());
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent'));
  assert.equal(event.summary, 'Schwieriger Kunde: Einschätzung wiederholen');
  assert.match(event.description, /^Beim letzten Mal lautete die Empfehlung „Verhandeln“\./);

  const local = await browser.context.newPage();
  await local.goto(`file://${process.cwd()}/dist/client-triage.html?lang=en`);
  await local.evaluate((value) => localStorage.setItem('client-triage', value), await atReview());
  await local.reload();
  await local.getByRole('button', { name: 'Show my result' }).first().click();
  await local.getByText('Remind me to check again').click();
  const offline = await download(local, () => local.getByRole('button', { name: 'In 2 weeks' }).click());
  assert.ok(!offline.text.includes('file:'), 'a file path is not a place to come back to');
});

test('the trend chart: one point per finished assessment for each strategy, described in words', async () => {
  const persona = (await personas()).find((p) => p.strategy === 'terminate');
  const check = (day, terminate) => ({
    date: `2026-11-${day}T09:00:00.000Z`,
    strategy: terminate > 40 ? 'terminate' : 'mediate',
    scores: { detach: 30, mediate: 70 - terminate, terminate },
    answers: persona.answers,
  });
  const history = [check('02', 20), check('09', 35), check('16', 45), check('30', 60)];
  for (const lang of ['en', 'de']) {
    const page = await open({ stored: envelope({}, { screen: 'intro', history }), lang });
    await openData(page);
    const chart = page.locator('.ct-trend-chart');
    await chart.waitFor();
    const lines = chart.locator('polyline[data-series]');
    assert.equal(await lines.count(), 3, 'one line per strategy');
    for (let i = 0; i < 3; i += 1) {
      const points = (await lines.nth(i).getAttribute('points')).trim().split(/\s+/);
      assert.equal(points.length, history.length, 'one point per assessment');
    }
    const terminate = (await chart.locator('polyline[data-series="terminate"]').getAttribute('points')).trim().split(' ').map((p) => p.split(',').map(Number));
    const dots = (await chart.locator('path[data-series="terminate"]').getAttribute('d')).match(/M[^M]+/g);
    assert.deepEqual(dots, terminate.map(([x, y]) => `M${x},${y}h0`), 'a dot on each point');
    assert.ok(terminate[0][1] > terminate[3][1], 'a rising share goes up');
    assert.ok(terminate[0][0] < terminate[1][0] && terminate[2][0] < terminate[3][0], 'time goes to the right');
    assert.ok(terminate[3][0] - terminate[2][0] > terminate[1][0] - terminate[0][0], 'spaced by time, not by count');
    const label = await chart.locator('svg').getAttribute('aria-label');
    if (lang === 'en') {
      assert.equal(label, 'Share of each option across 4 assessments, from 2\u00a0Nov\u00a02026 to 30\u00a0Nov\u00a02026: Detach from 30% to 30%; Negotiate from 50% to 10%; End it from 20% to 60%.');
    } else {
      assert.match(label, /^Wie stark deine Antworten für jeden Weg sprachen, in 4 Einschätzungen vom 02\.11\.2026 bis 30\.11\.2026: Abschalten von 30\u00a0% auf 30\u00a0%; /);
    }
    await axe(page, `trend chart (${lang})`);
    // With a margin: the dots at both ends reach past the chart's box.
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    await page.screenshot({ path: `${SHOTS}/trend-${lang}-375.png`, clip: { x: box.x - 12, y: box.y - 12, width: box.width + 24, height: box.height + 24 } });
    await page.emulateMedia({ media: 'print' });
    const printed = await chart.locator('svg').boundingBox();
    assert.ok(printed?.height > 50, 'it prints');
    assert.ok(await chart.getByText(lang === 'en' ? 'End it' : 'Beenden').isVisible(), 'with its legend');
    await page.close();
  }
});

test('after a finish, an offer to save a copy: once, until an export or "Not now", remembered across reloads', async () => {
  const page = await open({ stored: await atReview() });
  const offer = page.locator('.ct-copy-offer');
  await page.getByRole('button', { name: 'Show my result' }).first().click();
  await offer.waitFor();
  await axe(page, 'result with the copy offer');
  await offer.screenshot({ path: `${SHOTS}/copy-offer-en-375.png` });
  await offer.getByRole('button', { name: 'Not now' }).click();
  await offer.waitFor({ state: 'detached' });
  await page.reload();
  await page.getByRole('button', { name: 'Back to my answers' }).click();
  await page.getByRole('button', { name: 'Show my result' }).first().click();
  await page.locator('[data-screen="result"]').waitFor();
  assert.equal(await offer.count(), 0, 'closed is remembered');
  await page.close(); // an open tab would share its "Not now" with the next one

  // A reader who saves the copy: the file is the export, and the panel says when.
  const second = await open({ stored: await atReview('Shop Y') });
  await second.getByRole('button', { name: 'Show my result' }).first().click();
  const file = await download(second, () => second.locator('.ct-copy-offer').getByRole('button', { name: 'Export a copy (JSON)' }).click());
  assert.match(file.name, /^client-triage-\d{4}-\d\d-\d\d\.json$/);
  assert.equal(JSON.parse(file.text).clients[0].label, 'Shop Y');
  await second.locator('.ct-copy-offer').waitFor({ state: 'detached' });
  await second.getByRole('button', { name: 'Start over' }).click();
  await openData(second);
  await second.locator('.ct-data').getByText(/^Last export: \d+\u00a0[A-Z][a-z]{2}\u00a0\d{4}\.$/).waitFor();
  assert.ok(JSON.parse(await second.evaluate(() => localStorage.getItem('client-triage'))).exported, 'the export time is kept');
});

test('a reader who never finished sees no offer, and the panel says nothing was exported', async () => {
  const page = await open({ stored: envelope({}, { screen: 'intro' }) });
  await openData(page);
  await page.locator('.ct-data').getByText('Not exported yet.').waitFor();
  assert.equal(await page.locator('.ct-copy-offer').count(), 0);
});

// Test auditor's read (gap 2): dates are the reader's local day, not UTC's. In Auckland at
// 01:30 on 8 December (still 7 December in UTC) the reminder two weeks on is 22 December and
// the export is named for the 8th; in Los Angeles at 23:30 on 7 December (the 8th in UTC),
// 21 December and the 7th.
for (const [zone, utc, reminderDay, exportDay] of [
  ['Pacific/Auckland', '2026-12-07T12:30:00Z', '2026-12-22', '2026-12-08'],
  ['America/Los_Angeles', '2026-12-08T07:30:00Z', '2026-12-21', '2026-12-07'],
]) {
  test(`dates are the reader's local day: ${zone}`, async () => {
    const plain = await launchPlain();
    try {
      const context = await plain.newContext({ timezoneId: zone, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.clock.install({ time: new Date(utc) });
      await resetStorage(page, server.url, { 'client-triage': await atReview() });
      await page.goto(`${server.url}?lang=en`);
      await page.getByRole('button', { name: 'Show my result' }).first().click();
      const reminder = page.locator('.ct-reminder');
      await reminder.getByText('Remind me to check again').click();
      const ics = await download(page, () => reminder.getByRole('button', { name: 'In 2 weeks' }).click());
      assert.equal(ics.name, `client-triage-${reminderDay}.ics`);
      assert.ok(ics.text.includes(`DTSTART;VALUE=DATE:${reminderDay.replaceAll('-', '')}`), ics.text);
      await page.getByRole('button', { name: 'Start over' }).click();
      await openData(page);
      const exported = await download(page, () => page.getByRole('button', { name: 'Export all (JSON)' }).click());
      assert.equal(exported.name, `client-triage-${exportDay}.json`);
    } finally {
      await plain.close();
    }
  });
}
