// client-triage service worker: keeps the standalone page (index.html and what it loads) for
// offline use and serves it. The build (scripts/post-build.mjs) fills in the build id and the
// page's files; the single file and the blog demo are not kept (they are not this page).
// Each build gets its own cache, named after this worker's scope so that another copy of the
// widget on the same origin keeps its own. After a deploy the new worker takes over at once,
// so a page still running the previous build keeps being answered from that build's cache:
// the cache of the build before is kept, only older ones are deleted.
const PREFIX = `client-triage:${self.registration.scope}:`;
const CACHE = `${PREFIX}__CT_BUILD__`;
const PREVIOUS = `${PREFIX}previous`;
// Names that carry a hash of their content: the copy the page has just loaded, from the HTTP
// cache, is the right one, so a first visit does not download them twice.
const HASHED = __CT_HASHED__;
// The language files: only those the reader uses, so a first visit does not download the
// language nobody reads here (keepLanguages); later, one the reader switches to.
const LANGUAGES = __CT_LANGUAGES__;
// The others keep their names across builds: revalidated (a 304 when the host sends an ETag).
const FILES = __CT_FILES__;
// The first 16 hex digits of the SHA-256 of each file above with a hashed name, by its address:
// a copy that does not match (cut short by a dropped connection, spoilt by a proxy or a full
// disk) is fetched again instead of being served for ever.
const DIGESTS = new Map(Object.entries(__CT_DIGESTS__).map(([file, digest]) => [new URL(file, location).href, digest]));
// Query parameters the widget's files may carry and still be the same file: the page's language
// (`?lang=`, the facts' LANGUAGE_PARAMETER, filled in by post-build). (A retry, and the loader's
// handover to a newer build's embed.js, `?ct-build=`, go to the network.)
const OWN_PARAMS = [__CT_LANGUAGE_PARAMETER__, 'ct-panic'];

/** A response as it can be replayed for a navigation: a redirected one (a host that answers
 *  index.html with a redirect to ./) would be refused by the browser when served offline. */
async function replayable(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

async function fetchOk(file, cache) {
  const response = await fetch(new Request(file, { cache }));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return replayable(response);
}

/** Whether `response` is the file at `href` as the build made it (a file without a digest is). */
async function intact(href, response) {
  const digest = DIGESTS.get(href);
  if (!digest) return true;
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
  return [...hash.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('') === digest;
}

/** A hashed file from the HTTP cache, where the page has just put it; a spoilt copy there is
 *  fetched again from the server. */
async function fetchIntact(file) {
  const cached = await fetchOk(file, 'force-cache');
  return (await intact(new URL(file, location).href, cached)) ? cached : fetchOk(file, 'reload');
}

/** The caches of this copy's other builds. Never this build's own: opening it while it is
 *  filled would bring it back after a failed install had deleted it. */
const otherBuilds = async () => (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);

/** A language file's name without its hash: `texts-de-`. */
const languageOf = (file) => file.replace(/[0-9a-f]+\.txt$/, '');

/** The language files an earlier build of this copy kept: the reader used those languages,
 *  so a deploy must not take them away offline. */
async function languagesKeptBefore() {
  const kept = new Set();
  for (const key of await otherBuilds()) {
    for (const request of await (await caches.open(key)).keys()) {
      kept.add(languageOf(new URL(request.url).pathname.split('/').pop()));
    }
  }
  return kept;
}

/** Keeps the languages the reader uses: those the page has just loaded (from the HTTP cache,
 *  never the network) and those an earlier build kept. If that finds none (a host that sends
 *  no-store, a file loaded on a retry, an engine without only-if-cached): all of them. */
async function keepLanguages(cache) {
  const before = await languagesKeptBefore();
  const loaded = await Promise.all(
    LANGUAGES.map(async (file) => {
      const response = await fetch(file, { cache: 'only-if-cached', mode: 'same-origin' }).catch(() => null);
      if (!response?.ok) return false;
      const href = new URL(file, location).href;
      await cache.put(file, (await intact(href, response)) ? response : await fetchOk(file, 'reload'));
      return true;
    }),
  );
  const used = LANGUAGES.map((file, i) => loaded[i] || before.has(languageOf(file)));
  const missing = LANGUAGES.filter((file, i) => !loaded[i] && (used[i] || !used.some(Boolean)));
  await Promise.all(missing.map(async (file) => cache.put(file, await fetchIntact(file))));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        await Promise.all([
          ...HASHED.map(async (file) => cache.put(file, await fetchIntact(file))),
          ...FILES.map(async (file) => cache.put(file, await fetchOk(file, 'no-cache'))),
          keepLanguages(cache),
          // The page under both of its addresses, from one download.
          (async () => {
            const page = await fetchOk('./', 'no-cache');
            await cache.put('index.html', page.clone());
            await cache.put('./', page);
          })(),
        ]);
      } catch (error) {
        // A half-filled cache must not linger, nor later pass for the previous build.
        await caches.delete(CACHE);
        throw error;
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // The newest of the other builds becomes "previous"; everything older goes.
      const others = (await otherBuilds()).filter((key) => key !== PREVIOUS);
      if (others.length) {
        await caches.delete(PREVIOUS);
        const from = await caches.open(others[others.length - 1]);
        const to = await caches.open(PREVIOUS);
        for (const request of await from.keys()) await to.put(request, await from.match(request));
        await Promise.all(others.map((key) => caches.delete(key)));
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin) return;
  // A retry is the reader's way past a bad copy: it goes to the network.
  if (url.searchParams.has('retry')) return;
  // The page is the page whatever its query (?utm_source=…, ?fbclid=… from a shared link).
  if (event.request.mode === 'navigate') url.search = '';
  for (const param of OWN_PARAMS) url.searchParams.delete(param);
  if (url.search) return; // not a request for one of our files
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const kept = (await cache.match(url.href)) ?? (await (await caches.open(PREVIOUS)).match(url.href));
      if (kept && (await intact(url.href, kept))) return kept;
      if (kept) {
        // Spoilt: the server's copy replaces it, if it is the right one; offline, the spoilt
        // one is all there is (the loader says so, and its retry goes to the network).
        const fresh = await fetch(url.href, { cache: 'reload' }).catch(() => null);
        if (!fresh?.ok) return kept;
        if (await intact(url.href, fresh)) await cache.put(url.href, fresh.clone());
        return fresh;
      }
      const response = await fetch(event.request);
      // A language the reader switches to is kept from then on.
      if (response.ok && LANGUAGES.some((file) => new URL(file, location).href === url.href)) {
        await cache.put(url.href, response.clone()).catch(() => {});
      }
      return response;
    })(),
  );
});
