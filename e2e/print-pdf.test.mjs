// The plan printed to a real PDF (issue 28, item 13.3): Chromium's own print path
// (page.pdf(), print media, real page boxes) on the blog demo, a post with two widgets in a
// hostile theme. What is on the paper is read back with pdf.js (npm pdfjs-dist): exactly the
// plan of the widget whose Print button was pressed, nothing of the post around it and nothing
// of the other widget, and no line running off the paper.
//
// page.pdf() cannot run inside the page's print() call (print() is synchronous; the PDF is made
// after it returns, when the loader has taken its mark off the host again). So the stubbed
// print() records which host is marked while it runs, and the test marks that same host again
// for the PDF — the a11y suite does the same for its print media check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SHOTS, personaEnvelope, resetStorage, servedSuite } from './browser.mjs';

let server;
let browser;
servedSuite((opened) => ({ server, browser } = opened));

const EN = '[data-client-triage][data-lang="en"]';
const DE = '[data-client-triage][data-lang="de"]';

/** The text on every page of a PDF, and each text run with its place on its page. */
async function readPdf(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view;
    const { items } = await page.getTextContent();
    pages.push({
      width,
      height,
      text: items.map((item) => item.str + (item.hasEOL ? '\n' : ' ')).join(''),
      runs: items.filter((item) => item.str.trim()).map((item) => ({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width })),
    });
  }
  await pdf.destroy();
  return pages;
}

/** Without any white space: line breaks and spacing differ between paper and DOM, the characters may not. */
const squeeze = (text) => text.replace(/\s+/g, '');

/** Equal, or an error that shows where the two first part (the texts are pages long). */
function assertSameText(actual, expected, what) {
  if (actual === expected) return;
  let at = 0;
  while (actual[at] === expected[at]) at += 1;
  const around = (text) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 40));
  assert.fail(`${what}: they part at character ${at} of ${expected.length}\n  printed:  …${around(actual)}…\n  the plan: …${around(expected)}…`);
}

/**
 * What the print style sheet should put on paper for one widget, from its DOM: every plan's
 * legal note and document (folded or not), an ordered list's numbers as "1." as they print.
 */
const PLAN_TEXT = (host) => {
  const root = host.shadowRoot;
  const text = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    let out = '';
    if (node.tagName === 'LI' && node.parentElement.tagName === 'OL') {
      const list = node.parentElement;
      out += `${Number(list.getAttribute('start') ?? 1) + [...list.children].indexOf(node)}. `;
    }
    for (const child of node.childNodes) out += text(child);
    return `${out} `;
  };
  return [...root.querySelectorAll('.ct-plan .ct-legal, .ct-plan .ct-doc')].map(text).join('\n');
};

test('the plan printed from a blog post: the whole plan of that widget, nothing of the post or the other widget, nothing cut off', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  // Both widgets on their result, each with a plan that could leak onto the other's paper.
  await resetStorage(page, server.url, {
    'client-triage:client-triage-demo-en': await personaEnvelope('refused-and-draining', 'Acme Ltd'),
    'client-triage:client-triage-demo-de': await personaEnvelope('fair-complaint-email-loops', 'Beispiel GmbH'),
  });
  await page.goto(`${server.url}blog-demo.html`);
  const en = page.locator(EN);
  const de = page.locator(DE);
  await en.locator('[data-screen="result"]').waitFor();
  await de.locator('[data-screen="result"]').waitFor();

  await page.evaluate(() => {
    window.__printed = [];
    window.print = () => window.__printed.push([...document.querySelectorAll('[data-ct-printing]')].map((host) => host.dataset.lang));
  });
  await en.locator('section.ct-plan').getByRole('button', { name: 'Print plan', exact: true }).click();
  assert.deepEqual(await page.evaluate(() => window.__printed), [['en']], 'print() ran once, with the English widget marked alone');
  assert.equal(await page.locator('[data-ct-printing]').count(), 0, 'and the mark is gone after it');

  const expected = await en.evaluate(PLAN_TEXT);
  const other = await de.evaluate(PLAN_TEXT);
  const article = await page.locator('article').evaluate((post) => [...post.querySelectorAll('h1, h2, p, li')]
    .filter((el) => !el.closest('[data-client-triage]')).map((el) => el.textContent.trim()).filter(Boolean));
  assert.ok(squeeze(expected).length > 1500 && /Acme Ltd/.test(expected), `a whole plan to look for: ${expected.slice(0, 200)}`);
  assert.ok(article.length >= 5, 'article text to look for');

  await en.evaluate((host) => host.setAttribute('data-ct-printing', ''));
  // A real print's paper: A4 with 1 cm margins.
  const bytes = await page.pdf({ format: 'A4', margin: { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' } });
  await writeFile(`${SHOTS}/print-blog-demo-en.pdf`, bytes);
  const pages = await readPdf(bytes);
  const printed = pages.map((p) => p.text).join('\n');

  for (const line of article) assert.ok(!squeeze(printed).includes(squeeze(line)), `the post's "${line.slice(0, 60)}" is not printed`);
  for (const words of ['Wenn der Kunde', 'Beispiel GmbH', 'Auf Deutsch', 'In English', 'Ein Knopf des Blogs']) {
    assert.ok(!printed.includes(words), `"${words}" (the post or the other widget) is not printed`);
  }
  const otherDoc = squeeze(other).slice(0, 400);
  assert.ok(!squeeze(printed).includes(otherDoc.slice(0, 80)), 'nothing of the German widget’s plan');
  for (const screenOnly of ['Recommendation', 'Copy plan', 'Download', 'How strongly your answers point', 'Start over']) {
    assert.ok(!printed.includes(screenOnly), `"${screenOnly}" is for the screen, not the paper`);
  }
  // Every character of the plan, in order, and nothing else: nothing cut off at an edge or a
  // page break, nothing of the result around the plan.
  assertSameText(squeeze(printed), squeeze(expected), 'the paper holds exactly the plan');
  for (const [n, p] of pages.entries()) {
    for (const run of p.runs) {
      assert.ok(run.x >= 0 && run.x + run.width <= p.width + 0.5 && run.y >= 0 && run.y <= p.height,
        `page ${n + 1}: "${run.str.slice(0, 40)}…" at x ${run.x.toFixed(1)}–${(run.x + run.width).toFixed(1)} is on the paper (${p.width.toFixed(1)} wide)`);
    }
  }
  console.log(`${pages.length} pages, ${squeeze(printed).length} characters of plan`);
  await page.close();
});
