// The page's loader. scripts/trunk-post-build.mjs fills in the app's file names and writes it as
// loader-<hash>.js, referenced with Subresource Integrity (the CSP allows no inline script).
//
// 1. Keeps the first screen that index.html shows (src/ui/first_screen.rs) useful until the app
//    has arrived: the language switch works at once; any other button is noted, and the status
//    line says that the app is still loading. src/ui/handoff.rs presses those buttons again once
//    the app has taken over, in the same order.
// 2. Loads the app (its JS, then its wasm; index.html preloads both with the page). If it cannot
//    start, the status line says so in the language shown.
// 3. Registers the service worker, which caches exactly this release's files for offline use,
//    once the app has taken over (in a later task: its install fetches the whole build).
// The ids and names the app uses too (src/ui/first_screen.rs, `prerender --ids`), written in by
// the post-build hook.
const ids = '__IDS__';
const state = { clicks: [], lang: undefined, taken: false };
window[ids.handoff] = state;
const screen = document.getElementById(ids.screen);
const saved = {};

/** Show the first screen in `lang` ('de' is in the page, 'en' in a template). */
function show(lang) {
  const current = document.documentElement.lang === 'en' ? 'en' : 'de';
  if (!screen || lang === current) return;
  const template = document.getElementById(ids.templateEn);
  if (lang === 'en' && !template) return;
  saved[current] = screen.innerHTML;
  screen.innerHTML = saved[lang] ?? template.innerHTML;
  document.documentElement.lang = lang;
}

function status(kind) {
  const line = document.getElementById(ids.status);
  if (line) line.textContent = line.dataset[kind] || '';
}

if (screen) {
  // A language asked for in the URL (?lang=en, read as src/ui/embed.rs reads it) shows at once.
  const asked = (new URLSearchParams(location.search).get('lang') || '').trim().toLowerCase();
  if (asked === 'en' || asked === 'de') show(asked);
  screen.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button || state.taken) return;
    if (button.id === ids.langToggle) {
      // The switch's own `lang` is the language it switches to.
      state.lang = button.lang;
      show(button.lang);
      document.getElementById(ids.langToggle)?.focus();
      return;
    }
    state.clicks.push(button.id ? `#${button.id}` : `[data-action="${button.dataset.action}"]`);
    status('loading');
  });
}

try {
  const bindings = await import('__APP_JS__');
  const wasm = await bindings.default({ module_or_path: '__APP_WASM__' });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  status('failed');
  throw error;
}

if ('serviceWorker' in navigator) {
  setTimeout(() => navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).catch(() => {}), 0);
}
