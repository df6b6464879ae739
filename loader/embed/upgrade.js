// Where the loader lives and what comes after it: the standalone page's service worker, and a
// newer build deployed while a reader's browser still holds this loader.
import { STANDALONE as STANDALONE_SELECTOR } from '../generated/facts.js';
import { GLUE, LANGUAGE_FILES } from './build.js';
import { leaveStartScreens, takeStartScreens } from './left-for-loader.js';

/** The folder of the loader, and of every file it loads. */
export const BASE = new URL('.', import.meta.url);
// The standalone page opts in to offline use; a blog page does not.
export const STANDALONE = document.querySelector(STANDALONE_SELECTOR);

/** Offline support where this page opts in (index.html does) and is in the worker's scope.
 *  At a site's root the worker would answer for the whole site (and its sw.js, index.html and
 *  favicon.svg could clash with the site's own): there it registers only when the opt-in says
 *  content="root". */
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !STANDALONE) return;
  if (BASE.pathname === '/' && STANDALONE.content !== 'root') {
    console.info('client-triage: no offline support at the site root (see the README).');
    return;
  }
  navigator.serviceWorker.register(new URL('sw.js', BASE), { scope: BASE.pathname }).catch((error) => {
    console.warn('client-triage: no offline support here.', error);
  });
}

/** After a deploy, a reader's browser may still hold this loader (a host that lets it be
 *  cached, or caches it heuristically) while the files it names are gone. Asks the server for
 *  embed.js as it is now; if that names other files, a newer build is there, and its loader
 *  takes over the page with the start screens as they are (`screens`, what the reader did on
 *  them included; once: a server that keeps answering with another build gets the usual
 *  message). True when it did: this loader then stops. */
export async function handOverToNewBuild(screens) {
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
    leaveStartScreens(screens);
    await import(self.href);
    return true;
  } catch {
    takeStartScreens();
    return false;
  }
}

/** A language's file as the build deployed now names it (this loader's name is gone): found
 *  in embed.js as the server has it now, then fetched. */
export async function deployedLanguage(lang) {
  const response = await fetch(import.meta.url, { cache: 'no-cache' });
  const name = response.ok && (await response.text()).match(new RegExp(`texts-${lang}-[0-9a-f]+\\.txt`))?.[0];
  if (!name || name === LANGUAGE_FILES[lang]) throw 404;
  const file = await fetch(new URL(name, BASE));
  return file.ok ? file.text() : Promise.reject(file.status);
}
