// client-triage loader: the one script a blog page includes.
// It loads the WebAssembly module once for every `[data-client-triage]` element on the page and
// owns every fallback — no WebAssembly, a CSP that blocks it, a failed download, a crash —
// because the module itself may be what failed. No inline script or style: strict CSP holds.
// Until the module is there, it shows the start screen from the reader's language file: the
// intro and question 1, rendered at build time by the widget's own component
// (examples/texts.rs); Start, the client's name and question 1 work at once, and the module
// takes over from exactly that state (src/web/mount.rs).
// The build (scripts/post-build.mjs) fills in the hashed names of the glue, the wasm and the
// language files.
const GLUE = '__CT_GLUE__';
const WASM = '__CT_WASM__';
// One file per language (a reader downloads the second only if they switch to it): the texts,
// the pre-rendered screens and the widget's styles, apart by this character.
const LANGUAGE_FILES = __CT_LANGUAGE_FILES__;
const PARTS = '\x1e';
const BASE = new URL('.', import.meta.url);
// Shared with the Rust side; tests/contract.rs checks each against src/web/.
const HOSTS = '[data-client-triage]';
const DEFAULT_KEY = 'client-triage';
// The hosts that have their widget (or have it coming): kept here, not in an attribute, so that
// markup saved with a widget in it (a page builder's snapshot) still gets one.
const mounted = new WeakSet();
// The standalone page opts in to offline use; a blog page does not.
const STANDALONE = document.querySelector('meta[name="client-triage-offline"]');
const CSP_HELP =
  "client-triage: this page's Content-Security-Policy blocks WebAssembly. Add 'wasm-unsafe-eval' to script-src.";

const TEXT = {
  de: {
    failed: 'Das Werkzeug konnte nicht geladen werden. Prüfe deine Verbindung.',
    retry: 'Erneut versuchen',
    noWasm: 'Dieser Browser kann das Werkzeug nicht ausführen: WebAssembly ist nicht verfügbar oder abgeschaltet.',
    csp: "Die Sicherheitsregeln dieser Seite blockieren das Werkzeug. Hinweis für Seitenbetreiber: 'wasm-unsafe-eval' in script-src der Content-Security-Policy erlauben.",
    crashed: 'Etwas ist schiefgelaufen. Deine gespeicherten Antworten sind nicht verloren.',
    reload: 'Neu laden',
    download: 'Gespeicherte Daten herunterladen',
  },
  en: {
    failed: 'The tool could not be loaded. Please check your connection.',
    retry: 'Try again',
    noWasm: 'This browser cannot run the tool: WebAssembly is not available or switched off.',
    csp: "This page's security rules block the tool. For the site owner: allow 'wasm-unsafe-eval' in the Content-Security-Policy's script-src.",
    crashed: 'Something went wrong. Your saved answers are not lost.',
    reload: 'Reload',
    download: 'Download saved data',
  },
};

// Minified by hand: every byte of this file is on a blog post's first load.
const PANEL_CSS =
  ':host{all:initial;display:block}' +
  '.ct-fallback{box-sizing:border-box;max-width:42rem;margin:0 auto;padding:1rem;border:1px solid #8c959f;' +
  'border-radius:10px;background:#fff;color:#1b1f24;font:1rem/1.5 system-ui,sans-serif}' +
  '.ct-fallback p{margin:0 0 .75rem}' +
  // A button's border takes its text colour (currentColor), in both schemes.
  '.ct-fallback button{min-height:44px;margin:0 .5rem 0 0;padding:.5rem 1rem;border:1px solid;' +
  'border-radius:10px;background:#fff;color:#0a58b8;font:inherit;font-weight:600;cursor:pointer}' +
  '@media (prefers-color-scheme:dark){.ct-fallback{background:#161b22;color:#e6edf3;border-color:#6e7681}' +
  '.ct-fallback button{background:#161b22;color:#8ab8ff}}';

// The widget's styles arrive with the first language file. Constructed style sheets are CSSOM,
// not inline style: a strict style-src allows them. Browsers without them get a <style>.
const SHEETS = 'replaceSync' in CSSStyleSheet.prototype ? [new CSSStyleSheet(), new CSSStyleSheet()] : null;
SHEETS?.[1].replaceSync(PANEL_CSS);
let widgetCss = '';

/** The key this host's data lives under: the widget prefixes a host's own key. */
function storageKey(host) {
  const given = (host.dataset.storageKey ?? '').trim();
  return given ? `${DEFAULT_KEY}:${given}` : DEFAULT_KEY;
}

/** The reader's earlier choice of language, as the widget saved it; null if none or unreadable. */
function savedLanguage(host) {
  try {
    return JSON.parse(stored(host))?.lang ?? null;
  } catch {
    return null;
  }
}

/** What the widget keeps for `host` (null: nothing). Only under its own key: whether a value
 *  under the host's key from before the prefix is the widget's data is the module's to decide
 *  (it copies it over), by the one rule that reads it. Throws where the browser refuses storage. */
function stored(host) {
  return localStorage.getItem(storageKey(host));
}

/** The language a host's widget starts in (given to the module as it mounts the host):
 *  ?lang, the reader's saved choice, the host's data-lang, the browser's languages, German. */
function language(host) {
  const wanted = [
    new URLSearchParams(location.search).get('lang'),
    savedLanguage(host),
    host.dataset.lang,
    ...(navigator.languages ?? [navigator.language]),
  ];
  for (const tag of wanted) {
    const primary = String(tag ?? '').slice(0, 2).toLowerCase();
    if (primary in TEXT) return primary;
  }
  return 'de';
}

/** The host's shadow root, which the page's styles cannot reach, with the widget's and the
 *  panels' styles; again after the module emptied it, for a browser that needs a <style>. */
function shadowOf(host) {
  let shadow = host.shadowRoot;
  try {
    shadow ??= host.attachShadow({ mode: 'open' });
  } catch {
    // An element that cannot have one (<li>, <a> …): no widget there.
    return null;
  }
  if (SHEETS) shadow.adoptedStyleSheets = SHEETS;
  else (shadow.querySelector('style') ?? shadow.appendChild(document.createElement('style'))).textContent = widgetCss + PANEL_CSS;
  return shadow;
}

/** Shows a message with buttons inside `host`, instead of what it showed. */
function showPanel(host, kind, buttons = []) {
  const text = TEXT[language(host)];
  const panel = document.createElement('div');
  panel.className = 'ct-fallback';
  panel.dataset.ctFallback = kind;
  panel.setAttribute('role', 'alert');
  const message = document.createElement('p');
  message.textContent = text[kind];
  panel.append(message);
  for (const [label, action] of buttons) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text[label];
    button.addEventListener('click', action);
    panel.append(button);
  }
  shadowOf(host)?.replaceChildren(panel);
  shadowOf(host); // the <style>, for a browser that needs one
  mounted.delete(host);
}

/** Elements from a pre-rendered tree, `[tag, attributes, ...children]`. No innerHTML: a page
 *  that requires Trusted Types refuses it. */
function build(node, namespace) {
  if (typeof node === 'string') return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  if (tag === 'svg') namespace = 'http://www.w3.org/2000/svg';
  const element = namespace ? document.createElementNS(namespace, tag) : document.createElement(tag);
  for (const name in attributes) element.setAttribute(name, attributes[name]);
  element.append(...children.map((child) => build(child, namespace)));
  return element;
}

/** What focus and a waiting click go by from the start screen to the module's: a control's id
 *  (without the widget's number), else its value, class and text. */
const controlKey = (control) => control && (control.id.replace(/^ct\d+-/, '') || control.value + control.className + control.textContent);
const control = (root, key) =>
  key ? [...root.querySelectorAll('button,input,summary,[tabindex]')].find((each) => controlKey(each) === key) : null;

/** Shows the intro on `host` from the pre-rendered `screens` and makes it work until the module
 *  takes over: Start shows question 1, the name field, the folded section and the answers are
 *  plain HTML. Any other button (Back, Next, the language, an import) waits for the module,
 *  which then carries it out. Returns what the takeover needs: the root on screen and that
 *  waiting click. Stored data, or storage the browser refuses, would make the reader's screen
 *  another one: such a host waits for the module as before; so does a host that already shows
 *  a message (the module failed before its language file arrived). */
function prerender(host, [intro, question], wrapper = document.createElement('div')) {
  try {
    if (mounted.has(host) || host.shadowRoot?.querySelector('.ct-fallback') || stored(host) !== null) return;
  } catch {
    return;
  }
  const shadow = shadowOf(host);
  if (!shadow) return;
  const shown = { screen: 'intro' };
  // `wrapper`: as the module's mount point. Screens come as trees, or as elements when the page
  // brought them (adoptStartScreen).
  const show = (screen) => {
    shown.root = screen.nodeType ? screen : build(screen);
    const theme = (host.dataset.theme ?? '').trim();
    shown.root.dataset.theme = theme === 'light' || theme === 'dark' ? theme : 'auto';
    wrapper.replaceChildren(shown.root);
  };
  show(intro);
  const wait = (clicked) => {
    shown.waiting = controlKey(clicked);
    // Before inert takes focus away: the module gives it back.
    shown.focused = controlKey(shadow.activeElement);
    shown.root.inert = true;
  };
  // A press held longer than the takeover waits for (pressEnded) is released on the module's
  // screen, where no click fires: handOver carries it out as a waiting click.
  wrapper.addEventListener('pointerdown', (event) => (shown.pressed = controlKey(event.target.closest('button'))));
  wrapper.addEventListener('click', (event) => {
    shown.pressed = null;
    const control = event.target.closest('button,input[type=file]');
    if (!control || control.type === 'submit') return;
    event.preventDefault();
    if (!control.matches('.ct-start')) return wait(control);
    shown.name = shown.root.querySelector('.ct-input').value;
    shown.screen = 'question';
    show(question);
    shown.root.querySelector('.ct-heading').focus();
  });
  wrapper.addEventListener('submit', (event) => {
    event.preventDefault();
    wait(event.submitter ?? shown.root.querySelector('[type=submit]'));
  });
  // A press on the screen (pointer down, not yet up) must end on the element it began on: were
  // the module to draw its own screen in between, the click would be lost (a Start that does
  // nothing). `pressEnded` tells the takeover when it may go on.
  wrapper.addEventListener('pointerdown', () => (shown.pressing = true));
  const ended = () =>
    // After the click, which follows pointerup in the same task.
    setTimeout(() => {
      shown.pressing = false;
      shown.released?.();
    });
  addEventListener('pointerup', ended, true);
  addEventListener('pointercancel', ended, true);
  if (!wrapper.isConnected) shadow.replaceChildren(wrapper);
  shadowOf(host);
  return shown;
}

/** Resolves once no press on a start screen is in progress (or after 10 s: a press held that
 *  long is no click). */
function pressEnded(screens) {
  const pressed = screens.filter((shown) => shown?.pressing);
  const ends = pressed.map((shown) => new Promise((resolve) => (shown.released = resolve)));
  return Promise.race([Promise.all(ends), new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

/** Which question a screen shows (its progress), '' on the intro. */
const progress = (root) => root.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow') ?? '';

/** The start screen the page's own HTML brought (issue 27): a declarative shadow root from
 *  index.html, the WordPress plugin or the package's snippet, with the widget's styles, the
 *  intro per language (Start disabled until it works) and question 1 in a template. Made to
 *  work at once, before load(), the way prerender() makes the fetched one work. One in another
 *  language than the reader's waits, inert, for prerender() to replace it; where prerender()
 *  declines (stored data: the reader's screen is another), it goes, as without one. */
function adoptStartScreen(host) {
  const starts = [...(host.shadowRoot?.querySelectorAll('[data-ct-start]') ?? [])];
  const mine = starts.find((start) => start.dataset.ctStart === language(host));
  for (const start of starts) if (start !== mine) start.inert = true;
  if (!mine) return null;
  starts.forEach((start) => start !== mine && start.remove());
  const intro = mine.querySelector('.ct');
  const question = mine.querySelector('template').content.firstElementChild;
  intro.querySelector('.ct-start').disabled = false;
  return prerender(host, [intro, question], mine) ?? void mine.remove();
}

/** Hands what the reader did on `shown` over to the module: returns the name typed and the
 *  answer chosen (or '' once Start was clicked), which `mount` passes to the module — never
 *  through the page's DOM, where the page's scripts could read the name. Focus, the open
 *  section and a waiting click follow once the module has drawn the same screen. */
function handOver(host, shown) {
  const { root, screen } = shown;
  const waiting = shown.waiting ?? shown.pressed;
  const name = root.querySelector('.ct-input')?.value ?? shown.name;
  const answer = screen === 'question' ? root.querySelector(':checked')?.value ?? '' : undefined;
  const at = progress(root);
  const shadow = host.shadowRoot;
  const focused = shown.focused ?? controlKey(shadow.activeElement);
  const open = root.querySelector('details')?.open;
  const observer = new MutationObserver(() => {
    const drawn = shadow.querySelector('[data-screen],.ct-fallback');
    if (!drawn) return;
    observer.disconnect();
    // Another screen, or another question (stored data after all, another tab's draft):
    // nothing here applies to it.
    if (drawn.dataset.screen !== screen || progress(drawn) !== at) return;
    const details = drawn.querySelector('details');
    if (open && details) details.open = true;
    control(drawn, focused)?.focus();
    control(drawn, waiting)?.click();
  });
  observer.observe(shadow, { childList: true, subtree: true });
  return [name || undefined, answer];
}

// On paper, only the widget being printed: the page around it is hidden while a widget is
// marked. The sheet stays on the page's document, so printing the post itself later prints it.
// The host spans the page whatever the theme gives its element (a margin, padding or border
// on every div would otherwise push the lines' last words past the paper's edge).
const PRINT_ALONE_CSS =
  '@media print{body:has([data-ct-printing]) *{visibility:hidden!important}' +
  'body:has([data-ct-printing]) [data-ct-printing]{visibility:visible!important;position:absolute!important;' +
  'left:0!important;top:0!important;width:100%!important;margin:0!important;box-sizing:border-box!important}}';
let printSheet;

/** Prints the widget on `host` without the rest of the page (the module asks for it). */
function printAlone(host) {
  if (SHEETS && !printSheet) {
    printSheet = new CSSStyleSheet();
    printSheet.replaceSync(PRINT_ALONE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  }
  host.setAttribute('data-ct-printing', '');
  print();
  host.removeAttribute('data-ct-printing');
}

function supportsWasm() {
  return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
}

/** The standalone page (it opts in to offline use) is ours: its language and title follow
 *  the widget's (index.html is German). A blog page's language and title are the blog's own. */
function speakThePagesLanguage(host) {
  if (!STANDALONE) return;
  if ((document.documentElement.lang = language(host)) === 'en') document.title = 'Difficult client – client-triage';
}

/** Where the loader stands: not started or failed (`waiting`), fetching the module
 *  (`loading`), the module running (then: the function that mounts hosts added later), or
 *  `stopped` (the module crashed, or a newer build's loader took over). */
let phase = 'waiting';

async function load(attempt) {
  const hosts = [...document.querySelectorAll(HOSTS)];
  if (hosts.length === 0 || phase === 'stopped') return;
  phase = 'loading';
  speakThePagesLanguage(hosts[0]);
  if (!supportsWasm()) {
    console.error('client-triage: no WebAssembly in this browser.');
    hosts.forEach((host) => showPanel(host, 'noWasm'));
    return;
  }
  let blockedByCsp = false;
  const onViolation = (event) => {
    // Compiling wasm is reported as blocked "wasm-eval" (or "eval"); a blocked .wasm download
    // is a different problem (connect-src) and must not get this advice.
    if (/^(wasm-)?eval$/.test(event.blockedURI)) blockedByCsp = true;
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  // A fresh URL on retry: a failed module import may be remembered by the browser, and a bad
  // copy kept by a cache is passed by (the worker sends a retry to the network).
  let tries = attempt;
  const fresh = (file) => new URL(tries ? `${file}?retry=${tries}` : file, BASE);
  const files = {};
  let missing = false; // a hashed file the server no longer has: this loader may be stale
  /** A language's file, fetched once (a failure is forgotten: the next ask tries again), as
   *  [texts, screens]. The first one brings the widget's styles. */
  const file = (lang) =>
    (files[lang] ??= fetch(fresh(LANGUAGE_FILES[lang]))
      .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
      .catch((reason) => {
        // A file the server no longer has: a newer build is deployed. Before the module runs,
        // the newer loader takes over (`missing`); once it runs, the language comes from the
        // newer build (the module checks that it can read it).
        if (reason !== 404 && reason !== 410) throw reason;
        if (typeof phase === 'function') return deployedLanguage(lang);
        missing = true;
        throw reason;
      })
      .then((text) => {
        const [texts, screens, css, end] = text.split(PARTS);
        // The file ends with PARTS: one cut short (its styles half there) is no file.
        if (end !== '') throw new Error(`${LANGUAGE_FILES[lang]} is cut short`);
        if (!widgetCss) {
          widgetCss = css;
          SHEETS?.[0].replaceSync(css);
          hosts.forEach(shadowOf); // a <style> for a browser that needs one
        }
        return [texts, JSON.parse(screens)];
      })
      .catch((reason) => {
        delete files[lang];
        throw reason;
      }));
  /** The module asks for each language it needs. */
  const texts = (lang) => file(lang).then(([texts]) => texts);
  /** What the reader did on each host's start screen, handed to the module as it mounts. */
  const handovers = new Map();
  /** Mounts a widget on each of `hosts` that has none yet: with its shadow root, its styles,
   *  its language and what the reader did on its start screen; then the <style> goes back in
   *  for a browser that needs one (the module empties the shadow root). */
  const mountHosts = (hosts) => {
    for (const host of hosts) {
      if (mounted.has(host) || !shadowOf(host)) continue;
      mounted.add(host);
      glue.mount_host(host, language(host), ...(handovers.get(host) ?? []));
      handovers.delete(host);
      shadowOf(host);
    }
  };
  // The language each widget will most likely start in loads alongside the module (the
  // module sees a failure when it asks), and its start screen shows as soon as it is here.
  const shown = new Map();
  const drawn = hosts.map((host) => {
    const adopted = ADOPTED.get(host);
    if (adopted?.root.isConnected) shown.set(host, adopted);
    return file(language(host))
      .then(([, screens]) => shown.get(host) ?? shown.set(host, prerender(host, screens)))
      .catch(() => {});
  });
  /** Once the start screens are on screen: the module's start-up keeps the main thread busy for
   *  a while, and without a frame in between the reader would not see them before it. (A tab in
   *  the background draws no frames: it goes on after 100 ms.) */
  const startScreensShown = async () => {
    await Promise.all(drawn);
    if ([...shown.values()].some(Boolean)) {
      await new Promise((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve));
        setTimeout(resolve, 100);
      });
    }
  };
  let glue;
  /** The module reports a host whose language could not be loaded: its retry asks the running
   *  module to mount it again (the other widgets keep working). A failed module: every host,
   *  whose retry loads the module afresh. */
  const failed = (host) => {
    const retryHost = () => {
      tries += 1;
      mountHosts([host]);
    };
    if (host) showPanel(host, 'failed', [['retry', retryHost]]);
    else hosts.forEach((each) => showPanel(each, 'failed', [['retry', () => load(attempt + 1)]]));
  };
  try {
    // <module> (the single file starts its inlined module here instead)
    const wasm = fetch(fresh(WASM));
    wasm.catch(() => {}); // the module's start sees a failure
    glue = await import(fresh(GLUE).href);
    await startScreensShown();
    if (missing) throw new Error('a language file is gone');
    await glue.default({ module_or_path: wasm });
    // </module>
    // Only the module itself may report a crash: through this private callback.
    glue.crash_channel(showCrashPanels);
    glue.connect(texts, failed, printAlone);
    await pressEnded([...shown.values()]);
    shown.forEach((screen, host) => screen && !mounted.has(host) && handovers.set(host, handOver(host, screen)));
    mountHosts(document.querySelectorAll(HOSTS));
    phase = mountHosts;
    registerServiceWorker();
  } catch (error) {
    phase = 'waiting';
    // A panic while starting traps out of the start-up itself.
    if (error instanceof WebAssembly.RuntimeError) {
      console.error('client-triage: crashed while starting.', error);
      phase = 'stopped';
      showCrashPanels();
      return;
    }
    // The violation event is queued as its own task: let it arrive before deciding.
    await new Promise((resolve) => setTimeout(resolve));
    if (blockedByCsp || /Content Security Policy|blocked by CSP|wasm-eval|unsafe-eval/i.test(String(error))) {
      console.error(CSP_HELP);
      hosts.forEach((host) => showPanel(host, 'csp'));
    } else if (!(await handOverToNewBuild())) {
      console.error('client-triage: loading failed.', error);
      failed();
    }
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
}

/** Offline support where this page opts in (index.html does) and is in the worker's scope.
 *  At a site's root the worker would answer for the whole site (and its sw.js, index.html and
 *  favicon.svg could clash with the site's own): there it registers only when the opt-in says
 *  content="root". */
function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !STANDALONE) return;
  if (BASE.pathname === '/' && STANDALONE.content !== 'root') {
    console.info('client-triage: no offline support at the site root (see the README).');
    return;
  }
  navigator.serviceWorker.register(new URL('sw.js', BASE), { scope: BASE.pathname }).catch((error) => {
    console.warn('client-triage: no offline support here.', error);
  });
}

/** Saves what localStorage holds for this host: read here, since the module has crashed. */
function downloadStored(host) {
  let raw = null;
  try {
    raw = localStorage.getItem(storageKey(host));
  } catch {
    // Storage blocked: there is nothing saved to offer.
  }
  if (raw === null) return;
  const url = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'client-triage-data.json';
  link.click();
  // Not at once: Safari on iOS reads the URL after click() returns (WebKit bug 211234).
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Every widget shares the crashed module, so every one gets the panel. */
function showCrashPanels() {
  phase = 'stopped'; // hosts added later get no widget from a crashed module
  for (const host of document.querySelectorAll(HOSTS)) {
    showPanel(host, 'crashed', [
      ['reload', () => location.reload()],
      ['download', () => downloadStored(host)],
    ]);
  }
}

/** After a deploy, a reader's browser may still hold this loader (a host that lets it be
 *  cached, or caches it heuristically) while the files it names are gone. Asks the server for
 *  embed.js as it is now; if that names other files, a newer build is there, and its loader
 *  takes over the page (once: a server that keeps answering with another build gets the
 *  usual message). True when it did. */
async function handOverToNewBuild() {
  const self = new URL(import.meta.url);
  if (self.searchParams.has('ct-build')) return false;
  try {
    const response = await fetch(self, { cache: 'no-cache' });
    const now = response.ok ? await response.text() : '';
    if (!now || now.includes(GLUE)) return false;
    // A name of its own (its length and a short hash), so that the browser fetches it afresh.
    const hash = [...now].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 0) >>> 0;
    self.searchParams.set('ct-build', `${now.length}-${hash.toString(36)}`);
    console.info('client-triage: a newer version is deployed; it takes over.');
    await import(self.href);
    phase = 'stopped';
    return true;
  } catch {
    return false;
  }
}

/** Hosts added to the page later: mounted at once while the module runs; before it, they
 *  load it when near as the first ones do; while it loads, its first mount takes them. */
function hostsAdded(hosts) {
  if (typeof phase === 'function') phase(hosts);
  else if (phase === 'waiting') loadWhenNear(hosts);
}

/** A language's file as the build deployed now names it (this loader's name is gone): found
 *  in embed.js as the server has it now, then fetched. */
async function deployedLanguage(lang) {
  const response = await fetch(import.meta.url, { cache: 'no-cache' });
  const name = response.ok && (await response.text()).match(new RegExp(`texts-${lang}-[0-9a-f]+\\.txt`))?.[0];
  if (!name || name === LANGUAGE_FILES[lang]) throw 404;
  const file = await fetch(new URL(name, BASE));
  return file.ok ? file.text() : Promise.reject(file.status);
}

/** Calls `found` with the hosts added to the page from now on: a page whose content is
 *  swapped by script (PJAX, Turbo, Swup), infinite scroll, a widget in a dialog. */
function onHostsAdded(found) {
  new MutationObserver((records) => {
    const added = [];
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        if (node.matches(HOSTS)) added.push(node);
        added.push(...node.querySelectorAll(HOSTS));
      }
    }
    if (added.length) found(added);
  }).observe(document, { childList: true, subtree: true });
}

/** A blog post pays only for this loader until a widget comes within about one screen of the
 *  reader's view (or is in view already): most readers of a long post never scroll that far.
 *  The standalone page, a host with data-load="eager" and a browser without
 *  IntersectionObserver load at once. */
function loadWhenNear(hosts) {
  if (hosts.length === 0) return;
  if (
    STANDALONE ||
    hosts.some((host) => host.dataset.load === 'eager') ||
    !('IntersectionObserver' in window)
  ) {
    if (phase === 'waiting') load(0);
    return;
  }
  const observer = new IntersectionObserver(
    (seen) => {
      if (!seen.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      if (phase === 'waiting') load(0);
    },
    { rootMargin: '100% 0px' },
  );
  hosts.forEach((host) => observer.observe(host));
}

// Start screens in the page's HTML work before the loading begins.
const ADOPTED = new Map([...document.querySelectorAll(HOSTS)].map((host) => [host, adoptStartScreen(host)]));
onHostsAdded(hostsAdded);
loadWhenNear([...document.querySelectorAll(HOSTS)]);
