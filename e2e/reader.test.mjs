// A first-time reader on a phone (issue 17): what the result's first screen at 375 × 667 holds,
// how tall a result gets, what is folded, native controls in dark mode, the intro of a fresh
// visit, and the history that opens earlier results. Every persona of the model's table is a
// result here, so every strategy and every close call is measured, in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, envelope, personas, resetStorage, servedSuite, SHOTS } from './browser.mjs';

const PHONE = { width: 375, height: 667 };
/** The tallest a result may be at 375 px (the whole page, folds closed). Issue 25 raised it from
 *  2,600: each step now names the reader's answer it responds to, and a plan that ends the
 *  relationship shows its legal note unfolded (measured: 3,733 px at most, German,
 *  worn down). Its third round raised it to 4,300: the footer says the legal notes are the
 *  tool's own and no legal advice, the legal note says where German law applies and that
 *  holding back results is a lawyer's question, and "results only against payment" names the
 *  answer behind it (measured: 4,118 px at most, German, refuses to talk and draining). Its
 *  fifth round raised it to 4,400: the plan says not to stop working where no notice is
 *  allowed, and the notice offers holding back results only as a bracketed option to check
 *  (measured: 4,333 px at most, German, worn down). Its sixth round keeps it: spoken agreements
 *  are a contract too, said where there is no written one (measured: 4,381 px, German, worn
 *  down). */
const MAX_RESULT_HEIGHT = 4400;
let server;
let browser;
servedSuite((opened) => ({ server, browser } = opened));

/** Sets `data-theme` on the standalone page's host before the widget reads it. */
const SET_THEME = (theme) => {
  new MutationObserver((_, observer) => {
    const host = document.querySelector('[data-client-triage]');
    if (host) {
      host.setAttribute('data-theme', theme);
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function open({ lang = 'en', scheme = 'light', stored, theme, viewport = PHONE } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await resetStorage(page, server.url, stored ? { 'client-triage': stored } : {});
  if (theme) await page.addInitScript(SET_THEME, theme);
  await page.goto(`${server.url}?lang=${lang}`);
  await page.locator('[data-screen]').waitFor();
  return page;
}

const inWidget = (page, fn, arg) => page.locator('[data-client-triage]').evaluate(fn, arg);

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => Number(v) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const REPRESENTATIVE = new Set(['grumpy-good-payer', 'fair-complaint-email-loops', 'worn-down-no-rule', 'threatening-client', 'fair-point-but-stalling']);

for (const lang of ['de', 'en']) {
  test(`${lang}: every result's first screen at 375 × 667 holds verdict, lead, first step and the start of the reasons; none is taller than ${MAX_RESULT_HEIGHT} px`, async (t) => {
    const seen = new Set();
    const heights = [];
    for (const persona of await personas()) {
      const page = await open({ lang, stored: envelope(persona.answers) });
      await page.locator('[data-screen="result"]').waitFor();
      const m = await inWidget(page, (host) => {
        const root = host.shadowRoot;
        const box = (selector) => root.querySelector(selector)?.getBoundingClientRect().toJSON() ?? null;
        return {
          verdict: box('.ct-verdict'),
          lead: box('.ct-summary'),
          step: box('.ct-first-step .ct-step'),
          why: box('.ct-rule, .ct-reasons li, .ct-chart'),
          lang: box('.ct-lang'),
          widget: box('.ct'),
          strategy: root.querySelector('[data-strategy]').dataset.strategy,
          closeCall: !!root.querySelector('.ct-close-call'),
          height: document.documentElement.scrollHeight,
          scrolled: window.scrollY,
        };
      });
      const where = `${lang} ${persona.name}`;
      assert.equal(m.scrolled, 0, `${where}: opens at the top`);
      for (const part of ['verdict', 'lead', 'step']) {
        assert.ok(m[part] && m[part].bottom <= PHONE.height, `${where}: the ${part} ends at ${m[part]?.bottom} px, below the first screen`);
      }
      // Issue 25 puts the legal line, the close call said as such and the reader's own answer
      // under the first step above the reasons: they start on the first screen or right below
      // it (measured: 731 px at most, German close calls), never a screen further down.
      assert.ok(m.why.top + 24 <= PHONE.height * 1.2, `${where}: the reasons start at ${m.why.top} px, well below the first screen`);
      // No title or language row above the verdict: the switch sits top right, beside it.
      assert.ok(m.lang.top < m.verdict.bottom && m.widget.right - m.lang.right < 24, `${where}: the switch is not beside the verdict`);
      assert.ok(m.height <= MAX_RESULT_HEIGHT, `${where}: the result is ${m.height} px tall`);
      seen.add(m.closeCall ? 'close call' : m.strategy);
      heights.push(`${persona.name} ${m.height}`);
      if (REPRESENTATIVE.has(persona.name)) await page.screenshot({ path: `${SHOTS}/phone-${lang}-result-${persona.name}.png` });
      await page.close();
    }
    assert.deepEqual([...seen].sort(), ['close call', 'detach', 'mediate', 'terminate'], 'every strategy and a close call');
    t.diagnostic(`heights (px): ${heights.join(', ')}`);
  });
}

test('the language switch sits in the same place in both languages, on every screen', async () => {
  const boxes = {};
  for (const lang of ['de', 'en']) {
    const page = await open({ lang });
    const place = () => inWidget(page, (host) => {
      const root = host.shadowRoot;
      const button = root.querySelector('.ct-lang').getBoundingClientRect();
      const widget = root.querySelector('.ct').getBoundingClientRect();
      return { top: Math.round(button.top - widget.top), right: Math.round(widget.right - button.right), height: Math.round(button.height) };
    });
    boxes[lang] = [await place()];
    await page.locator('.ct-start').click();
    await page.locator('[data-screen="question"]').waitFor();
    boxes[lang].push(await place());
    await page.close();
  }
  assert.deepEqual(boxes.de, boxes.en, 'same place in German and English');
  assert.deepEqual(boxes.de[0], boxes.de[1], 'same place on the intro and on a question');
});

test('a close call: each step shown once, the runner-up and the documents folded, one Copy / Print / Download row per plan', async () => {
  const closeCall = (await personas()).find((p) => p.name === 'fair-point-but-stalling');
  const page = await open({ stored: envelope(closeCall.answers) });
  await page.locator('[data-plan="mediate"]').waitFor();
  const visibleLeaves = () => inWidget(page, (host) => [...host.shadowRoot.querySelectorAll('p, li')]
    .filter((el) => !el.querySelector('p, li') && el.checkVisibility())
    .map((el) => el.textContent.trim()));
  // The document holds every step; each is on screen once (the first at the top).
  const steps = await page.locator('[data-plan="mediate"] .ct-doc ol').first().locator('li').allTextContents();
  assert.ok(steps.length >= 4, 'the plan has its steps');
  const shown = await visibleLeaves();
  for (const step of steps) assert.equal(shown.filter((text) => text === step).length, 1, `shown once: ${step}`);
  assert.equal(await page.locator('.ct-first-step .ct-step').textContent(), steps[0], 'the first step at the top');

  assert.equal(await page.locator('.ct-plans details').count(), 5, 'builder and document of each plan, and the second plan');
  assert.equal(await page.locator('.ct-result details.ct-reminder').count(), 1, 'and the calendar reminder');
  assert.equal(await page.locator('.ct-result details[open]').count(), 0, 'all folded while nothing is typed');
  assert.equal(await page.locator('.ct-result details > summary').first().evaluate((el) => el.tagName), 'SUMMARY', 'native disclosure');
  const rows = page.locator('.ct-plan-actions');
  assert.equal(await rows.count(), 2, 'one row per plan');
  assert.equal(await rows.filter({ visible: true }).count(), 1, 'one row on screen while the second plan is folded');
  await page.getByText('For comparison: the “End it” plan').click();
  assert.equal(await rows.filter({ visible: true }).count(), 2, 'the second plan has its own row');
  assert.equal(await page.locator('[data-plan="terminate"] .ct-plan-actions').getByRole('button', { name: 'Copy plan' }).count(), 1);
  await page.close();
});

test('color-scheme follows the widget theme; selected radios stand out; the progress track has 3:1 in both themes', async () => {
  const cases = [
    { theme: undefined, scheme: 'light', expected: 'light' },
    { theme: undefined, scheme: 'dark', expected: 'dark' },
    { theme: 'dark', scheme: 'light', expected: 'dark' },
    { theme: 'light', scheme: 'dark', expected: 'light' },
  ];
  for (const { theme, scheme, expected } of cases) {
    const where = `data-theme=${theme ?? 'auto'}, prefers ${scheme}`;
    const page = await open({ scheme, theme, stored: envelope({}, { screen: 'question', question: 'topic' }) });
    await page.locator('[role=progressbar]').waitFor();
    await page.getByRole('radio').nth(1).check();
    const m = await inWidget(page, (host) => {
      const root = host.shadowRoot;
      const style = (selector) => getComputedStyle(root.querySelector(selector));
      return {
        widget: style('.ct').colorScheme,
        radio: style('input[type=radio]').colorScheme,
        background: style('.ct').backgroundColor,
        track: style('.ct-progress-bar').borderTopColor,
        fill: style('.ct-progress-fill').fill,
        chosen: style('.ct-option:has(input:checked)').fontWeight,
        other: style('.ct-option:not(:has(input:checked))').fontWeight,
      };
    });
    assert.equal(m.widget, expected, `${where}: the widget's color-scheme`);
    assert.equal(m.radio, expected, `${where}: the radios' color-scheme`);
    assert.ok(contrast(m.track, m.background) >= 3, `${where}: track ${m.track} on ${m.background}: ${contrast(m.track, m.background).toFixed(2)}:1`);
    assert.ok(contrast(m.fill, m.background) >= 3, `${where}: fill ${m.fill} on ${m.background}`);
    assert.ok(Number(m.chosen) > Number(m.other), `${where}: the chosen answer is bold`);
    await page.screenshot({ path: `${SHOTS}/phone-question-${theme ?? 'auto'}-${scheme}.png` });
    await page.close();
  }
});

test('a fresh visit: the intro says what, how long, that nothing is sent and where it stays; the name comes before Start; no data tools', async () => {
  const page = await open();
  const intro = page.locator('.ct-intro');
  const text = await intro.innerText();
  for (const said of ['recommendation', '18 short questions', 'three to five minutes', 'send your data anywhere', 'kept only in this browser, on this device']) {
    assert.ok(text.includes(said), `the intro says "${said}"`);
  }
  const visibleButtons = await page.locator('[data-client-triage] button').filter({ visible: true }).allTextContents();
  assert.deepEqual(visibleButtons.map((b) => b.trim()), ['Deutsch', 'Start the assessment'], 'only the switch and Start');
  for (const name of ['Delete “Client 1”', 'Delete all data', 'Export all (JSON)', 'Import a file']) {
    assert.equal(await page.getByText(name).filter({ visible: true }).count(), 0, `no "${name}"`);
  }
  const field = await page.getByLabel('For which client? (optional)').boundingBox();
  const start = await page.getByRole('button', { name: 'Start the assessment' }).boundingBox();
  assert.ok(field.y + field.height < start.y, 'the name field is above Start');
  const section = page.locator('.ct-intro details');
  assert.equal(await section.evaluate((d) => d.open), false, 'My clients & data is folded');
  await page.screenshot({ path: `${SHOTS}/phone-intro-fresh.png`, fullPage: true });

  // Unfolded on a fresh visit: only an import, to bring data from another device.
  await section.locator('summary').click();
  assert.deepEqual((await section.locator('button, label.ct-file').filter({ visible: true }).allTextContents()).map((b) => b.trim()), ['Import a file']);
  // Once there is data, the tools for it appear.
  await page.getByLabel('For which client? (optional)').fill('Agency X');
  await page.getByLabel('For which client? (optional)').press('Enter');
  await section.getByRole('button', { name: 'Export all (JSON)' }).waitFor();
  await section.getByRole('button', { name: 'Delete all data' }).waitFor();
  await page.close();
});

/** Three earlier checks of one client; the newest recommends ending it. */
function withHistory() {
  const answers = {
    topic: 'both', satisfiable: 'never', toll: 'drained', fronts: 'hardened', fairness: 'not_at_all', offer: 'stalled', talk: 'no_change',
    time_drain: 'much_more', money_worth: 'not_really', contract: 'verbal', scope: 'undefined', deadlines: 'none',
    milestones: 'none', target_group: 'outside', duration: 'from_start', trend: 'escalating', respect: 'insulting',
  };
  const check = (day, strategy, scores) => ({ date: `2026-11-${day}T09:00:00.000Z`, strategy, scores, answers });
  return envelope({}, {
    screen: 'intro',
    history: [
      check('01', 'mediate', { detach: 20, mediate: 50, terminate: 30 }),
      check('15', 'terminate', { detach: 10, mediate: 40, terminate: 50 }),
      check('30', 'terminate', { detach: 5, mediate: 20, terminate: 75 }),
    ],
  });
}

for (const [lang, date, heading, back] of [
  ['en', '30\u00a0Nov\u00a02026', 'Recommendation: End it', 'Back to the start'],
  ['de', '30.11.2026', 'Empfehlung: Beenden', 'Zurück zum Anfang'],
]) {
  test(`${lang}: a history entry opens that check's result and plan read-only, and Back returns to it`, async () => {
    const page = await open({ lang, stored: withHistory() });
    await page.locator('.ct-intro details > summary').click();
    const entries = page.locator('.ct-history button');
    assert.equal(await entries.count(), 3);
    const newest = await entries.first().textContent();
    assert.ok(newest.startsWith(`${date}: `), `a date in the reader's locale: ${newest}`);
    assert.match(newest, /75\s?%/, 'with its share');
    assert.ok((await page.locator('.ct-clients').innerText()).includes(lang === 'en' ? 'how strongly your answers pointed' : 'wie stark deine Antworten'), 'what the share means');

    await entries.first().click();
    const past = page.locator('.ct-past');
    await past.waitFor();
    assert.equal(await past.getByRole('heading', { level: 2 }).textContent(), heading);
    assert.ok((await past.innerText()).includes(date), 'says which check it is');
    assert.match(await past.locator('.ct-chart').innerText(), /75\s?%/, 'the shares as they were');
    assert.ok(await past.locator('.ct-steps li').count() >= 5, 'the plan');
    assert.equal(await past.locator('input, textarea, details, .ct-plan-actions').count(), 0, 'read-only');
    const focused = () => inWidget(page, (host) => host.shadowRoot.activeElement?.textContent.trim() ?? null);
    assert.equal(await focused(), heading, 'focus on its heading');
    await page.screenshot({ path: `${SHOTS}/phone-${lang}-history-result.png`, fullPage: true });

    await past.getByRole('button', { name: back }).click();
    await page.locator('.ct-intro').waitFor();
    assert.equal(await focused(), newest, 'focus back on the entry');
    await page.close();
  });
}

test('axe: the unfolded clients section, an earlier result and an unfolded close call, light and dark', async () => {
  const closeCall = (await personas()).find((p) => p.name === 'fair-point-but-stalling');
  for (const scheme of ['light', 'dark']) {
    const page = await open({ scheme, stored: withHistory() });
    await page.locator('.ct-intro details > summary').click();
    await page.getByRole('button', { name: 'Add another client' }).click();
    await page.locator('.ct-client-list').waitFor();
    await axe(page, `clients section, ${scheme}`);
    await page.screenshot({ path: `${SHOTS}/phone-${scheme}-clients.png`, fullPage: true });
    await page.getByRole('radio', { name: 'Agency X' }).check();
    await page.locator('.ct-history button').first().click();
    await page.locator('.ct-past').waitFor();
    await axe(page, `earlier result, ${scheme}`);
    await page.close();

    const result = await open({ scheme, stored: envelope(closeCall.answers) });
    const folded = result.locator('details:not([open]) > summary');
    while (await folded.count()) await folded.first().click();
    await axe(result, `unfolded close call, ${scheme}`);
    await result.screenshot({ path: `${SHOTS}/phone-${scheme}-close-call-unfolded.png`, fullPage: true });
    await result.close();
  }
});

test('printing: a folded plan document still prints', async () => {
  const mediate = (await personas()).find((p) => p.name === 'fair-complaint-email-loops');
  const page = await open({ stored: envelope(mediate.answers) });
  const doc = page.locator('[data-plan="mediate"] .ct-doc');
  await doc.waitFor({ state: 'attached' });
  assert.equal(await doc.isVisible(), false, 'folded on screen');
  await page.locator('[data-client-triage]').evaluate((host) => host.setAttribute('data-ct-printing', ''));
  await page.emulateMedia({ media: 'print' });
  assert.ok(await doc.isVisible(), 'on paper');
  assert.equal(await page.locator('.ct-plan summary').first().isVisible(), false, 'without the fold titles');
  await page.close();
});
