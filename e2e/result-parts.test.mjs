// Parts of the result no other suite looks at (issue 28): the prevention checklist (`.ct-gaps`)
// lists exactly the measures the answers say are missing, and says all is in place when none
// is; the article's title links to the host's `data-source-url` when that is a web address, and
// to nothing when it is a `javascript:` or `data:` URL. Both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { envelope, personas, plainSuite } from './browser.mjs';

const suite = plainSuite();

/** The prevention questions in `Gap::ALL` order, and a word each gap's text is known by. */
const GAPS = ['contract', 'scope', 'deadlines', 'milestones', 'target_group'];
const STEMS = {
  en: [/contract/i, /scope/i, /deadline/i, /milestone/i, /target group/i],
  de: [/Vertrag/, /Aufgabe/, /Deadline/, /Zwischenschritt/, /Zielgruppe/],
};
/** An answer to each prevention question that leaves that measure missing. */
const MISSING = { contract: 'verbal', scope: 'rough', deadlines: 'vague', milestones: 'informal', target_group: 'mostly' };
/** The article's own title: the source line names it in both languages. */
const TITLE = 'Tipps für den Umgang mit schwierigen Kunden';

let table;
async function answersOf(name) {
  table ??= await personas();
  return { ...table.find((p) => p.name === name).answers };
}

/** A fresh context whose storage opens on the result of `answers`, on `path` of the test server. */
async function result(lang, answers, { path = `index.html?lang=${lang}`, body } = {}) {
  const page = await suite.newPage({ locale: lang === 'de' ? 'de-DE' : 'en-GB' });
  await page.addInitScript((stored) => localStorage.setItem('client-triage', stored), envelope(answers));
  if (body) {
    await page.route(new RegExp(`/${path}$`), (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${lang}"><title>post</title><link rel="icon" href="data:,"><body><h1>A post</h1>${body}</body></html>`,
    }));
  }
  await page.goto(`${suite.server.url}${path}`);
  await page.locator('[data-screen="result"] .ct-source').waitFor();
  return page;
}

/** The checklist as the reader sees it: each item's bold part, and the paragraphs that name all five measures. */
const checklist = (page, lang) => page.locator('[data-screen="result"]').evaluate((screen, sources) => {
  const stems = sources.map((s) => new RegExp(s.source, s.flags));
  const list = screen.querySelector('.ct-gaps');
  return {
    items: list ? [...list.querySelectorAll('li')].map((li) => li.querySelector('strong')?.textContent ?? '') : null,
    headed: list ? list.previousElementSibling?.tagName : null,
    allInPlace: [...screen.querySelectorAll('p')].filter((p) => stems.every((s) => s.test(p.textContent))).length,
  };
}, STEMS[lang].map((s) => ({ source: s.source, flags: s.flags })));

/** Which gaps a checklist item names, by their words. */
const named = (lang, text) => GAPS.filter((_, i) => STEMS[lang][i].test(text));

for (const lang of ['en', 'de']) {
  test(`${lang}: the prevention checklist lists exactly the measures the answers leave missing`, async () => {
    const inPlace = await answersOf('grumpy-good-payer');
    const cases = [
      ...GAPS.map((gap) => [[gap], { ...inPlace, [gap]: MISSING[gap] }]),
      [['contract', 'scope', 'deadlines', 'milestones'], await answersOf('fair-complaint-email-loops')],
      [GAPS, await answersOf('worn-down-no-rule')],
    ];
    for (const [expected, answers] of cases) {
      const page = await result(lang, answers);
      const { items, headed, allInPlace } = await checklist(page, lang);
      assert.ok(items, `${lang} ${expected}: a checklist`);
      assert.deepEqual(items.map((text) => named(lang, text)), expected.map((gap) => [gap]), `${lang}: the items for ${expected.join(', ')}: ${JSON.stringify(items)}`);
      assert.equal(headed, 'H3', `${lang} ${expected}: the checklist under its heading`);
      assert.equal(allInPlace, 0, `${lang} ${expected}: no "all in place" sentence beside missing measures`);
      await page.close();
    }
  });

  test(`${lang}: with every measure in place, no checklist but the sentence that says so`, async () => {
    const page = await result(lang, await answersOf('grumpy-good-payer'));
    const { items, allInPlace } = await checklist(page, lang);
    assert.equal(items, null, `${lang}: no checklist`);
    assert.equal(allInPlace, 1, `${lang}: one sentence naming contract, scope, deadlines, milestones and target group`);
    const heading = page.locator('[data-screen="result"] h3').filter({ has: page.locator('xpath=following-sibling::p[1]') });
    assert.ok(await heading.count(), `${lang}: the sentence under a heading`);
    await page.close();
  });

  const post = (url) => `<div data-client-triage data-lang="${lang}"${url === undefined ? '' : ` data-source-url="${url}"`}></div><script type="module" src="embed.js"></script>`;

  test(`${lang}: the host's https address links the article by its title, in a new tab`, async () => {
    const url = 'https://blog.example/tipps-schwierige-kunden?ref=widget&x=1';
    const page = await result(lang, await answersOf('grumpy-good-payer'), { path: `post-${lang}.html`, body: post(url.replace('&', '&amp;')) });
    const link = page.locator('.ct-source a');
    assert.equal(await link.count(), 1, `${lang}: one link in the source line`);
    assert.equal(await link.getAttribute('href'), url, `${lang}: to the host's address`);
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.getAttribute('rel'), /\bnoopener\b/);
    assert.ok((await link.textContent()).includes(TITLE), `${lang}: the link reads as the article's title: ${await link.textContent()}`);
    await page.close();
  });

  test(`${lang}: a javascript: or data: address, or none, links nothing and still names the article`, async () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(document.domain)', 'data:text/html,<b>x</b>', 'vbscript:x', '//blog.example/post', undefined]) {
      const body = post(url === undefined ? undefined : url.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
      const page = await result(lang, await answersOf('grumpy-good-payer'), { path: `refused-${lang}.html`, body });
      const source = page.locator('.ct-source');
      assert.equal(await source.locator('a').count(), 0, `${lang} ${url}: no link`);
      assert.equal(await page.locator('[data-screen] a[href^="javascript:" i], [data-screen] a[href^="data:" i]').count(), 0, `${lang} ${url}: no such link anywhere`);
      assert.ok((await source.textContent()).includes(TITLE), `${lang} ${url}: the article named by its title`);
      await page.close();
    }
  });
}
