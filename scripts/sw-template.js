// Waymark service worker (generated at build time by scripts/post-build.mjs
// from scripts/sw-template.js; do not edit dist/sw.js by hand).
//
// - Precaches the whole site on install, so everything works offline after
//   the first visit.
// - Hashed assets (name-<hex hash>.js/.wasm/.css/…): cache first; they never
//   change under the same name.
// - Everything else (index.html, config/, content/, locales/, manifest):
//   network first with the cache as fallback (offline, or no answer within
//   3 s on a weak signal), so an organisation's edit reaches people on their
//   next online visit and the app still opens offline.
// - Only same-origin GET requests are touched; nothing is ever sent anywhere.
// - A new version waits until the page says it may take over
//   ({type: 'activate-now'}), which the app does only at start-up, before
//   anything is unlocked or typed, so no draft is ever lost to an update.
const VERSION = '__VERSION__';
const CACHE = `waymark-${VERSION}`;
const PRECACHE = __PRECACHE__;
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

// Hashed files may come from the HTTP cache: the page has just downloaded
// them and their content cannot differ under the same name (`reload` would
// download the whole app a second time on a newcomer's first visit). The
// rest is fetched past the HTTP cache, so the precache holds the newest copy.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(
      PRECACHE.map((p) => new Request(p, { cache: HASHED.test(p) ? 'default' : 'reload' })),
    )),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('waymark-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'activate-now') self.skipWaiting();
});

async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

// Network first; offline, the cached copy of the same file (query ignored:
// `?pseudo=bidi` is the same page), else `fallback` (the start page). On a
// weak signal (no answer and no failure within WAIT_MS) the cached copy is
// used too; the late answer still refreshes the cache for the next visit.
const WAIT_MS = 3000;
function networkFirst(event, fallback) {
  const request = event.request;
  const network = fetch(request, { cache: 'no-cache' }).then(async (response) => {
    if (response.ok && !new URL(request.url).search) await (await caches.open(CACHE)).put(request, response.clone());
    return response;
  });
  event.waitUntil(network.catch(() => {}));
  const cached = async () =>
    (await caches.match(request, { ignoreSearch: true })) || (fallback && (await caches.match(fallback)));
  const late = new Promise((ok) => setTimeout(ok, WAIT_MS)).then(cached).then((copy) => copy || network);
  return Promise.race([network, late]).catch(async (err) => {
    const copy = await cached();
    if (copy) return copy;
    throw err;
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  if (!url.pathname.startsWith(scope.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(event, new URL('./', scope).href));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(event));
  }
});
