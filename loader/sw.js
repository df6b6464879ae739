// client-triage service worker: precaches one build and serves it, also offline.
// The build (scripts/post-build.mjs) fills in the cache name and the build's file list.
// Each build gets its own cache; the old one is deleted only after the new one is complete,
// so a page never mixes files from two builds.
const CACHE = '__CT_CACHE__';
const FILES = __CT_FILES__;

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
      .then((keys) => keys.filter((key) => key.startsWith('client-triage-') && key !== CACHE))
      .then((old) => Promise.all(old.map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin) return;
  event.respondWith(
    caches
      .open(CACHE)
      // ?lang= and ?retry= select the same file.
      .then((cache) => cache.match(event.request, { ignoreSearch: true }))
      .then((hit) => hit ?? fetch(event.request)),
  );
});
