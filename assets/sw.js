// Datenpanne-Selbstcheck: service worker for offline use.
//
// It keeps exactly the files of this release (no user data: answers never pass through here)
// and serves them when the network is gone. scripts/trunk-post-build.mjs fills in VERSION (a
// hash over the release's files) and FILES (every file of the build, relative to this script)
// at build time; a new release therefore has a new sw.js, which the browser installs, and the
// old release's cache is deleted on activation.
//
// Navigations go to the network first (the newest release wins while online) and fall back to
// the cached page; the hashed build files come from the cache first. Nothing else is touched:
// requests to other paths or origins pass through unchanged.

const VERSION = '__VERSION__';
const FILES = ['__FILES__'];

// Cache names carry the scope, so two copies of the app under different paths of one origin
// never delete each other's caches.
const SCOPE = self.registration.scope;
const PREFIX = 'datenpanne-selbstcheck:' + SCOPE + ':';
const CACHE = PREFIX + VERSION;
const URLS = new Set(FILES.map((f) => new URL(f, self.location.href).href));
const PAGE = new URL('index.html', self.location.href).href;
// How long a navigation waits for the network before the cached page is shown.
const NAVIGATION_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...URLS].map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

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

function networkFirst(request) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fallback = () =>
      cached(PAGE).then((hit) => {
        if (!settled) {
          settled = true;
          hit ? resolve(hit) : reject(new Error('offline and not cached'));
        }
      });
    const timer = setTimeout(fallback, NAVIGATION_TIMEOUT_MS);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        if (settled) return;
        if (response.ok) {
          settled = true;
          resolve(response);
        } else {
          cached(PAGE).then((hit) => {
            settled = true;
            resolve(hit || response);
          });
        }
      },
      () => {
        clearTimeout(timer);
        fallback();
      },
    );
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
    return;
  }
  url.search = '';
  url.hash = '';
  if (!URLS.has(url.href)) return;
  event.respondWith(cached(url.href).then((hit) => hit || fetch(request)));
});
