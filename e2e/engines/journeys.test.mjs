// The journeys that matter, in Firefox ESR (geckodriver) and WebKit (WebKitGTK's MiniBrowser,
// Safari's engine), over plain W3C WebDriver (issue 14). Chromium runs the full suites in e2e/.
//
//   node --test --test-reporter=tap e2e/engines/journeys.test.mjs
//
// Environment:
//   CT_ENGINES=firefox,webkit  which engines to run (default both; the test count drops with one)
//   CT_ENGINES_SERIAL=1        run the engines one after the other instead of side by side
//   CT_DIST=dist               the build under test
//   CT_BREAK_ENGINE=webkit     a deliberate engine-specific breakage, to see the layer go red:
//                              in that engine only, every page first loses
//                              `CSSStyleSheet.prototype.replaceSync` (the widget feature-detects it
//                              for its constructed style sheet and falls back to a <style> element,
//                              which a strict CSP blocks). Off unless set.
//
// The questionnaire changes: nothing here knows how many questions there are (the progress bar's
// aria-valuemax says), answers are chosen by position, never by label, and the hooks are
// data-screen, data-strategy, data-scores, roles and element types. The few visible texts that
// are needed (button names without another hook) are all in TEXTS.
//
// WebDriver classic has no "run this script before the page's scripts" command. WebDriver BiDi
// has one (script.addPreloadScript), but only geckodriver offers BiDi here: WebKitWebDriver 2.50
// refuses the `webSocketUrl` capability ("Failed to match capabilities"). So the harness serves a
// copy of dist/ whose HTML pages load one extra same-origin classic script first
// (ct-e2e-init.js; allowed by the strict CSP's script-src 'self'): it records result events,
// CSP violations and console errors, and applies what the URL's `ct-init` parameter asks for.
// That works the same in both engines, from http:// and from file://.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { personaEnvelope } from '../browser.mjs';
import { startServer } from '../serve.mjs';
import { KEY, Session, makeTempDir, removeTempDir, startDriver } from './webdriver.mjs';

/** Every visible text the journeys rely on. Update here when the wording changes. */
const TEXTS = {
  en: {
    start: 'Start the assessment',
    restart: 'Start over',
    exportAll: 'Export all (JSON)',
    deleteAll: 'Delete all data',
    print: 'Print plan',
  },
  de: {
    start: 'Einschätzung starten',
  },
};

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const CSP_WITHOUT_WASM = "default-src 'self'; script-src 'self'; style-src 'self'";
const DIST = process.env.CT_DIST ?? 'dist';
const ENGINES = (process.env.CT_ENGINES ?? 'firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
const BREAK = process.env.CT_BREAK_ENGINE ?? '';
const INIT_FILE = 'ct-e2e-init.js';
const BLANK = 'ct-e2e-blank.html';
const DARK = 'ct-e2e-dark.html';
// Screenshots (git ignores the folder): the result screen of each engine, and any failure.
const SHOTS = 'e2e/screenshots';
const MAIN = '[data-client-triage]';

/** The init script every page of the test copy runs first (see the top of this file). */
function initScript(engine) {
  const broken = BREAK === engine
    ? `\n  // CT_BREAK_ENGINE=${engine}: a deliberate breakage.\n  delete CSSStyleSheet.prototype.replaceSync;\n`
    : '';
  return `// Written by e2e/engines/journeys.test.mjs for ${engine}: runs before the page's own scripts.
(() => {
  const ct = (window.__ct = { results: [], violations: [], errors: [] });
  document.addEventListener('client-triage:result', (event) => ct.results.push({
    detail: JSON.parse(JSON.stringify(event.detail)),
    target: event.target.tagName,
    key: event.target.getAttribute('data-storage-key'),
  }));
  document.addEventListener('securitypolicyviolation', (event) => ct.violations.push(event.violatedDirective + ' ' + event.blockedURI));
  const error = console.error;
  console.error = function (...args) { ct.errors.push(args.map(String).join(' ')); return error.apply(this, args); };
  addEventListener('error', (event) => ct.errors.push('error: ' + event.message));
  addEventListener('unhandledrejection', (event) => ct.errors.push('unhandled: ' + event.reason));
  const asked = new URLSearchParams(location.search).getAll('ct-init').join(',').split(',');
  if (asked.includes('block-storage')) {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  }
  if (asked.includes('quota-full')) {
    // Every write fails as on a full quota until the test sets __ctQuotaFull = false.
    const setItem = Storage.prototype.setItem;
    window.__ctQuotaFull = true;
    Storage.prototype.setItem = function (key, value) {
      if (window.__ctQuotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  }${broken}
})();
`;
}

/** A copy of the build whose every HTML page loads the init script first. */
async function makeSite(engine) {
  const root = makeTempDir(`ct-${engine}-site-`);
  // Not trunk's working folder (dist/.stage) and other dot files.
  await cp(DIST, root, { recursive: true, filter: (path) => path === DIST || !basename(path).startsWith('.') });
  for (const file of await readdir(root)) {
    // Pages only: start-<lang>.html and snippet-<lang>.html are fragments for other pages.
    if (!file.endsWith('.html') || /^(?:start|snippet)-/.test(file)) continue;
    const html = await readFile(join(root, file), 'utf8');
    const injected = html.replace(/<head[^>]*>/, (head) => `${head}\n  <script src="${INIT_FILE}"></script>`);
    if (injected === html) throw new Error(`no <head> in ${file}`);
    await writeFile(join(root, file), injected);
  }
  await writeFile(join(root, INIT_FILE), initScript(engine));
  // A page of the origin without a widget, to set its storage before a widget reads it.
  await writeFile(join(root, BLANK), '<!doctype html><title>blank</title><link rel="icon" href="data:,">');
  // The snippet with data-theme="dark", as a blog owner writes it.
  await writeFile(join(root, DARK), `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <script src="${INIT_FILE}"></script><title>dark</title><link rel="icon" href="data:,"></head>
  <body><div data-client-triage data-lang="en" data-theme="dark"></div><script type="module" src="embed.js"></script></body></html>`);
  return root;
}

// ---- Page functions: run inside the page by WebDriver, so each is self-contained. ----

/** What the widget on `host` shows: screen, progress, radios, result, notice, focus. */
function snapshot(host) {
  const shadow = document.querySelector(host)?.shadowRoot;
  const root = shadow?.querySelector('[data-screen]');
  if (!root) {
    const panel = shadow?.querySelector('[data-ct-fallback]');
    return { screen: null, fallback: panel?.dataset.ctFallback ?? null, fallbackText: panel?.textContent ?? null };
  }
  const bar = root.querySelector('[role=progressbar]');
  const radios = [...root.querySelectorAll('input[type=radio]')];
  const result = root.querySelector('[data-strategy]');
  const active = shadow.activeElement;
  return {
    screen: root.dataset.screen,
    lang: root.getAttribute('lang'),
    step: bar ? Number(bar.getAttribute('aria-valuenow')) : null,
    total: bar ? Number(bar.getAttribute('aria-valuemax')) : null,
    radios: radios.length,
    checked: radios.findIndex((radio) => radio.checked),
    strategy: result?.dataset.strategy ?? null,
    scores: result?.dataset.scores ?? null,
    notice: root.querySelector('.ct-notice') ? root.querySelector('.ct-notice').textContent : null,
    focus: active ? `${active.tagName.toLowerCase()}${active.type ? `[type=${active.type}]` : ''}.${active.className}` : null,
    start: root.querySelector('.ct-start')?.textContent.trim() ?? null,
    text: root.textContent,
  };
}

/** The `index`-th element matching `selector` inside the widget on `host`, or an error. */
function element(host, selector, index) {
  const found = document.querySelector(host)?.shadowRoot?.querySelectorAll(selector)[index ?? 0];
  if (!found) throw new Error(`no ${selector} #${index ?? 0} in ${host}`);
  return found;
}

/** The button inside the widget on `host` whose text is exactly `text`. */
function buttonNamed(host, text) {
  const found = [...(document.querySelector(host)?.shadowRoot?.querySelectorAll('button') ?? [])]
    .find((button) => button.textContent.trim() === text);
  if (!found) throw new Error(`no button "${text}" in ${host}`);
  return found;
}

/**
 * Flips media queries in every style sheet of the page and of each shadow root (the widget's
 * adopted sheets, the loader's print sheet): `print` turns the print rules on and the screen
 * rules off, `dark` the dark colour scheme's rules on and the light one's off. WebDriver classic
 * can emulate neither print media nor a colour scheme, so the page's own rules are switched:
 * `window.__ctUnflip()` switches them back. Returns how many rules changed.
 */
function flipMedia(mode) {
  const swap = mode === 'print'
    ? (text) => text.replace(/\b(print|screen)\b/g, (type) => (type === 'print' ? 'screen' : 'print'))
    : (text) => text.replace(/\(prefers-color-scheme:\s*dark\)/g, 'all').replace(/\(prefers-color-scheme:\s*light\)/g, 'not all');
  const sheets = [];
  const collect = (root) => {
    sheets.push(...root.styleSheets, ...(root.adoptedStyleSheets ?? []));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
  };
  collect(document);
  const undo = [];
  const visit = (rules) => {
    for (const rule of rules) {
      if (rule.media && rule.cssRules) {
        const before = rule.media.mediaText;
        const after = swap(before);
        if (after !== before) {
          rule.media.mediaText = after;
          undo.push(() => { rule.media.mediaText = before; });
        }
      }
      if (rule.cssRules) visit(rule.cssRules);
    }
  };
  for (const sheet of new Set(sheets)) visit(sheet.cssRules);
  window.__ctUnflip = () => undo.splice(0).forEach((restore) => restore());
  return undo.length;
}

/** Every text the page renders now (shadow trees included, hidden and skipped content not). */
function renderedText() {
  const out = [];
  const shown = (el) => (el.checkVisibility
    ? el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })
    : el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible');
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (node.data.trim() && parent && shown(parent)) out.push(node.data);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(node.tagName)) return;
    for (const child of (node.shadowRoot ?? node).childNodes) walk(child);
  };
  walk(document.body);
  return out.join(' ');
}

/** Colours of the widget on `host`: its box, its text, a primary button, an answer's text. */
function colours(host) {
  const root = document.querySelector(host).shadowRoot.querySelector('.ct');
  const style = (el) => el && getComputedStyle(el);
  const button = style(root.querySelector('button.ct-primary'));
  return {
    theme: root.dataset.theme,
    scheme: style(root).colorScheme,
    background: style(root).backgroundColor,
    text: style(root).color,
    buttonBackground: button?.backgroundColor,
    buttonText: button?.color,
    muted: style(root.querySelector('.ct-meta'))?.color,
  };
}

// ---- Steps, engine-agnostic. ----

const state = (s, host = MAIN) => s.exec(snapshot, host);
const at = (s, what, host, test) => s.waitFor(what, `(host) => { const st = (${snapshot})(host); return (${test})(st) && st; }`, host);
const atScreen = (s, screen, host = MAIN) => at(s, `screen ${screen} in ${host}`, host, `(st) => st.screen === '${screen}'`);
const atStep = (s, n, host = MAIN) => at(s, `question ${n} in ${host}`, host, `(st) => st.screen === 'question' && st.step === ${n}`);
const click = async (s, host, selector, index) => s.click(await s.exec(element, host, selector, index));
const clickButton = async (s, host, text) => s.click(await s.exec(buttonNamed, host, text));

/** Opens `url` from a blank page, so that a reload of the same URL is a real load. */
async function open(s, url, host = MAIN) {
  await s.go('about:blank');
  await s.go(url);
  return s.waitFor(`a widget or a message in ${host}`,
    (h) => !!document.querySelector(h)?.shadowRoot?.querySelector('[data-screen], [data-ct-fallback]'), host);
}

/**
 * Answers every question by clicking (WebDriver Element Click, as a pointer would), the answer
 * at position `pick(n, answers)`, then shows the result. Returns the number of questions.
 */
async function walk(s, host = MAIN, pick = () => 1) {
  await click(s, host, '.ct-start');
  const { total } = await atStep(s, 1, host);
  assert.ok(total >= 1, 'the progress bar has a maximum');
  for (let n = 1; n <= total; n += 1) {
    const { radios, total: stillTotal } = await atStep(s, n, host);
    assert.equal(stillTotal, total, 'the question count does not change on the way');
    const index = Math.min(pick(n, radios), radios - 1);
    await click(s, host, 'label:has(input[type=radio])', index);
    await at(s, `answer ${index} of question ${n} chosen`, host, `(st) => st.checked === ${index}`);
    await click(s, host, 'form button[type=submit]');
  }
  await atScreen(s, 'review', host);
  await click(s, host, '.ct-review .ct-primary');
  await atScreen(s, 'result', host);
  return total;
}

/** data-strategy and data-scores of the result on `host`, checked for form. */
async function resultOf(s, host = MAIN) {
  const { strategy, scores } = await state(s, host);
  assert.match(strategy, /^(detach|mediate|terminate)$/);
  const parts = Object.fromEntries(scores.split(',').map((p) => p.split(':')).map(([k, v]) => [k, Number(v)]));
  assert.deepEqual(Object.keys(parts), ['detach', 'mediate', 'terminate'], scores);
  for (const value of Object.values(parts)) assert.ok(Number.isInteger(value) && value >= 0 && value <= 100, scores);
  assert.equal(parts.detach + parts.mediate + parts.terminate, 100, `scores sum to 100: ${scores}`);
  return { strategy, scores: parts };
}

const recorded = (s) => s.exec(() => window.__ct);

/** Exactly one result event from `host`, matching its result screen. */
async function assertOneEvent(s, result, key = null) {
  const { results } = await recorded(s);
  const mine = results.filter((r) => r.key === key);
  assert.equal(mine.length, 1, `exactly one client-triage:result event: ${JSON.stringify(results)}`);
  assert.equal(mine[0].detail.strategy, result.strategy, 'event and data-strategy agree');
  assert.deepEqual(mine[0].detail.scores, result.scores, 'event and data-scores agree');
  assert.equal(mine[0].target, 'DIV', 'dispatched on the host element');
}

async function assertNoErrors(s) {
  const { errors } = await recorded(s);
  assert.deepEqual(errors, [], 'no console errors');
}

/** Relative luminance of a CSS rgb()/rgba() colour (WCAG 2). */
function luminance(colour) {
  const [r, g, b] = colour.match(/[\d.]+/g).slice(0, 3).map(Number).map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

/** The colours of a light or dark theme: the box, its text and a primary button, all readable. */
function assertScheme(c, dark, what) {
  const bg = luminance(c.background);
  assert.ok(dark ? bg < 0.05 : bg > 0.85, `${what}: a ${dark ? 'dark' : 'light'} background (${c.background})`);
  assert.ok(dark ? luminance(c.text) > 0.6 : luminance(c.text) < 0.05, `${what}: ${dark ? 'light' : 'dark'} text (${c.text})`);
  assert.equal(c.scheme, dark ? 'dark' : 'light', `${what}: native controls follow (color-scheme)`);
  for (const [fg, back, name] of [[c.text, c.background, 'text'], [c.muted, c.background, 'muted text'], [c.buttonText, c.buttonBackground, 'the primary button']]) {
    assert.ok(contrast(fg, back) >= 4.5, `${what}: ${name} ${fg} on ${back} has ${contrast(fg, back).toFixed(2)}:1`);
  }
}

/** Sets the origin's storage (from a page without the widget), then opens `url`. */
async function openWith(s, url, entries, host = MAIN) {
  await s.go(new URL(BLANK, url).href);
  await s.exec((values) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
  return open(s, url, host);
}

/** axe-core (from node_modules) in the page, once per document; then no violations, or the list. */
let axeSource;
async function assertAxe(s, where) {
  axeSource ??= await readFile('node_modules/axe-core/axe.min.js', 'utf8');
  if (!(await s.exec(() => typeof window.axe === 'object'))) {
    await s.webdriver.executeScript(`${axeSource}\nreturn typeof window.axe;`);
  }
  const violations = await s.execAsync(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(' ')} ${v.nodes[0].failureSummary}`);
  });
  assert.deepEqual(violations, [], `axe on ${where}`);
}

/** The widget's layout as a phone shows it: the page's width, how far it scrolls sideways,
 *  elements past the right edge, controls under 44 × 44 px (as e2e/a11y.test.mjs counts them),
 *  and where the result's verdict and lead end. */
function phoneLayout(host) {
  const shadow = document.querySelector(host).shadowRoot;
  const root = shadow.querySelector('[data-screen]');
  const width = document.documentElement.clientWidth;
  const name = (el) => `${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className}`;
  const shown = (el) => el.getClientRects().length > 0 && el.getBoundingClientRect().width > 0;
  const bottom = (selector) => {
    const el = root.querySelector(selector);
    return el ? el.getBoundingClientRect().bottom + scrollY : null;
  };
  return {
    screen: root.dataset.screen,
    width,
    height: innerHeight,
    overflow: document.documentElement.scrollWidth - width,
    past: [...root.querySelectorAll('*')].filter((el) => shown(el) && el.getBoundingClientRect().right > width + 1)
      .map((el) => `${name(el)} ends at ${Math.round(el.getBoundingClientRect().right)}`).slice(0, 5),
    small: [...root.querySelectorAll('button, .ct-option, .ct-choice, .ct-file, .ct-input')]
      .filter((el) => shown(el) && (el.getBoundingClientRect().height < 44 || el.getBoundingClientRect().width < 44))
      .map((el) => `${name(el)} ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`),
    verdict: bottom('[data-strategy] h2'),
    lead: bottom('[data-strategy] h2 + p'),
  };
}

async function assertPhoneLayout(s, where) {
  const layout = await s.exec(phoneLayout, MAIN);
  assert.ok(layout.width <= 420, `${where}: a phone's width (${layout.width} px)`);
  assert.ok(layout.overflow <= 0, `${where}: scrolls sideways by ${layout.overflow} px`);
  assert.deepEqual(layout.past, [], `${where}: nothing past the right edge`);
  assert.deepEqual(layout.small, [], `${where}: touch targets under 44 px`);
  return layout;
}

// ---- The journeys: each gets a session and a fresh origin (its own server, so its own storage). ----

const JOURNEYS = [
  ['keyboard walk to a result', async ({ s, serve, engine }) => {
    const { url } = await serve();
    await open(s, `${url}?lang=en`);
    await atScreen(s, 'intro');
    await s.exec((h) => document.querySelector(h).shadowRoot.querySelector('.ct-start').focus(), MAIN);
    await s.press(KEY.Enter);
    const { total } = await atStep(s, 1);
    console.log(`${engine}: ${total} questions (from the progress bar)`);
    for (let n = 1; n <= total; n += 1) {
      // Each new screen moves focus to its heading; Tab enters the radio group, an arrow chooses.
      await at(s, `question ${n} with focus on its heading`, MAIN, `(st) => st.step === ${n} && /ct-heading/.test(st.focus)`);
      await s.press(KEY.Tab);
      let st = await state(s);
      assert.match(st.focus, /^input\[type=radio\]/, `question ${n}: Tab from the heading reaches a radio`);
      await s.press(KEY.ArrowDown);
      st = await state(s);
      assert.equal(st.checked, Math.min(1, st.radios - 1), `question ${n}: ArrowDown chose the second answer`);
      await s.press(KEY.Enter);
      if (n < total) await atStep(s, n + 1);
    }
    await atScreen(s, 'review');
    let focused = false;
    for (let i = 0; i < 80 && !focused; i += 1) {
      await s.press(KEY.Tab);
      focused = await s.exec((h) => {
        const shadow = document.querySelector(h).shadowRoot;
        return shadow.activeElement === shadow.querySelector('.ct-review .ct-primary');
      }, MAIN);
    }
    assert.ok(focused, 'Tab reaches "Show my result"');
    await s.press(KEY.Enter);
    await atScreen(s, 'result');
    const result = await resultOf(s);
    await assertOneEvent(s, result);
    await assertNoErrors(s);
  }],

  ['resume after reload', async ({ s, serve }) => {
    const { url } = await serve();
    await open(s, `${url}?lang=en`);
    await click(s, MAIN, '.ct-start');
    const { radios: first, total } = await atStep(s, 1);
    const a1 = Math.min(2, first - 1);
    await click(s, MAIN, 'label:has(input[type=radio])', a1);
    await at(s, 'answer 1 chosen', MAIN, `(st) => st.checked === ${a1}`);
    await click(s, MAIN, 'form button[type=submit]');
    await atStep(s, 2);
    await click(s, MAIN, 'label:has(input[type=radio])', 1);
    await at(s, 'answer 2 chosen', MAIN, '(st) => st.checked === 1');

    await s.refresh();
    const back = await atStep(s, 2);
    assert.equal(back.checked, 1, 'after the reload, question 2 shows its answer');
    assert.equal(back.total, total);
    await click(s, MAIN, 'form .ct-nav button[type=button]'); // Back
    assert.equal((await atStep(s, 1)).checked, a1, 'question 1 kept its answer');
    await click(s, MAIN, 'form button[type=submit]');
    assert.equal((await atStep(s, 2)).checked, 1);
    await click(s, MAIN, 'form button[type=submit]');
    await atStep(s, 3);
    await assertNoErrors(s);
  }],

  ['the start screen works before the module, which then continues from it', async ({ s, serve }) => {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    const { url } = await serve({ wait: (path) => (path.endsWith('_bg.wasm') ? held : null) });
    await s.go('about:blank');
    await s.go(`${url}?lang=en`);
    const prerendered = (h) => {
      const root = document.querySelector(h)?.shadowRoot?.querySelector('.ct');
      return !!root && !root.dataset.screen;
    };
    await s.waitFor('the pre-rendered intro', prerendered, MAIN);
    await click(s, MAIN, '.ct-start');
    await s.waitFor('question 1, pre-rendered', (h) => !!document.querySelector(h).shadowRoot.querySelector('.ct:not([data-screen]) input[type=radio]'), MAIN);
    await click(s, MAIN, 'label:has(input[type=radio])', 2);
    assert.equal(await s.exec((h) => document.querySelector(h).shadowRoot.querySelectorAll('[data-screen]').length, MAIN), 0, 'still without the module');
    release();
    const taken = await at(s, 'the module on question 1', MAIN, "(st) => st.screen === 'question' && st.step === 1");
    assert.equal(taken.checked, 2, 'the answer chosen before the module is still chosen');
    assert.match(taken.focus, /^input\[type=radio\]/, 'focus stays on it');
    await click(s, MAIN, 'form button[type=submit]');
    await atStep(s, 2);
    await assertNoErrors(s);
  }],

  ['blog demo, two instances under a strict CSP', async ({ s, serve }) => {
    const { url } = await serve({ headers: () => ({ 'content-security-policy': STRICT_CSP }) });
    const de = '[data-client-triage][data-lang="de"]';
    const en = '[data-client-triage][data-lang="en"]';
    await open(s, `${url}blog-demo.html`, de);
    await atScreen(s, 'intro', de);
    await atScreen(s, 'intro', en);
    assert.equal((await state(s, de)).lang, 'de');
    assert.equal((await state(s, en)).lang, 'en');

    await walk(s, de, () => 1);
    assert.equal((await state(s, en)).screen, 'intro', 'the other instance is untouched');
    await walk(s, en, () => 2);
    const keys = await s.exec(() => [...document.querySelectorAll('[data-client-triage]')].map((h) => h.dataset.storageKey));
    assert.equal(new Set(keys).size, 2, 'two storage keys');
    for (const [host, key] of [[de, keys[0]], [en, keys[1]]]) {
      await assertOneEvent(s, await resultOf(s, host), key);
    }
    // A host's data-storage-key is namespaced by the widget: client-triage:<key>.
    const history = await s.exec((k) => k.map((key) => JSON.parse(localStorage.getItem(`client-triage:${key}`)).clients[0].history.length), keys);
    assert.deepEqual(history, [1, 1], 'each instance saved its own assessment under its own key');
    const { violations } = await recorded(s);
    assert.deepEqual(violations, [], 'no CSP violation');
    await assertNoErrors(s);
  }],

  ['single file from file:// completes and reopens on its result', async ({ s, site }) => {
    const url = `${pathToFileURL(join(site, 'client-triage.html')).href}?lang=en`;
    await open(s, url);
    await walk(s, MAIN, (n) => n % 3);
    const first = await resultOf(s);
    await assertOneEvent(s, first);
    await assertNoErrors(s);
    await open(s, url);
    const again = await atScreen(s, 'result');
    assert.equal(again.strategy, first.strategy, 'reopened, the same result');
    assert.deepEqual((await resultOf(s)).scores, first.scores);
  }],

  ['storage blocked: works in memory and says so', async ({ s, serve }) => {
    const { url } = await serve();
    await open(s, `${url}?lang=en&ct-init=block-storage`);
    const st = await at(s, 'the storage notice', MAIN, '(st) => st.notice !== null');
    assert.equal(st.screen, 'intro');
    assert.ok(st.notice.trim().length > 0, 'the notice has a text');
    assert.ok(await s.exec(() => { try { void localStorage; return false; } catch { return true; } }), 'storage really throws');
    await walk(s, MAIN, () => 0);
    await assertOneEvent(s, await resultOf(s));
    assert.notEqual((await state(s)).notice, null, 'the notice stays');
    await assertNoErrors(s);
  }],

  ['export and import round trip keep the client', async ({ s, serve, engine, site }) => {
    const { url } = await serve();
    await open(s, `${url}?lang=en`);
    const label = `Agency ${engine}`;
    // Typing the name and Enter commits it (a change event).
    await s.sendKeys(await s.exec(element, MAIN, '.ct-intro .ct-input'), label + KEY.Enter);
    await s.waitFor('the name is saved', (l) => (localStorage.getItem('client-triage') ?? '').includes(l), label);
    await walk(s, MAIN, () => 2);
    await clickButton(s, MAIN, TEXTS.en.restart);
    await atScreen(s, 'intro');
    const before = await s.exec(() => JSON.parse(localStorage.getItem('client-triage')));
    const client = before.clients.find((c) => c.label === label);
    assert.ok(client, `the client is stored under its name: ${JSON.stringify(before.clients.map((c) => c.label))}`);
    assert.equal(client.history.length, 1);

    // Export = a download: catch the Blob the widget hands to an <a download>.
    await s.exec(() => {
      const blobs = new Map();
      window.__ctDownloads = [];
      const create = URL.createObjectURL;
      URL.createObjectURL = function (blob) {
        const url = create.call(URL, blob);
        blobs.set(url, blob);
        return url;
      };
      const clickAnchor = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        if (this.download && blobs.has(this.href)) window.__ctDownloads.push({ name: this.download, blob: blobs.get(this.href) });
        else clickAnchor.call(this);
      };
    });
    // Clients and data tools are folded into one section.
    await click(s, MAIN, '.ct-intro details > summary');
    await clickButton(s, MAIN, TEXTS.en.exportAll);
    await s.waitFor('the export download', () => window.__ctDownloads.length === 1);
    const exported = await s.execAsync(async () => ({ name: window.__ctDownloads[0].name, text: await window.__ctDownloads[0].blob.text() }));
    assert.match(exported.name, /\.json$/);
    assert.ok(JSON.parse(exported.text).clients.some((c) => c.label === label), 'the export has the client');

    await clickButton(s, MAIN, TEXTS.en.deleteAll);
    await click(s, MAIN, '.ct-confirm .ct-danger');
    await s.waitFor('all data deleted', (l) => !(localStorage.getItem('client-triage') ?? '').includes(l), label);

    // Import = choose the file: WebDriver Element Send Keys with its path on the file input.
    const file = join(site, `export-${engine}.json`);
    await writeFile(file, exported.text);
    await s.sendKeys(await s.exec(element, MAIN, 'input[type=file]'), file);
    await s.waitFor('the import confirmation', (h) => !!document.querySelector(h).shadowRoot.querySelector('.ct-data [role=status]')?.textContent.trim(), MAIN);
    const afterImport = await s.exec(() => JSON.parse(localStorage.getItem('client-triage')));
    const back = afterImport.clients.find((c) => c.id === client.id);
    assert.ok(back, 'the client is back');
    assert.equal(back.label, label);
    assert.deepEqual(back.history, client.history, 'with its history');
    await assertNoErrors(s);
  }],

  ['result chart: three named bars on full-width tracks', async ({ s, serve, engine }) => {
    const { url } = await serve();
    await open(s, `${url}?lang=en`);
    await walk(s, MAIN, (n) => (n % 2 ? 0 : 2));
    const { scores } = await resultOf(s);
    const chart = await s.exec((h) => {
      const figure = document.querySelector(h).shadowRoot.querySelector('[data-strategy] figure');
      if (!figure) return null;
      const bars = [...figure.querySelectorAll('li')];
      return {
        caption: figure.querySelector('figcaption')?.textContent ?? null,
        texts: bars.map((bar) => bar.textContent),
        widths: bars.map((bar) => Number(bar.querySelector('rect')?.getAttribute('width'))),
        rendered: bars.map((bar) => bar.querySelector('rect').getBoundingClientRect().width),
        tracks: bars.map((bar) => bar.querySelector('svg').clientWidth),
        hidden: bars.map((bar) => bar.querySelector('svg').getAttribute('aria-hidden')),
      };
    }, MAIN);
    assert.ok(chart, 'a chart in the result');
    assert.equal(chart.texts.length, 3, 'three bars');
    assert.ok(chart.caption && chart.caption.trim().length > 0, 'a caption says what the bars are');
    // The words are the text alternative: each bar's name and share, read once.
    const shares = Object.values(scores);
    shares.forEach((share, i) => assert.match(chart.texts[i], new RegExp(`\\b${share}\\s?%`), `${chart.texts[i]} names ${share}`));
    assert.deepEqual(chart.hidden, ['true', 'true', 'true'], 'the drawn bars are hidden from screen readers');
    // Every track is as wide as the others; 100 % would fill it.
    assert.ok(chart.tracks[0] > 0 && chart.tracks.every((w) => Math.abs(w - chart.tracks[0]) < 1), `same tracks: ${chart.tracks}`);
    shares.forEach((share, i) => assert.ok(Math.abs(chart.rendered[i] - (chart.tracks[i] * Math.max(share, 1)) / 100) < 2,
      `bar ${i}: ${chart.rendered[i]} px of ${chart.tracks[i]} for ${share} %`));
    for (let i = 0; i < 3; i += 1) {
      for (let j = 0; j < 3; j += 1) if (shares[i] > shares[j]) assert.ok(chart.widths[i] >= chart.widths[j], 'bars follow the shares');
    }
    // Scrolled to the chart, and painted (WebKit's screenshot can otherwise show the old scroll position).
    await s.execAsync((h) => {
      document.querySelector(h).shadowRoot.querySelector('[data-strategy] figure').scrollIntoView({ block: 'center' });
      return new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
    }, MAIN);
    await mkdir(SHOTS, { recursive: true });
    await writeFile(join(SHOTS, `engines-${engine}-result-chart.png`), await s.screenshot());
  }],

  ['language: ?lang and the switch button change the texts', async ({ s, serve }) => {
    const { url } = await serve();
    await open(s, `${url}?lang=de`);
    const de = await atScreen(s, 'intro');
    assert.equal(de.lang, 'de');
    assert.equal(de.start, TEXTS.de.start);
    await open(s, `${url}?lang=en`);
    const en = await atScreen(s, 'intro');
    assert.equal(en.lang, 'en');
    assert.equal(en.start, TEXTS.en.start);
    assert.ok(!en.text.includes(TEXTS.de.start) && !de.text.includes(TEXTS.en.start), 'no text of the other language');
    assert.notEqual(en.text, de.text);

    await click(s, MAIN, '.ct-lang');
    const switched = await at(s, 'German after the switch', MAIN, "(st) => st.lang === 'de'");
    assert.equal(switched.start, TEXTS.de.start);
    assert.ok(!switched.text.includes(TEXTS.en.start));
    await click(s, MAIN, '.ct-lang');
    assert.equal((await at(s, 'English again', MAIN, "(st) => st.lang === 'en'")).start, TEXTS.en.start);
    await assertNoErrors(s);
  }],

  ["offline: after one visit the worker keeps the page and the reader's language", async ({ s, site, engine }) => {
    // Under a folder of its own, as a blog hosts it: at a site's root no worker registers.
    const parent = makeTempDir(`ct-${engine}-hosted-`);
    symlinkSync(site, join(parent, 'app'));
    const server = await startServer(parent);
    const page = `${server.url}app/?lang=en`;
    try {
      await open(s, page);
      const kept = await s.execAsync(async () => {
        const registration = await Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(r, 20000))]);
        if (!registration?.active) return null;
        while (registration.active.state !== 'activated') await new Promise((r) => setTimeout(r, 50));
        const [key] = await caches.keys();
        return (await (await caches.open(key)).keys()).map((request) => request.url.split('/').pop() || './');
      });
      assert.ok(kept, 'a worker became active within 20 s');
      assert.ok(kept.includes('index.html') && kept.some((f) => f.endsWith('.wasm')), `the page and the wasm: ${kept}`);
      assert.ok(kept.some((f) => f.startsWith('texts-en-')), `the reader's language: ${kept}`);
      console.log(`${engine}: the worker keeps ${kept.filter((f) => f.startsWith('texts-')).join(' and ')}`);
    } finally {
      await server.close();
      removeTempDir(parent);
    }
    // The server is gone: the worker answers alone.
    await s.go(page);
    const st = await at(s, 'the English widget from the worker', MAIN, "(st) => st.screen === 'intro' && st.lang === 'en'");
    assert.equal(st.start, TEXTS.en.start);
  }],

  ["failure message: a CSP without 'wasm-unsafe-eval'", async ({ s, serve, engine }) => {
    const { url } = await serve({ headers: () => ({ 'content-security-policy': CSP_WITHOUT_WASM }) });
    const hosts = ['[data-client-triage][data-lang="de"]', '[data-client-triage][data-lang="en"]'];
    await open(s, `${url}blog-demo.html`, hosts[0]);
    for (const host of hosts) {
      const st = await s.waitFor(`a message in ${host}`, `(h) => { const st = (${snapshot})(h); return st.fallback && st; }`, host);
      assert.equal(st.screen, null, 'no widget');
      assert.equal(st.fallback, 'csp', `the CSP message, not "${st.fallback}": ${st.fallbackText}`);
      assert.match(st.fallbackText, /wasm-unsafe-eval/, 'it names the directive to add');
    }
    const { errors, violations } = await recorded(s);
    assert.ok(errors.some((e) => e.includes("Add 'wasm-unsafe-eval' to script-src")), `the console tells the site owner: ${errors.join(' | ')}`);
    // The loader knows a CSP block by the securitypolicyviolation event (blockedURI "wasm-eval"),
    // or else by the error's message. Firefox fires the event; WebKitGTK 2.50 fires none for
    // WebAssembly and only throws "CompileError: Refused to create a WebAssembly object because
    // 'unsafe-eval' or 'wasm-unsafe-eval' is not an allowed source…", so there the message path
    // is what this test covers.
    if (engine === 'firefox') assert.ok(violations.some((v) => / wasm-eval$/.test(v)), `Firefox reports the violation: ${violations}`);
    else console.log(`${engine}: securitypolicyviolation events for the blocked wasm: ${JSON.stringify(violations)}`);
  }],

  ['print: the plan alone, the blog post and the other widget hidden', async ({ s, serve }) => {
    const { url } = await serve();
    const en = '[data-client-triage][data-lang="en"]';
    const de = '[data-client-triage][data-lang="de"]';
    // Both widgets of the blog demo on a result, each with a plan that could end up on paper.
    await openWith(s, `${url}blog-demo.html`, {
      'client-triage:client-triage-demo-en': await personaEnvelope('refused-and-draining', 'Acme Ltd'),
      'client-triage:client-triage-demo-de': await personaEnvelope('fair-complaint-email-loops', 'Beispiel GmbH'),
    }, en);
    await atScreen(s, 'result', en);
    await atScreen(s, 'result', de);
    // print() is where the browser lays out the paper: the stub does the same with the print
    // rules switched on, while the loader's mark is on the host, and records what shows.
    await s.exec(`() => {
      const flipMedia = ${flipMedia};
      const renderedText = ${renderedText};
      window.__ctPrinted = [];
      window.print = () => {
        const marked = [...document.querySelectorAll('[data-ct-printing]')];
        const flipped = flipMedia('print');
        const box = marked[0]?.getBoundingClientRect();
        const text = renderedText();
        window.__ctUnflip();
        window.__ctPrinted.push({ marked: marked.map((h) => h.dataset.lang), flipped, text, left: box?.left, right: box?.right, page: document.documentElement.clientWidth });
      };
    }`);
    const screen = await s.exec(renderedText);
    await clickButton(s, en, TEXTS.en.print);
    const [printed] = await s.waitFor('print() called', () => window.__ctPrinted.length && window.__ctPrinted);
    assert.deepEqual(printed.marked, ['en'], 'the English widget alone is marked while printing');
    assert.ok(printed.flipped >= 2, `print rules found and switched on: ${printed.flipped}`);
    assert.equal(await s.exec(() => document.querySelectorAll('[data-ct-printing]').length), 0, 'the mark is gone afterwards');
    assert.equal(await s.exec(renderedText), screen, 'the screen is as it was');

    const plan = await s.exec((h) => [...document.querySelector(h).shadowRoot.querySelectorAll('.ct-plan .ct-legal, .ct-plan .ct-doc')]
      .map((el) => el.textContent).join(' '), en);
    const squeeze = (text) => text.replace(/\s+/g, '');
    assert.ok(squeeze(plan).length > 1500 && plan.includes('Acme Ltd'), 'a whole plan, folded document included');
    for (const words of ['Wenn der Kunde', 'Jede Selbstständige', 'Beispiel GmbH', 'In English', 'Recommendation', 'Copy plan']) {
      assert.ok(!printed.text.includes(words), `"${words}" (the post, the other widget or the screen-only result) is not printed`);
    }
    assert.equal(squeeze(printed.text), squeeze(plan), 'exactly the plan is printed');
    assert.ok(printed.left >= 0 && printed.right <= printed.page + 0.5, `the widget spans the page and no more: ${printed.left}–${printed.right} of ${printed.page}`);
    await assertNoErrors(s);
  }],

  ['dark mode: data-theme="dark", and prefers-color-scheme under data-theme="auto"', async ({ s, serve }) => {
    const { url } = await serve();
    await open(s, `${url}${DARK}`);
    await atScreen(s, 'intro');
    const dark = await s.exec(colours, MAIN);
    assert.equal(dark.theme, 'dark');
    assertScheme(dark, true, 'data-theme="dark"');
    await click(s, MAIN, '.ct-start');
    await atStep(s, 1);
    const option = await s.exec((h) => {
      const label = document.querySelector(h).shadowRoot.querySelector('.ct-option');
      const root = document.querySelector(h).shadowRoot.querySelector('.ct');
      return { text: getComputedStyle(label).color, background: getComputedStyle(root).backgroundColor };
    }, MAIN);
    assert.ok(contrast(option.text, option.background) >= 4.5, `an answer on the dark box: ${option.text} on ${option.background}`);

    await openWith(s, `${url}?lang=en`, {}); // the start screen again, not question 1
    await atScreen(s, 'intro');
    const light = await s.exec(colours, MAIN);
    assert.equal(light.theme, 'auto');
    assertScheme(light, false, 'auto, the system light');
    const flipped = await s.exec(flipMedia, 'dark');
    assert.ok(flipped >= 1, 'the widget has dark-scheme rules');
    assertScheme(await s.exec(colours, MAIN), true, 'auto, the system dark');
    await s.exec(() => window.__ctUnflip());
    assert.deepEqual(await s.exec(colours, MAIN), light, 'back to light');
  }],

  ['two tabs: an answer in one appears in the other', async ({ s, serve }) => {
    const { url } = await serve();
    await open(s, `${url}?lang=en`);
    await click(s, MAIN, '.ct-start');
    await atStep(s, 1);
    await click(s, MAIN, 'label:has(input[type=radio])', 2);
    await at(s, 'answer 2 chosen in the first tab', MAIN, '(st) => st.checked === 2');
    const first = await s.webdriver.getWindowHandle();
    await s.webdriver.switchTo().newWindow('tab');
    const second = await s.webdriver.getWindowHandle();
    try {
      await open(s, `${url}?lang=en`);
      const resumed = await atStep(s, 1);
      assert.equal(resumed.checked, 2, 'the second tab opens on the same question and answer');
      // The second tab answers: the first follows, without a reload.
      await click(s, MAIN, 'label:has(input[type=radio])', 0);
      await at(s, 'answer 0 chosen in the second tab', MAIN, '(st) => st.checked === 0');
      await s.webdriver.switchTo().window(first);
      assert.equal((await at(s, 'the first tab shows the answer from the second', MAIN, '(st) => st.checked === 0')).step, 1);
      // And back: the first tab moves on and answers question 2, the second follows.
      await click(s, MAIN, 'form button[type=submit]');
      await atStep(s, 2);
      await click(s, MAIN, 'label:has(input[type=radio])', 1);
      await at(s, 'answer 1 to question 2 in the first tab', MAIN, "(st) => st.step === 2 && st.checked === 1");
      await s.webdriver.switchTo().window(second);
      await at(s, 'the second tab on question 2 with that answer', MAIN, "(st) => st.step === 2 && st.checked === 1");
      const stored = await s.exec(() => JSON.parse(localStorage.getItem('client-triage')).clients.map((c) => Object.keys(c.draft.answers).length));
      assert.deepEqual(stored, [2], 'one client, two answers: nothing lost, nothing doubled');
      await assertNoErrors(s);
    } finally {
      await s.webdriver.switchTo().window(second).then(() => s.webdriver.close()).catch(() => {});
      await s.webdriver.switchTo().window(first);
    }
    await assertNoErrors(s);
  }],

  ['storage full: a calm notice, the widget goes on, the next write saves everything', async ({ s, serve }) => {
    const { url } = await serve();
    await open(s, `${url}?lang=en&ct-init=quota-full`);
    await click(s, MAIN, '.ct-start');
    for (let n = 1; n <= 2; n += 1) {
      await atStep(s, n);
      await click(s, MAIN, 'label:has(input[type=radio])', 1);
      await at(s, `answer to question ${n}`, MAIN, '(st) => st.checked === 1');
      await click(s, MAIN, 'form button[type=submit]');
    }
    const st = await at(s, 'the storage notice', MAIN, "(st) => st.notice !== null && st.step === 3");
    assert.ok(st.notice.trim().length > 0, 'the notice has a text');
    const role = await s.exec((h) => document.querySelector(h).shadowRoot.querySelector('.ct-notice').getAttribute('role'), MAIN);
    assert.equal(role, 'status', 'calm: a status, not an alert');
    assert.equal(await s.exec(() => localStorage.getItem('client-triage')), null, 'nothing could be written');
    // Room again: the next change writes every answer so far.
    await s.exec(() => { window.__ctQuotaFull = false; });
    await click(s, MAIN, 'label:has(input[type=radio])', 0);
    await at(s, 'the notice gone after the next save', MAIN, '(st) => st.notice === null && st.checked === 0');
    const answers = await s.exec(() => Object.keys(JSON.parse(localStorage.getItem('client-triage')).clients[0].draft.answers).length);
    assert.equal(answers, 3, '0 answers lost');
    await assertNoErrors(s);
  }],

  ['phone width (375 px): the flow and the result fit, 44 px targets, the verdict on the first screen', async ({ s, serve, engine, site }) => {
    // Neither engine's window goes below about 450 px: the page runs in a frame 375 px wide,
    // whose viewport (and media queries) are a phone's, and the driver works inside it.
    await writeFile(join(site, 'ct-e2e-phone.html'),
      '<!doctype html><title>phone</title><link rel="icon" href="data:,"><body style="margin:0"><iframe src="index.html?lang=de" style="width:375px;height:740px;border:0"></iframe>');
    const { url } = await serve();
    try {
      await s.go('about:blank');
      await s.go(`${url}ct-e2e-phone.html`);
      await s.waitFor('the frame', () => !!document.querySelector('iframe')?.contentDocument?.querySelector('[data-client-triage]'));
      await s.webdriver.switchTo().frame(0);
      await s.waitFor('the widget in the frame', (h) => !!document.querySelector(h)?.shadowRoot?.querySelector('[data-screen]'), MAIN);
      await atScreen(s, 'intro');
      await assertPhoneLayout(s, 'the start screen');
      await click(s, MAIN, '.ct-start');
      const { total } = await atStep(s, 1);
      for (let n = 1; n <= total; n += 1) {
        await atStep(s, n);
        if (n === 1 || n === total || n % 5 === 0) await assertPhoneLayout(s, `question ${n}`);
        await click(s, MAIN, 'label:has(input[type=radio])', n % 3);
        await at(s, `an answer to question ${n}`, MAIN, '(st) => st.checked >= 0');
        await click(s, MAIN, 'form button[type=submit]');
      }
      await atScreen(s, 'review');
      await assertPhoneLayout(s, 'the review');
      await click(s, MAIN, '.ct-review .ct-primary');
      await atScreen(s, 'result');
      await s.exec(() => scrollTo(0, 0));
      const result = await assertPhoneLayout(s, 'the result');
      assert.ok(result.verdict !== null && result.lead !== null, 'a verdict and a lead');
      assert.ok(result.lead <= result.height, `the verdict and its lead on the first screen (end at ${result.lead} of ${result.height} px)`);
      // Every fold opened: the plan, its builders and documents fit too.
      await s.exec((h) => document.querySelector(h).shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true)), MAIN);
      await assertPhoneLayout(s, 'the result, every fold open');
      await mkdir(SHOTS, { recursive: true });
      await writeFile(join(SHOTS, `engines-${engine}-result-375.png`), await s.screenshot());
    } finally {
      await s.webdriver.switchTo().defaultContent().catch(() => {});
    }
  }],

  ['axe: no violations on the start screen, a question and the result', async ({ s, serve }) => {
    const { url } = await serve();
    await open(s, `${url}?lang=en`);
    await atScreen(s, 'intro');
    await assertAxe(s, 'the start screen');
    await click(s, MAIN, '.ct-start');
    await atStep(s, 1);
    await assertAxe(s, 'question 1');
    await openWith(s, `${url}?lang=en`, { 'client-triage': await personaEnvelope('fair-point-but-stalling') });
    await atScreen(s, 'result');
    await assertAxe(s, 'a close call’s result');
  }],
];

// ---- One suite per engine; the engines run side by side (two processes, two cores). ----

describe('engines', { concurrency: process.env.CT_ENGINES_SERIAL ? 1 : ENGINES.length }, () => {
  for (const engine of ENGINES) {
    describe(engine, { concurrency: 1 }, () => {
      let driver;
      let session;
      let site;
      const servers = [];
      const times = [];

      before(async () => {
        const t0 = Date.now();
        for (const file of await readdir(SHOTS).catch(() => [])) {
          if (file.startsWith(`engines-${engine}-FAILED-`)) await rm(join(SHOTS, file));
        }
        site = await makeSite(engine);
        driver = await startDriver(engine);
        session = await Session.create(driver);
        await session.setWindowRect({ width: 1280, height: 900 }).catch(() => {});
        const ua = await session.exec(() => navigator.userAgent);
        console.log(`${engine}: ${session.browser}; ${ua}; ready in ${Date.now() - t0} ms${BREAK === engine ? '; CT_BREAK_ENGINE is on' : ''}`);
      });

      after(async () => {
        await session?.delete();
        await driver?.stop();
        for (const server of servers) await server.close();
        if (site) removeTempDir(site);
        if (times.length) console.log(`${engine}: ${times.map(([n, ms]) => `${n} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
      });

      for (const [name, journey] of JOURNEYS) {
        test(`${engine}: ${name}`, async () => {
          assert.ok(session, `${engine} did not start`);
          const t0 = Date.now();
          const serve = async (options) => {
            const server = await startServer(site, 0, options);
            servers.push(server);
            return server;
          };
          try {
            await journey({ s: session, serve, engine, site });
          } catch (error) {
            // Keep a picture of what the engine showed.
            const shot = await session.screenshot().catch(() => null);
            if (shot) {
              const file = resolve(SHOTS, `engines-${engine}-FAILED-${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
              await mkdir(SHOTS, { recursive: true });
              await writeFile(file, shot).catch(() => {});
              error.message += `\n(screenshot: ${file})`;
            }
            // A browser that died takes its session along: start a new one for the next journeys.
            if (!(await session.url().then(() => true, () => false))) {
              await session.delete();
              session = await Session.create(driver).catch(() => null);
              await session?.setWindowRect({ width: 1280, height: 900 }).catch(() => {});
            }
            throw error;
          } finally {
            times.push([name.split(/[ :,]/)[0], Date.now() - t0]);
          }
        });
      }
    });
  }
});
