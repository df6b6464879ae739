// client-triage service worker: precaches one build and serves it, also offline.
// The build (scripts/post-build.mjs) fills in the build id and the build's file list.
// Each build gets its own cache, named after this worker's scope so that another copy of the
// widget on the same origin keeps its own; the old cache is deleted only after the new one
// is complete, so a page never mixes files from two builds.
const PREFIX = `client-triage:${self.registration.scope}:`;
const CACHE = `${PREFIX}__CT_BUILD__`;
const FILES = __CT_FILES__;
// Query parameters the widget itself uses; any other query belongs to someone else's page.
const OWN_PARAMS = ['lang', 'retry', 'ct-panic'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE))
      .then((old) => Promise.all(old.map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin) return;
  for (const param of OWN_PARAMS) url.searchParams.delete(param);
  if (url.search) return; // not a request for one of our files
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(url.href))
      .then((hit) => hit ?? fetch(event.request)),
  );
});
