// Accessibility and the plan hand-over (issue 6): axe on every screen in both languages and
// colour schemes, screenshots at 375 and 1280 px, phone-width layout, copy / download / print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axe, resetStorage, QUESTION_COUNT, personaEnvelope, servedSuite, SHOTS } from './browser.mjs';

let server;
let browser;
servedSuite((opened) => ({ server, browser } = opened));

async function open({ lang = 'en', scheme = 'light', width = 375, stored } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await resetStorage(page, server.url, stored ? { 'client-triage': stored } : {});
  await page.goto(`${server.url}?lang=${lang}`);
  await page.locator('[data-screen]').waitFor();
  return page;
}

/** Layout at the narrowest phone width: no sideways scrolling, every control at least 44 × 44 px. */
async function layout(page, where) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: before.height });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${where}: scrolls sideways by ${overflow}px`);
  const small = await page.locator('[data-client-triage]').evaluate((host) =>
    [...host.shadowRoot.querySelectorAll('button, .ct-option, .ct-choice, .ct-file, .ct-input')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
      .map(({ el, box }) => `${el.className || el.tagName} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  assert.deepEqual(small, [], `${where}: touch targets under 44 px`);
  await page.setViewportSize(before);
}

async function shot(page, name) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 375, height: 900 });
}

for (const lang of ['de', 'en']) {
  for (const scheme of ['light', 'dark']) {
    test(`every screen passes axe: ${lang}, ${scheme}`, async () => {
      const page = await open({ lang, scheme });
      const name = (screen) => `${lang}-${scheme}-${screen}`;
      await axe(page, name('intro'));
      await layout(page, name('intro'));
      await shot(page, name('intro'));

      // A name makes data; the folded section then lists clients, history and data tools.
      await page.locator('.ct-intro .ct-input').fill('Agency X');
      await page.locator('.ct-intro .ct-input').press('Enter');
      await page.locator('.ct-intro details > summary').click();
      await page.locator('.ct-clients .ct-row button').first().click();
      await page.locator('.ct-client-list').waitFor();
      await page.locator('.ct-clients .ct-row button').nth(1).click();
      await page.locator('.ct-confirm').waitFor();
      await axe(page, name('clients'));
      await layout(page, name('clients'));
      await shot(page, name('clients'));
      await page.locator('.ct-confirm button').nth(1).click();

      await page.locator('.ct-start').click();
      await page.locator('button[type=submit]').click();
      await page.locator('.ct-error').waitFor();
      await axe(page, name('answer-missing'));
      for (let n = 1; n <= QUESTION_COUNT; n += 1) {
        await page.locator(`[role=progressbar][aria-valuenow="${n}"]`).waitFor();
        await page.getByRole('radio').nth(n % 3).check();
        await axe(page, name(`question-${n}`));
        if (n === 1 || n === QUESTION_COUNT) {
          await layout(page, name(`question-${n}`));
          await shot(page, name(`question-${n}`));
        }
        await page.locator('button[type=submit]').click();
      }
      await page.locator('[data-screen="review"]').waitFor();
      await axe(page, name('review'));
      await layout(page, name('review'));
      await shot(page, name('review'));
      await page.locator('.ct-review .ct-primary').first().click();
      await page.locator('[data-screen="result"]').waitFor();
      await axe(page, name('result'));
      await layout(page, name('result'));
      await shot(page, name('result'));
      await page.close();
    });
  }
}

test('the storage notice and a close-call result with both plans pass axe', async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await open({ scheme, stored: await personaEnvelope('fair-point-but-stalling') });
    await page.locator('[data-plan="mediate"]').waitFor();
    assert.equal(await page.locator('.ct-plan').count(), 2, 'a close call shows both plans');
    // Unfolded: the second plan, then its builder and document.
    const folded = page.locator('details:not([open]) > summary');
    while (await folded.count()) await folded.first().click();
    await page.locator('[data-plan="terminate"] .ct-builder').waitFor();
    await axe(page, `close call, ${scheme}`);
    await layout(page, `close call, ${scheme}`);
    await shot(page, `en-${scheme}-close-call`);
    await page.close();

    const blocked = await browser.context.newPage();
    await blocked.emulateMedia({ colorScheme: scheme });
    await blocked.addInitScript(() => Object.defineProperty(window, 'localStorage', { get: () => null }));
    await blocked.goto(`${server.url}?lang=de`);
    await blocked.locator('.ct-notice').waitFor();
    await axe(blocked, `storage notice, ${scheme}`);
    await blocked.close();
  }
});

test('the mediation builders fill the record, survive a reload, and copy/download/print it', async () => {
  const page = await open({ stored: await personaEnvelope('fair-complaint-email-loops') });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const plan = page.locator('[data-plan="mediate"]');
  await plan.waitFor();
  // Nothing typed yet: builder and document are folded.
  assert.equal(await plan.locator('details[open]').count(), 0, 'folded while empty');
  await plan.getByText('Prepare the solutions and the written summary').click();
  await plan.getByText('The “Negotiate” plan to copy, download or print').click();
  assert.match(await plan.getByLabel('Solution 1', { exact: true }).inputValue(), /\S/, 'a prefilled option');
  await plan.getByLabel('Solution 2', { exact: true }).fill('Discount of 10 % on the last invoice');
  await plan.getByRole('button', { name: 'Add a solution' }).click();
  await plan.getByLabel('Solution 3', { exact: true }).fill('New deadline: 15 December');
  await plan.locator('.ct-choice').nth(1).click();
  await plan.getByLabel('Participants').fill('Anna, Mr Berger');
  await plan.getByLabel('Next steps').fill('Anna sends the revised logo');
  const doc = plan.locator('.ct-doc');
  await doc.getByText('Agreed solution: Discount of 10 % on the last invoice').waitFor();

  await page.reload();
  // With typed content both open by themselves.
  await page.locator('[data-plan="mediate"] .ct-doc').getByText('Participants: Anna, Mr Berger').waitFor();
  assert.equal(await plan.locator('details[open]').count(), 2, 'open once they hold typed content');
  assert.equal(await doc.locator('ol').nth(1).locator('li').nth(2).textContent(), 'New deadline: 15 December');

  await plan.getByRole('button', { name: 'Copy plan' }).click();
  await plan.getByText('The plan is on the clipboard.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // Plain text an email takes: no Markdown marks.
  for (const line of ['Negotiate – Agency X', '3. New deadline: 15 December', '- Agreed solution: Discount of 10 % on the last invoice', '- Participants: Anna, Mr Berger']) {
    assert.ok(copied.split('\n').includes(line), `clipboard has "${line}"`);
  }
  assert.ok(!/^#/m.test(copied) && !copied.includes('\\['), `no Markdown in the copy:\n${copied}`);
  // Every paragraph and list item shown is a line of the plain copy, without its list marker.
  const shown = await doc.locator('p, li').allTextContents();
  const unmarked = copied.split('\n').filter((l) => l.trim()).map((l) => l.replace(/^(- |\d+\. )/, ''));
  assert.deepEqual(shown, unmarked, 'what is shown is what is copied');

  const [file] = await Promise.all([page.waitForEvent('download'), plan.getByRole('button', { name: 'Download plan (text file)' }).click()]);
  assert.equal(file.suggestedFilename(), 'client-triage-mediate.md');
  const markdown = await readFile(await file.path(), 'utf8');
  assert.ok(markdown.startsWith('# Negotiate – Agency X\n'), markdown);
  assert.ok(markdown.includes('\n3. New deadline: 15 December\n'), markdown);

  // Print: the button marks its own host while the print dialog is open, and only then. The
  // stub records what was marked; the print media check below marks that same element again,
  // because the mark is gone once print() returns.
  await page.evaluate(() => {
    window.print = () => {
      window.__printed = [...document.querySelectorAll('[data-ct-printing]')].map((el) => el.id || el.tagName);
    };
  });
  const hiddenOnPaper = ['.ct-lang', '.ct-chart', '.ct-builder', '.ct-plan-actions', '.ct-reasons'];
  for (const hidden of hiddenOnPaper) {
    assert.ok(await page.locator(hidden).first().isVisible(), `${hidden} is on the screen before printing`);
  }
  await page.locator('[data-client-triage]').evaluate((host) => { host.id = 'the-widget'; });
  await plan.getByRole('button', { name: 'Print plan' }).click();
  assert.deepEqual(await page.evaluate(() => window.__printed), ['the-widget'], 'exactly the widget is marked while printing');
  assert.equal(await page.locator('[data-ct-printing]').count(), 0, 'the mark is gone after printing');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.page-title').evaluate((el) => getComputedStyle(el).visibility), 'visible',
    'printing the host page itself later prints the page');
  await page.locator('#the-widget').evaluate((host) => host.setAttribute('data-ct-printing', ''));
  assert.ok(await doc.isVisible(), 'the plan prints');
  for (const hidden of hiddenOnPaper) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} does not print`);
  }
  assert.equal(await page.locator('.page-title').evaluate((el) => getComputedStyle(el).visibility), 'hidden', 'the host page does not print');
  await page.screenshot({ path: `${SHOTS}/print-mediate.png`, fullPage: true });
  await page.close();
});
