#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml). Runs on the staging directory after Trunk has written
// index.html and before the build is moved to the dist directory. Needs nothing but Node.
//
// 0. Gives the drafts module (built by Trunk without a hash, as for a worker) hashed file names and
//    names them in <meta name="drafts-module">, where the app's loader finds them
//    (src/ui/drafts_host.rs). It is fetched only when the drafts are shown.
// 1. Writes the first screen (top bar and start screen, src/ui/first_screen.rs) into <body>, so
//    it shows before the app's wasm has arrived.
// 2. Replaces Trunk's inline module loader with scripts/loader.js as `loader-<hash>.js`,
//    referenced with Subresource Integrity, so the Content-Security-Policy needs no
//    'unsafe-inline' and no hash of a generated script. The loader keeps the first screen working
//    until the app takes over, loads the app and registers the service worker (sw.js). The app's
//    files are named in <meta name="app-module">. Trunk's preload links are replaced by the
//    hook's own, placed after the stylesheets: the app's JS glue, the glue's snippets
//    (modulepreload) and its wasm (preload), so they are requested with the page instead of one
//    after another once the loader runs (issue #17, docs/PERFORMANCE.md).
// 3. Fills sw.js with this release's version and file list (every file of the build).
// 4. Checks that index.html has no inline script or style and no URL of another origin left.
// 5. Writes pre-compressed copies (`.br`, brotli quality 11; `.gz`, gzip -9) of every HTML, JS,
//    wasm, CSS and SVG file, for hosts that serve them as they are (nginx `brotli_static` /
//    `gzip_static`, Apache rewrite rules, most CDNs): no compression work per request, and the
//    smallest transfer. Hosts that do not know them ignore them. The service worker does not
//    list them (it stores the files as the browser received them).
//
// Any surprise fails the build: a page that would break its own CSP must never ship.
//
// Usage: node scripts/trunk-post-build.mjs [DIR]   (DIR defaults to $TRUNK_STAGING_DIR)

import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
const base = process.env.TRUNK_PUBLIC_URL || './';

function fail(message) {
  console.error(`trunk-post-build: ${message}`);
  process.exit(1);
}

if (!dir) fail('no directory: run from Trunk (TRUNK_STAGING_DIR) or pass one');

const sha = (alg, data) => createHash(alg).update(data);
const indexPath = join(dir, 'index.html');
let html;
try {
  html = readFileSync(indexPath, 'utf8');
} catch (e) {
  fail(`cannot read ${indexPath}: ${e.message}`);
}

// --- 0. The drafts module ------------------------------------------------------------------------
{
  const js = join(dir, 'drafts.js');
  const wasm = join(dir, 'drafts_bg.wasm');
  let code, bytes;
  try {
    code = readFileSync(js);
    bytes = readFileSync(wasm);
  } catch (e) {
    fail(`the drafts module is missing (index.html must build the "drafts" binary): ${e.message}`);
  }
  const hash = sha('sha256', Buffer.concat([code, bytes])).digest('hex').slice(0, 16);
  const [jsName, wasmName] = [`drafts-${hash}.js`, `drafts-${hash}_bg.wasm`];
  renameSync(js, join(dir, jsName));
  renameSync(wasm, join(dir, wasmName));
  // The drafts' stylesheet (index.html copies style/print.css without linking it): a hashed
  // name, fetched with the drafts module rather than with the first screen.
  const css = join(dir, 'print.css');
  let cssName;
  try {
    const sheet = readFileSync(css);
    cssName = `drafts-${sha('sha256', sheet).digest('hex').slice(0, 16)}.css`;
    renameSync(css, join(dir, cssName));
  } catch (e) {
    fail(`the drafts stylesheet is missing (index.html must copy style/print.css): ${e.message}`);
  }
  if (html.split('</head>').length !== 2) fail('index.html must have exactly one </head>');
  html = html.replace(
    '</head>',
    `<meta name="drafts-module" content="${base}${jsName}" data-wasm="${base}${wasmName}" data-css="${base}${cssName}">\n</head>`,
  );
}

// --- 0b. Stylesheets without comments and spare white space -----------------------------------
// Trunk copies the CSS as written (its minifier would also rewrite the HTML this hook works on).
// Comments go, runs of white space become one space, and none is kept beside { } ; , > or after
// a colon — a change that means the same CSS (no rule here has a string with those characters,
// see the test). The links' integrity is computed anew for the written bytes.
function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
/**
 * Our own scripts (the loader, the service worker) without their comment lines, blank lines and
 * indentation: they are fetched with the first screen, and those are for the source. Only whole
 * lines of comment go and only leading white space (neither script has a string that spans
 * lines), so no string or code is touched.
 */
function stripCommentLines(js) {
  return js
    .split('\n')
    .filter((l) => !/^\s*(\/\/.*|\/\*.*\*\/)?\s*$/.test(l))
    .map((l) => l.trimStart())
    .join('\n')
    .concat('\n');
}
/**
 * wasm-bindgen's JS glue (the app's and the drafts module's) without its comment lines and
 * indentation: JSDoc blocks and `//` lines are removed only as whole lines, tracked from `/*` to
 * `*\/`, and only leading white space goes (Trunk's own minifier cannot parse the glue). The
 * result must still parse as a module (`node --check`), or the build fails. About 0.8 KB brotli
 * less for the app (docs/PERFORMANCE.md).
 */
function stripGlue(js, name) {
  let inBlock = false;
  const kept = [];
  for (const line of js.split('\n')) {
    const t = line.trim();
    if (inBlock) {
      if (t.includes('*/')) {
        if (!t.endsWith('*/')) fail(`${name}: code after a comment block on one line: ${t}`);
        inBlock = false;
      }
      continue;
    }
    if (t.startsWith('/*')) {
      if (!t.includes('*/')) inBlock = true;
      else if (!t.endsWith('*/')) kept.push(t);
      continue;
    }
    if (t === '' || t.startsWith('//')) continue;
    kept.push(t);
  }
  if (inBlock) fail(`${name}: a comment block is not closed`);
  const out = `${kept.join('\n')}\n`;
  const check = join(dir, `.check-${name}.mjs`);
  writeFileSync(check, out);
  try {
    execFileSync(process.execPath, ['--check', check], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    fail(`${name} no longer parses without its comments: ${e.stderr}`);
  } finally {
    rmSync(check);
  }
  return out;
}
for (const name of readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'sw.js')) {
  const path = join(dir, name);
  writeFileSync(path, stripGlue(readFileSync(path, 'utf8'), name));
}

for (const name of readdirSync(dir).filter((f) => f.endsWith('.css'))) {
  const path = join(dir, name);
  const small = minifyCss(readFileSync(path, 'utf8'));
  writeFileSync(path, small);
  const integrity = `sha384-${sha('sha384', small).digest('base64')}`;
  html = html.replace(
    new RegExp(`(<link rel="stylesheet" href="[^"]*${name.replace(/[.]/g, '\\.')}" integrity=")[^"]*"`),
    `$1${integrity}"`,
  );
}

// --- 1. The first screen ------------------------------------------------------------------------
// The top bar and start screen as HTML (src/ui/first_screen.rs through the native `prerender`
// binary), so the page shows them after the HTML and CSS alone. $FIRST_SCREEN_HTML may name a
// file holding that fragment instead (the hook's own tests use it).
{
  let fragment;
  try {
    fragment = process.env.FIRST_SCREEN_HTML
      ? readFileSync(process.env.FIRST_SCREEN_HTML, 'utf8')
      : execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender'], {
        cwd: join(dirname(fileURLToPath(import.meta.url)), '..'),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
  } catch (e) {
    fail(`cannot write the first screen (cargo run --bin prerender): ${e.message}`);
  }
  if (!fragment.includes('id="first-screen"')) fail('the first screen has no element with id="first-screen"');
  // At the end of <body>: after the <noscript> note, which then reads first without JavaScript.
  if (html.split('</body>').length !== 2) fail('index.html must have exactly one </body>');
  html = html.replace('</body>', `${fragment.trim()}\n</body>`);
}

// --- 2. The loader ------------------------------------------------------------------------------
// Trunk's inline loader names the app's JS and wasm; scripts/loader.js replaces it. Trunk's
// preload links go; the hook writes its own after the last stylesheet, so the browser asks for
// the first screen's HTML and CSS first and for the app's files in the same round trip: the JS
// glue, the snippets it imports (otherwise found only once the glue has arrived) and the wasm.
// Measured on an emulated phone link against the links at the end of <body> and before the
// stylesheets: docs/PERFORMANCE.md.
const inline = [...html.matchAll(/<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g)];
const loaders = inline.filter((m) => /\bimport init\b/.test(m[1]));
if (loaders.length !== 1) {
  fail(`expected exactly one inline wasm loader in index.html, found ${loaders.length}`);
}
const appJs = loaders[0][1].match(/import init, \* as bindings from '([^']+)';/)?.[1];
const appWasm = loaders[0][1].match(/module_or_path: '([^']+)'/)?.[1];
if (!appJs || !appWasm) fail(`Trunk's loader has an unexpected shape: ${loaders[0][1]}`);
const template = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'loader.js'), 'utf8');
for (const placeholder of ["'__APP_JS__'", "'__APP_WASM__'", "'__IDS__'"]) {
  if (template.split(placeholder).length !== 2) fail(`loader.js must contain ${placeholder} exactly once`);
}
// The ids the loader shares with the app, from the app's own constants (src/ui/first_screen.rs).
// $FIRST_SCREEN_IDS may hold them instead (the hook's own tests use it).
let ids;
try {
  ids = JSON.parse(
    process.env.FIRST_SCREEN_IDS
      ?? execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender', '--', '--ids'], {
        cwd: join(dirname(fileURLToPath(import.meta.url)), '..'),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
  );
} catch (e) {
  fail(`cannot read the first screen's ids (cargo run --bin prerender -- --ids): ${e.message}`);
}
for (const key of ['screen', 'templateEn', 'status', 'langToggle', 'handoff']) {
  if (typeof ids[key] !== 'string' || !ids[key]) fail(`the first screen's ids lack ${key}`);
}
const loader = stripCommentLines(
  template
    .replace("'__APP_JS__'", JSON.stringify(appJs))
    .replace("'__APP_WASM__'", JSON.stringify(appWasm))
    .replace("'__IDS__'", JSON.stringify(ids)),
);
const loaderName = `loader-${sha('sha256', loader).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, loaderName), loader);
const integrity = `sha384-${sha('sha384', loader).digest('base64')}`;

// The app's files, as URLs relative to the page (Trunk writes them as `${base}name`).
const inDir = (url) => {
  if (!url.startsWith(base)) fail(`the app's file ${url} is not under ${base}`);
  return url.slice(base.length);
};
const sri = (file) => `sha384-${sha('sha384', readFileSync(join(dir, file))).digest('base64')}`;
let glue;
try {
  glue = readFileSync(join(dir, inDir(appJs)), 'utf8');
} catch (e) {
  fail(`cannot read the app's JS glue ${appJs}: ${e.message}`);
}
// wasm-bindgen's glue imports its snippets statically: `import * as import1 from "./snippets/…"`.
const snippets = [...new Set([...glue.matchAll(/^import [^;]*? from ["'](\.\/snippets\/[^"']+)["']/gm)].map((m) => m[1]))];
// Module preloads carry the file's integrity (the module map keeps the checked module); the wasm's
// preload does not, because wasm-bindgen's fetch() asks without one and would not reuse it.
// `crossorigin` matches the mode of import() and fetch(), as a preload must to be used.
const preloads = [
  `<link rel="modulepreload" href="${appJs}" crossorigin="anonymous" integrity="${sri(inDir(appJs))}">`,
  ...snippets.map((s) => {
    const file = join(dirname(inDir(appJs)), s);
    return `<link rel="modulepreload" href="${base}${file}" crossorigin="anonymous" integrity="${sri(file)}">`;
  }),
  `<link rel="preload" href="${appWasm}" as="fetch" type="application/wasm" crossorigin="anonymous">`,
].join('\n');

html = html
  .replace(
    loaders[0][0],
    `<script type="module" src="${base}${loaderName}" integrity="${integrity}"></script>`,
  )
  .replace(/<link rel="(?:modulepreload|preload)" [^>]*>/g, '');
const stylesheets = [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)];
const after = stylesheets.length ? stylesheets[stylesheets.length - 1] : null;
const at = after ? after.index + after[0].length : html.indexOf('</head>');
html = `${html.slice(0, at)}\n${preloads}${html.slice(at)}`
  .replace('</head>', `<meta name="app-module" content="${appJs}" data-wasm="${appWasm}">\n</head>`);
// The page's comments are for its source (index.html); the visitor downloads none of them.
html = html.replace(/[ \t]*<!--[\s\S]*?-->\n?/g, '');
writeFileSync(indexPath, html);

// --- 3. The service worker ----------------------------------------------------------------------
function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(dir, path).split(sep).join('/')];
  });
}
const files = walk(dir)
  .filter((f) => f !== 'sw.js' && !f.startsWith('.'))
  .sort();
if (!files.includes('index.html') || !files.some((f) => f.endsWith('.wasm'))) {
  fail(`the build looks incomplete: ${files.join(', ')}`);
}
const manifest = files
  .map((f) => `${f}\0${sha('sha256', readFileSync(join(dir, f))).digest('hex')}\n`)
  .join('');
const version = sha('sha256', manifest).digest('hex').slice(0, 16);
const swPath = join(dir, 'sw.js');
let sw;
try {
  sw = readFileSync(swPath, 'utf8');
} catch (e) {
  fail(`cannot read ${swPath} (index.html must copy assets/sw.js): ${e.message}`);
}
for (const placeholder of ["'__VERSION__'", "['__FILES__']"]) {
  if (sw.split(placeholder).length !== 2) fail(`sw.js must contain ${placeholder} exactly once`);
}
sw = stripCommentLines(
  sw.replace("'__VERSION__'", JSON.stringify(version)).replace("['__FILES__']", JSON.stringify(files)),
);
writeFileSync(swPath, sw);

// --- 4. Checks ----------------------------------------------------------------------------------
const problems = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
  if (!/\bsrc=/.test(m[1]) || m[2].trim() !== '') problems.push(`inline script: ${m[0].slice(0, 80)}`);
}
if (/<style\b/i.test(html)) problems.push('a <style> element');
if (/\sstyle=/i.test(html)) problems.push('a style attribute');
if (/\son[a-z]+=/i.test(html)) problems.push('an inline event handler');
for (const m of html.matchAll(/\b(?:src|href)="([^"]*)"/g)) {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(m[1])) problems.push(`a URL of another origin: ${m[1]}`);
}
if (!/<meta http-equiv="Content-Security-Policy"/.test(html)) problems.push('no Content-Security-Policy');
if (problems.length) fail(`index.html breaks the page's CSP:\n  ${problems.join('\n  ')}`);

// --- 5. Pre-compressed copies -----------------------------------------------------------------
let compressed = 0;
for (const f of walk(dir).filter((f) => /\.(html|js|wasm|css|svg)$/.test(f))) {
  const body = readFileSync(join(dir, f));
  const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length };
  writeFileSync(join(dir, `${f}.br`), brotliCompressSync(body, { params }));
  writeFileSync(join(dir, `${f}.gz`), gzipSync(body, { level: 9 }));
  compressed += 1;
}

console.log(`trunk-post-build: ${loaderName}, sw.js version ${version}, ${files.length} files, ${compressed} pre-compressed`);
