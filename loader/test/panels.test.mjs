// loader/embed/panels.js in Chromium: shadow roots and their styles, the loader's panels,
// printing one widget, the crashed module's download.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEXT } from '../generated/facts.js';
import { chromiumSuite } from './chromium.mjs';

const suite = chromiumSuite();
const MODULE = '/loader/embed/panels.js';

test('shadowOf: an open shadow root with the widget’s and the panels’ sheets, the same one again; none where an element cannot have one', async () => {
  const page = await suite.open('<div id="a" data-client-triage></div><li id="b"></li>');
  const result = await page.evaluate(async (path) => {
    const { shadowOf } = await import(path);
    const host = document.getElementById('a');
    const shadow = shadowOf(host);
    return {
      open: shadow === host.shadowRoot && shadow.mode === 'open',
      again: shadowOf(host) === shadow,
      sheets: shadow.adoptedStyleSheets.length,
      panelRules: shadow.adoptedStyleSheets[1].cssRules.length > 0,
      li: shadowOf(document.getElementById('b')),
    };
  }, MODULE);
  assert.deepEqual(result, { open: true, again: true, sheets: 2, panelRules: true, li: null });
});

test('useWidgetCss: the first language file’s styles are taken, on every host at once; later ones change nothing', async () => {
  const page = await suite.open('<div id="a"></div>');
  const result = await page.evaluate(async (path) => {
    const { shadowOf, useWidgetCss } = await import(path);
    const host = document.getElementById('a');
    useWidgetCss('.ct{color:red}', [host]);
    useWidgetCss('.ct{color:blue}', [host]);
    const sheet = host.shadowRoot.adoptedStyleSheets[0];
    return [shadowOf(host) === host.shadowRoot, [...sheet.cssRules].map((rule) => rule.cssText)];
  }, MODULE);
  assert.deepEqual(result, [true, ['.ct { color: red; }']]);
});

test("showPanel: the message and buttons in the host's language replace what it showed; a button does its action; the host is no longer mounted", async () => {
  const page = await suite.open('<div id="a" data-lang="en"></div><div id="b" data-lang="de"></div>');
  const result = await page.evaluate(async (path) => {
    const { mounted, showPanel, shadowOf } = await import(path);
    const [a, b] = ['a', 'b'].map((id) => document.getElementById(id));
    shadowOf(a).append(document.createElement('section'));
    mounted.add(a);
    let retried = 0;
    showPanel(a, 'failed', [['retry', () => (retried += 1)]]);
    showPanel(b, 'noWasm');
    const panel = a.shadowRoot.querySelector('.ct-fallback');
    panel.querySelector('button').click();
    return {
      children: a.shadowRoot.children.length,
      kind: panel.dataset.ctFallback,
      role: panel.getAttribute('role'),
      text: panel.querySelector('p').textContent,
      buttons: [...panel.querySelectorAll('button')].map((button) => [button.type, button.textContent]),
      retried,
      mounted: mounted.has(a),
      german: b.shadowRoot.querySelector('p').textContent,
    };
  }, MODULE);
  assert.deepEqual(result, {
    children: 1,
    kind: 'failed',
    role: 'alert',
    text: TEXT.en.failed,
    buttons: [['button', TEXT.en.retry]],
    retried: 1,
    mounted: false,
    german: TEXT.de.noWasm,
  });
});

test('printAlone: the host is marked while the page prints, with the print sheet added once', async () => {
  const page = await suite.open('<p>post</p><div id="a"></div>');
  const result = await page.evaluate(async (path) => {
    const { printAlone } = await import(path);
    const host = document.getElementById('a');
    const seen = [];
    window.print = () => seen.push(host.hasAttribute('data-ct-printing'));
    printAlone(host);
    printAlone(host);
    return { seen, after: host.hasAttribute('data-ct-printing'), sheets: document.adoptedStyleSheets.length, rule: document.adoptedStyleSheets[0].cssRules[0].cssText.startsWith('@media print') };
  }, MODULE);
  assert.deepEqual(result, { seen: [true, true], after: false, sheets: 1, rule: true });
});

test("downloadStored: the host's stored value as a file; nothing stored, nothing offered", async () => {
  const page = await suite.open('<div id="a" data-storage-key="blog"></div><div id="b"></div>');
  await page.evaluate(() => localStorage.setItem('client-triage:blog', '{"version":4}'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(async (path) => (await import(path)).downloadStored(document.getElementById('a')), MODULE),
  ]);
  assert.equal(download.suggestedFilename(), 'client-triage-data.json');
  const { readFile } = await import('node:fs/promises');
  assert.equal(await readFile(await download.path(), 'utf8'), '{"version":4}');
  const links = await page.evaluate(async (path) => {
    let clicked = 0;
    HTMLAnchorElement.prototype.click = () => (clicked += 1);
    (await import(path)).downloadStored(document.getElementById('b'));
    return clicked;
  }, MODULE);
  assert.equal(links, 0);
});
