// client-triage loader: the one script a blog page includes (bundled into dist/embed.js by
// scripts/bundle-loader.mjs; its parts beside this file, one job each).
// It loads the WebAssembly module once for every `[data-client-triage]` element on the page and
// owns every fallback — no WebAssembly, a CSP that blocks it, a failed download, a crash —
// because the module itself may be what failed. No inline script or style: strict CSP holds.
// Until the module is there, it shows the start screen from the reader's language file: the
// intro and question 1, rendered at build time by the widget's own component
// (examples/texts.rs); Start, the client's name and question 1 work at once, and the module
// takes over from exactly that state (src/web/mount.rs).
// What it shares with the widget (names, texts, the language order) comes from Rust:
// loader/generated/facts.js, written from src/web/facts.rs and checked in.
import { HOSTS, LOAD_OPTION, TEXT } from '../generated/facts.js';
import { handOver } from './handover.js';
import { language, stored } from './language.js';
import { languageFile, startModule } from './module-fetch.js';
import { downloadStored, mounted, printAlone, shadowOf, showPanel, useWidgetCss } from './panels.js';
import { takeStartScreens } from './left-for-loader.js';
import { adoptStartScreen, pressEnded, prerender } from './start-screen.js';
import { BASE, STANDALONE, deployedLanguage, handOverToNewBuild, registerServiceWorker } from './upgrade.js';
import { LANGUAGE_FILES } from './build.js';

// A language file's parts: the texts, the pre-rendered screens and the widget's styles.
const PARTS = '\x1e';
const CSP_HELP =
  "client-triage: this page's Content-Security-Policy blocks WebAssembly. Add 'wasm-unsafe-eval' to script-src.";

function supportsWasm() {
  return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
}

/** The standalone page (it opts in to offline use) is ours: its language and title follow
 *  the widget's (index.html is German). A blog page's language and title are the blog's own. */
function speakThePagesLanguage(host) {
  if (!STANDALONE) return;
  document.title = TEXT[(document.documentElement.lang = language(host))].title;
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
    (files[lang] ??= languageFile(lang, fresh)
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
        useWidgetCss(css, hosts);
        return [texts, JSON.parse(screens)];
      })
      .catch((reason) => {
        delete files[lang];
        throw reason;
      }));
  /** The module asks for each language it needs. */
  const texts = (lang) => file(lang).then(([texts]) => texts);
  /** Mounts a widget on each of `hosts` that has none yet: with its shadow root, its styles,
   *  its language and what the reader did on its start screen; then the <style> goes back in
   *  for a browser that needs one (the module empties the shadow root). */
  const mountHosts = (hosts) => {
    for (const host of hosts) {
      if (mounted.has(host) || !shadowOf(host)) continue;
      mounted.add(host);
      glue.mount_host(host, language(host), ...(handovers.get(host) ?? []));
      shadowOf(host);
    }
  };
  // The language each widget will most likely start in loads alongside the module (the
  // module sees a failure when it asks), and its start screen shows as soon as it is here.
  const shown = new Map();
  const drawn = hosts.map((host) => {
    const adopted = ADOPTED.get(host);
    if (adopted?.shown?.root.isConnected && !mounted.has(host)) shown.set(host, adopted.shown);
    return file(language(host))
      .then(([, screens]) => shown.get(host) ?? shown.set(host, prerender(host, screens, undefined, adopted?.name)))
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
    glue = await startModule(fresh, async () => {
      await startScreensShown();
      if (missing) throw new Error('a language file is gone');
    });
    // Only the module itself may report a crash: through this private callback.
    glue.crash_channel(showCrashPanels);
    glue.connect(texts, failed, printAlone);
    await pressEnded([...shown.values()]);
    keepWhatWasDone(hosts, shown);
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
    } else if (await handOverToNewBuild(new Map(hosts.map((host) => [host, { shown: shown.get(host), name: ADOPTED.get(host)?.name }])))) {
      phase = 'stopped';
    } else {
      console.error('client-triage: loading failed.', error);
      // Kept for the retry: the message takes the place of the start screen.
      keepWhatWasDone(hosts, shown);
      failed();
    }
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
}

/** What the reader did on each host's start screen, handed to the module as it mounts (and
 *  again to the retry after a failure: `failed` replaces the screen with a message). */
const handovers = new Map();

/** Takes what the reader did on each of `hosts`' start screens (`shown`), for the module. A
 *  name typed on the page's start screen that had to go (stored data, storage refused) goes
 *  too: the module starts a client with it, beside any stored ones (State::continue_start). */
function keepWhatWasDone(hosts, shown) {
  for (const host of hosts) {
    if (mounted.has(host) || handovers.has(host)) continue;
    const screen = shown.get(host);
    const typed = ADOPTED.get(host)?.name;
    if (screen) handovers.set(host, handOver(host, screen));
    else if (typed) handovers.set(host, [typed]);
  }
}

function hasStored(host) {
  try {
    return stored(host) !== null;
  } catch {
    return false;
  }
}

/** Every widget shares the crashed module, so every one gets the panel. */
function showCrashPanels() {
  phase = 'stopped'; // hosts added later get no widget from a crashed module
  for (const host of document.querySelectorAll(HOSTS)) {
    const buttons = [['reload', () => location.reload()]];
    // Only with something to download: no button that does nothing (storage refused, or
    // nothing kept yet).
    if (hasStored(host)) buttons.push(['download', () => downloadStored(host)]);
    showPanel(host, 'crashed', buttons);
  }
}

/** Hosts added to the page later: mounted at once while the module runs; before it, they
 *  load it when near as the first ones do; while it loads, its first mount takes them. */
function hostsAdded(hosts) {
  if (typeof phase === 'function') phase(hosts);
  else if (phase === 'waiting') loadWhenNear(hosts);
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
    hosts.some((host) => host.dataset[LOAD_OPTION] === 'eager') ||
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

// Start screens in the page's HTML work before the loading begins; where an older build's loader
// ran them and handed over to this one (handOverToNewBuild), they go on as they are.
const inherited = takeStartScreens();
const ADOPTED = new Map([...document.querySelectorAll(HOSTS)].map((host) => [host, inherited?.get(host) ?? adoptStartScreen(host)]));
onHostsAdded(hostsAdded);
loadWhenNear([...document.querySelectorAll(HOSTS)]);
