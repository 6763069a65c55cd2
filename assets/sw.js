// Datenpanne-Selbstcheck: service worker for offline use.
//
// It keeps exactly the files of this release (no user data: answers never pass through here)
// and serves them when the network is gone. scripts/trunk-post-build.mjs fills in VERSION (a
// hash over the release's files) and FILES (every file of the build, relative to this script)
// at build time; a new release therefore has a new sw.js, which the browser installs, and the
// old release's cache is deleted on activation.
//
// The page and the build's files come from the cache at once: a return visit waits neither for
// the network nor for anything but this worker's cache (docs/PERFORMANCE.md). The release is
// revalidated in the background: the browser fetches sw.js anew after every navigation it
// handles, and a new release has a new sw.js, which installs the new files and takes over; the
// visit after that shows the new release. Until then the page on screen belongs to the previous
// release, so the new cache keeps the previous release's files that the new one does not have
// (its drafts module, say) for one release more. Without a cached page (the first visit, or
// the cache deleted) navigations go to the network. Nothing else is touched: requests to other
// paths or origins pass through unchanged.

const VERSION = '__VERSION__';
const FILES = ['__FILES__'];

// Cache names carry the scope, so two copies of the app under different paths of one origin
// never delete each other's caches.
const SCOPE = self.registration.scope;
const PREFIX = 'datenpanne-selbstcheck:' + SCOPE + ':';
const CACHE = PREFIX + VERSION;
const URLS = new Set(FILES.map((f) => new URL(f, self.location.href).href));
const PAGE = new URL('index.html', self.location.href).href;

// Marks an entry that the new cache keeps from the release before it (and does not pass on).
const KEPT = 'x-datenpanne-selbstcheck-previous-release';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache
          .addAll([...URLS].map((url) => new Request(url, { cache: 'reload' })))
          .then(() => keepPrevious(cache)),
      )
      .then(() => self.skipWaiting()),
  );
});

// Copies into `cache` the files of the previous release that this one does not have, so that a
// page of the previous release still open (or shown once more from the cache) finds the files
// it loads later. Entries kept this way are not kept again by the release after.
function keepPrevious(cache) {
  return caches.keys().then((keys) =>
    Promise.all(
      keys
        .filter((k) => k.startsWith(PREFIX) && k !== CACHE)
        .map((k) =>
          caches.open(k).then((old) =>
            old.keys().then((requests) =>
              Promise.all(
                requests
                  .filter((r) => !URLS.has(r.url))
                  .map((r) =>
                    old.match(r).then((response) => {
                      if (!response || response.headers.has(KEPT)) return undefined;
                      const headers = new Headers(response.headers);
                      headers.set(KEPT, '1');
                      return response.blob().then((body) =>
                        cache.put(r, new Response(body, { status: response.status, statusText: response.statusText, headers })),
                      );
                    }),
                  ),
              ),
            ),
          ),
        ),
    ),
  );
}

// "Alle Daten in diesem Browser löschen" (src/ui/case_menu.rs): remove the offline copy, that is
// every cache of this app on this origin, and this registration.
self.addEventListener('message', (event) => {
  if (event.data !== 'datenpanne-selbstcheck:delete') return;
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('datenpanne-selbstcheck:')).map((k) => caches.delete(k))))
      .then(() => self.registration.unregister()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

function cached(url) {
  return caches.open(CACHE).then((cache) => cache.match(url));
}

// No cached page: the network, and the cached page when the network fails or errs (as when the
// cache holds a page but the request is for another path of the scope).
function network(request) {
  return fetch(request).then(
    (response) => (response.ok ? response : cached(PAGE).then((hit) => hit || response)),
    () => cached(PAGE).then((hit) => hit || Promise.reject(new Error('offline and not cached'))),
  );
}

// The scope's own address (with or without index.html, any query) is the page.
function isPage(url) {
  const bare = new URL(url);
  bare.search = '';
  bare.hash = '';
  return bare.href === PAGE || bare.href === SCOPE;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      isPage(request.url) ? cached(PAGE).then((hit) => hit || network(request)) : network(request),
    );
    return;
  }
  url.search = '';
  url.hash = '';
  if (!url.href.startsWith(SCOPE)) return;
  // This release's files, and what the cache keeps of the previous one; anything else passes.
  event.respondWith(cached(url.href).then((hit) => hit || fetch(request)));
});
