// Keyboard and screen-reader details of issue 17: where focus goes when the control under it
// goes away (confirmations, removing and adding solutions), Escape, an error that is announced
// again, forced colours, and what the accessibility tree says on the result, the question and
// the review. Focus is read through the shadow root: document.activeElement is the host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QUESTION_COUNT, envelope, personas, resetStorage, servedSuite } from './browser.mjs';

let server;
let browser;
servedSuite((opened) => ({ server, browser } = opened));

async function open({ lang = 'en', stored, viewport = { width: 375, height: 667 }, media = {} } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ reducedMotion: 'reduce', ...media });
  await resetStorage(page, server.url, stored ? { 'client-triage': stored } : {});
  await page.goto(`${server.url}?lang=${lang}`);
  await page.locator('[data-screen]').waitFor();
  return page;
}

/** What has focus: `body`, or the widget's focused element (tag, id, label or text). */
function focused(page) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-client-triage]');
    if (document.activeElement !== host) return document.activeElement?.tagName.toLowerCase() ?? null;
    const el = host.shadowRoot.activeElement;
    if (!el) return 'nothing in the widget';
    const label = el.labels?.[0]?.textContent.trim();
    return `${el.tagName.toLowerCase()}: ${label ?? el.textContent.trim()}`;
  });
}

async function expectFocus(page, expected, what) {
  // Focus moves once the screen has been drawn again: poll briefly instead of sleeping.
  let now;
  for (let i = 0; i < 20; i += 1) {
    now = await focused(page);
    if (now === expected) return;
    await page.waitForTimeout(25);
  }
  assert.equal(now, expected, what);
}

/** Two named clients, the first with a finished check: the clients section opens unfolded. */
function twoClients(answers) {
  const client = (id, label, history) => ({ id, label, updated: '2026-11-28T10:00:00.000Z', draft: { screen: 'intro', answers: {} }, history });
  const check = { date: '2026-11-20T09:00:00.000Z', strategy: 'terminate', scores: { detach: 10, mediate: 20, terminate: 70 }, answers };
  return JSON.stringify({ version: 3, current: 'a', deleted: [], clients: [client('a', 'Agency X', [check]), client('b', 'Shop Y', [])] });
}

test('no focus theft on load; a confirmation takes focus, Escape and Cancel return it, a deletion moves it on', async () => {
  const worn = (await personas()).find((p) => p.name === 'worn-down-no-rule');
  const page = await open({ stored: twoClients(worn.answers) });
  assert.equal(await focused(page), 'body', 'the widget takes no focus when the page loads');

  const deleteClient = page.getByRole('button', { name: 'Delete “Agency X”' });
  await deleteClient.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('alertdialog').waitFor();
  await expectFocus(page, 'button: Cancel', 'the confirmation takes focus, on its safe choice');
  await page.keyboard.press('Escape');
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  await expectFocus(page, 'button: Delete “Agency X”', 'Escape closes it and returns focus');

  await page.keyboard.press('Enter');
  await expectFocus(page, 'button: Cancel', 'opened again');
  await page.keyboard.press('Enter');
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  await expectFocus(page, 'button: Delete “Agency X”', 'Cancel returns focus');

  await page.keyboard.press('Enter');
  await expectFocus(page, 'button: Cancel', 'opened a third time');
  await page.keyboard.press('Shift+Tab');
  await expectFocus(page, 'button: Yes, delete', 'Shift+Tab reaches "Yes, delete"');
  await page.keyboard.press('Enter');
  await page.getByRole('radio').first().waitFor({ state: 'detached' });
  await expectFocus(page, 'button: Delete “Shop Y”', 'after deleting, focus stays on the button, now for the client left');

  await page.getByRole('button', { name: 'Delete all data' }).click();
  await expectFocus(page, 'button: Cancel', 'the second confirmation takes focus');
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await page.getByText('Nothing is stored yet.').waitFor();
  await expectFocus(page, 'summary: My clients & data', 'with its button gone, focus goes to the section');
});

test('removing and adding solutions keep focus on a field, also when the last one hides "Add"', async () => {
  const mediate = (await personas()).find((p) => p.name === 'fair-complaint-email-loops');
  const page = await open({ stored: envelope(mediate.answers) });
  const plan = page.locator('[data-plan="mediate"]');
  await plan.getByText('Prepare the solutions and the written summary').click();
  const add = plan.getByRole('button', { name: 'Add a solution' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expectFocus(page, 'input: Solution 3', 'after adding, the new field');
  await add.focus();
  await page.keyboard.press('Enter');
  await add.waitFor({ state: 'detached' });
  await expectFocus(page, 'input: Solution 4', 'the fourth and last: the button is gone, focus is on the new field');
  await page.keyboard.type('Fourth');

  await plan.getByRole('button', { name: 'Remove solution 4' }).focus();
  await page.keyboard.press('Enter');
  await expectFocus(page, 'input: Solution 3', 'after removing, the field before');
  await plan.getByRole('button', { name: 'Remove solution 1' }).focus();
  await page.keyboard.press('Enter');
  await expectFocus(page, 'input: Solution 1', 'removing the first: the new first field');
  assert.equal(await plan.getByLabel('Solution 1', { exact: true }).inputValue(), '[EXAMPLE: finish the agreed task by [DATE]]');
});

test('a second Next without an answer announces the error again; answers are marked invalid; Next stays on the first screen', async () => {
  for (const lang of ['de', 'en']) {
    const page = await open({ lang });
    await page.locator('.ct-start').click();
    for (let n = 1; n <= QUESTION_COUNT; n += 1) {
      await page.locator(`[role=progressbar][aria-valuenow="${n}"]`).waitFor();
      const next = page.locator('button[type=submit]');
      await next.click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const box = await next.boundingBox();
      assert.ok(box.y + box.height <= 667, `${lang} question ${n}: with the error, Next ends at ${box.y + box.height} px`);
      if (n === 1) {
        const radios = page.getByRole('radio');
        for (let i = 0; i < await radios.count(); i += 1) assert.equal(await radios.nth(i).getAttribute('aria-invalid'), 'true');
        await alert.evaluate((el) => { window.__firstAlert = el; });
        await next.click();
        await page.waitForFunction(() => !window.__firstAlert.isConnected);
        assert.equal(await page.getByRole('alert').count(), 1, 'a new alert in its place: announced again');
        assert.equal(await page.getByRole('alert').textContent(), await page.evaluate(() => window.__firstAlert.textContent));
        assert.match(await page.locator('fieldset').getAttribute('aria-describedby'), /answer-missing/);
      }
      await page.getByRole('radio').first().check();
      assert.equal(await page.getByRole('radio').first().getAttribute('aria-invalid'), null, 'valid once chosen');
      await next.click();
    }
    await page.locator('[data-screen="review"]').waitFor();
    await page.close();
  }
});

test('forced colours: chart labels and values, bars and the progress track use system colours', async () => {
  const mediate = (await personas()).find((p) => p.name === 'fair-complaint-email-loops');
  const page = await open({ stored: envelope(mediate.answers), media: { forcedColors: 'active', colorScheme: 'dark' } });
  await page.locator('.ct-chart').waitFor();
  const system = (page) => page.locator('[data-client-triage]').evaluate((host) => {
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    probe.style.backgroundColor = 'Highlight';
    host.shadowRoot.querySelector('.ct').append(probe);
    const style = getComputedStyle(probe);
    const colours = { canvasText: style.color, highlight: style.backgroundColor };
    probe.remove();
    return colours;
  });
  const colours = await system(page);
  const chart = await page.locator('[data-client-triage]').evaluate((host) => [...host.shadowRoot.querySelectorAll('.ct-bar')].map((bar) => ({
    label: getComputedStyle(bar.querySelector('.ct-bar-label')).color,
    value: getComputedStyle(bar.querySelector('.ct-bar-value')).color,
    fill: getComputedStyle(bar.querySelector('rect')).fill,
    track: getComputedStyle(bar.querySelector('.ct-bar-track')).borderTopColor,
  })));
  for (const bar of chart) {
    assert.deepEqual(bar, { label: colours.canvasText, value: colours.canvasText, fill: colours.highlight, track: colours.canvasText });
  }
  await page.getByRole('button', { name: 'Back to my answers' }).click();
  await page.locator('.ct-review button:has-text("Change")').first().click();
  await page.locator('[role=progressbar]').waitFor();
  const progress = await page.locator('[data-client-triage]').evaluate((host) => ({
    track: getComputedStyle(host.shadowRoot.querySelector('.ct-progress-bar')).borderTopColor,
    fill: getComputedStyle(host.shadowRoot.querySelector('.ct-progress-fill')).fill,
  }));
  assert.deepEqual(progress, { track: colours.canvasText, fill: colours.highlight });
});

/** The non-ignored nodes of the page's accessibility tree (Chromium's, through CDP). */
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: n.role?.value, name: n.name?.value ?? '', description: n.description?.value ?? '',
    level: n.properties?.find((p) => p.name === 'level')?.value.value,
  }));
}

test('the accessibility tree: the verdict heading names the recommendation, the chart is read once, Change names its question, the position is said once', async () => {
  const mediate = (await personas()).find((p) => p.name === 'fair-complaint-email-loops');
  const page = await open({ stored: envelope(mediate.answers) });
  await page.locator('.ct-chart').waitFor();
  const scores = Object.fromEntries((await page.locator('[data-strategy]').getAttribute('data-scores')).split(',').map((p) => p.split(':')));
  let tree = await axTree(page);
  const heading = tree.find((n) => n.role === 'heading' && n.level === 2);
  assert.equal(heading.name, 'Recommendation: Negotiate');
  const firstStep = (await page.locator('.ct-first-step').textContent()).trim();
  assert.ok(heading.description.startsWith(await page.locator('.ct-summary').textContent()), 'described by the lead sentence');
  assert.ok(heading.description.replace(/\s+/g, '').endsWith(firstStep.replace(/\s+/g, '')), 'then by the first step');
  for (const [strategy, share] of Object.entries(scores)) {
    const spoken = tree.filter((n) => n.role === 'StaticText' && new RegExp(`^${share}\\s?%$`).test(n.name));
    assert.equal(spoken.length, 1, `${strategy}'s ${share} % is read once`);
  }
  assert.equal(tree.filter((n) => n.role === 'image' || n.role === 'img').length, 0, 'no chart image that repeats the figures');
  assert.ok(tree.some((n) => n.role === 'figure' && n.name.startsWith('How strongly your answers point')), 'the chart is a figure named by its caption');

  // One live region for the whole widget, in the page and empty until there is something to say.
  const status = page.locator('[role=status]');
  assert.equal(await status.count(), 1);
  assert.equal(await status.textContent(), '');
  assert.equal(await page.locator('.ct > [role=status]').count(), 1, 'the widget’s own, not one per plan');

  await page.getByRole('button', { name: 'Back to my answers' }).click();
  await page.locator('[data-screen="review"]').waitFor();
  tree = await axTree(page);
  const change = tree.filter((n) => n.role === 'button' && n.name.startsWith('Change'));
  assert.equal(change.length, QUESTION_COUNT);
  assert.equal(change[0].name, 'Change: What is the conflict mainly about?', 'named by its question');
  const seen = await page.locator('.ct-review-item button').first().evaluate((button) => ({
    starts: button.textContent.startsWith('Change'),
    hidden: getComputedStyle(button.querySelector('.ct-visually-hidden')).clipPath,
    width: button.getBoundingClientRect().width,
  }));
  assert.ok(seen.starts && seen.hidden !== 'none' && seen.width < 120, `seen as "Change" alone: ${JSON.stringify(seen)}`);

  await page.locator('.ct-review-item button').nth(2).click();
  await page.locator('[role=progressbar][aria-valuenow="3"]').waitFor();
  tree = await axTree(page);
  const position = 'Question 3 of 18';
  assert.equal(tree.find((n) => n.role === 'heading' && n.level === 2).description, position, 'the heading is described by its position');
  const elsewhere = tree.filter((n) => n.name.includes(position) || n.name === `3 / ${QUESTION_COUNT}`);
  assert.deepEqual(elsewhere, [], 'and nothing else says it');
  assert.equal(tree.filter((n) => n.role === 'progressbar').length, 0, 'the bar is for the eye');
});
