// The Trunk post-build hook (scripts/trunk-post-build.mjs) on a small staging directory shaped
// like Trunk's: it names the drafts module with a hash, writes the first screen into <body>,
// replaces the inline loader with scripts/loader.js in a file, fills the service worker's list,
// writes pre-compressed copies, and fails the build loudly when something it needs is missing.
// No browser, no Trunk, no cargo (the first screen comes from a fixture).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { ROOT } from './paths.mjs';

const HOOK = join(ROOT, 'scripts/trunk-post-build.mjs');

const INDEX = `<!DOCTYPE html><html><head>
<!-- A comment for the source only. -->
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">
<link rel="modulepreload" href="./app-0123.js">
<link rel="stylesheet" href="./style.css" integrity="sha384-x"/></head><body>
<script type="module">
import init, * as bindings from './app-0123.js';
const wasm = await init({ module_or_path: './app-0123_bg.wasm' });
</script></body></html>`;

/** A staging directory as Trunk leaves it; `omit` leaves files out. */
function staging(omit = []) {
  const dir = mkdtempSync(join(tmpdir(), 'post-build-'));
  const files = {
    'index.html': INDEX,
    'app-0123.js': 'import * as import1 from "./snippets/app-77/inline0.js"\nexport default async function init() {}\n',
    'snippets/app-77/inline0.js': 'export function now() { return 0; }\n',
    'app-0123_bg.wasm': Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]),
    'drafts.js': 'export function mount() {}\n',
    'drafts_bg.wasm': Buffer.from([0, 97, 115, 109, 1, 0, 0, 0, 1]),
    'print.css': '/* the drafts */\n.draft-preview {\n  border: 1px solid;\n}\n',
    'style.css': '/* the page */\nbody > p {\n  color: red;\n  margin: 0 auto;\n}\n',
    'sw.js': "// The worker.\nconst VERSION = '__VERSION__';\n\n  // Every file.\nconst FILES = ['__FILES__'];\n",
  };
  mkdirSync(join(dir, 'snippets/app-77'), { recursive: true });
  for (const [name, body] of Object.entries(files)) if (!omit.includes(name)) writeFileSync(join(dir, name), body);
  return dir;
}

const FRAGMENT = '<div id="first-screen" class="first-screen"><h1>Erster Bildschirm</h1></div>';

/** Runs the hook on `dir`, the first screen read from a file holding `fragment`. */
function run(dir, fragment = FRAGMENT) {
  const file = join(mkdtempSync(join(tmpdir(), 'first-screen-')), 'fragment.html');
  writeFileSync(file, fragment);
  const ids = JSON.stringify({ screen: 'first-screen', templateEn: 'first-screen-en', status: 'first-screen-status', langToggle: 'lang-toggle', handoff: '__firstScreen' });
  const env = { ...process.env, TRUNK_PUBLIC_URL: './', FIRST_SCREEN_HTML: file, FIRST_SCREEN_IDS: ids };
  return spawnSync(process.execPath, [HOOK, dir], { encoding: 'utf8', env });
}

test('names the drafts module, moves the loader, lists the files, writes compressed copies', () => {
  const dir = staging();
  try {
    const r = run(dir);
    assert.equal(r.status, 0, r.stderr);
    const names = readdirSync(dir).sort();
    const drafts = names.filter((n) => /^drafts-[0-9a-f]{16}(\.js|_bg\.wasm)$/.test(n));
    assert.equal(drafts.length, 2, names.join(' '));
    assert.ok(!existsSync(join(dir, 'drafts.js')) && !existsSync(join(dir, 'drafts_bg.wasm')), 'the unhashed names are gone');
    const [js, wasm] = [drafts.find((n) => n.endsWith('.js')), drafts.find((n) => n.endsWith('.wasm'))];
    assert.equal(js.slice(0, 23), wasm.slice(0, 23), 'one hash for both files');

    const css = names.find((n) => /^drafts-[0-9a-f]{16}\.css$/.test(n));
    assert.ok(css && !existsSync(join(dir, 'print.css')), 'the drafts stylesheet has a hashed name');
    assert.equal(readFileSync(join(dir, css), 'utf8'), '.draft-preview{border:1px solid}', 'and no comments');

    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.ok(html.includes(`<meta name="drafts-module" content="./${js}" data-wasm="./${wasm}" data-css="./${css}">`), html);
    // The page's stylesheet is written without comments and spare white space, and its link
    // carries the integrity of what is written.
    assert.equal(readFileSync(join(dir, 'style.css'), 'utf8'), 'body>p{color:red;margin:0 auto}');
    assert.ok(!/<script type="module">/.test(html), 'no inline script is left');
    assert.ok(!html.includes('<!--'), 'no comment is left in the page');
    const loader = names.find((n) => /^loader-[0-9a-f]{16}\.js$/.test(n));
    assert.ok(loader && html.includes(`src="./${loader}" integrity="sha384-`), html);
    assert.ok(html.includes(`${FRAGMENT}\n</body>`), 'the first screen closes the body');
    assert.ok(html.includes('<meta name="app-module" content="./app-0123.js" data-wasm="./app-0123_bg.wasm">'), html);
    // The app's files are requested with the page, after the stylesheets: glue, snippet, wasm.
    const links = [...html.matchAll(/<link rel="(modulepreload|preload|stylesheet)" href="([^"]+)"[^>]*>/g)].map((m) => [m[1], m[2], m[0]]);
    assert.deepEqual(links.map(([rel, href]) => [rel, href]), [
      ['stylesheet', './style.css'],
      ['modulepreload', './app-0123.js'],
      ['modulepreload', './snippets/app-77/inline0.js'],
      ['preload', './app-0123_bg.wasm'],
    ]);
    const sri = (f) => `integrity="sha384-${createHash('sha384').update(readFileSync(join(dir, f))).digest('base64')}"`;
    assert.ok(links[0][2].includes(sri('style.css')), links[0][2]);
    assert.ok(links[1][2].includes(sri('app-0123.js')) && links[2][2].includes(sri('snippets/app-77/inline0.js')), html);
    assert.ok(links.slice(1).every(([, , tag]) => tag.includes('crossorigin="anonymous"')), html);
    assert.ok(links[3][2].includes('as="fetch"') && !links[3][2].includes('integrity'), links[3][2]);
    const code = readFileSync(join(dir, loader), 'utf8');
    assert.ok(code.includes(`await import("./app-0123.js")`) && code.includes(`module_or_path: "./app-0123_bg.wasm"`), code);
    assert.ok(!code.includes('__APP_'), 'no placeholder is left');

    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    assert.ok(!sw.includes('//') && !sw.includes('\n\n'), `no comment or blank line: ${sw}`);
    const listed = JSON.parse(/const FILES = (\[.*\]);/.exec(sw)[1]);
    assert.deepEqual(listed, ['app-0123.js', 'app-0123_bg.wasm', css, js, wasm, 'index.html', loader, 'snippets/app-77/inline0.js', 'style.css'].sort());
    assert.match(sw, /const VERSION = "[0-9a-f]{16}";/);

    for (const f of listed) {
      assert.ok(brotliDecompressSync(readFileSync(join(dir, `${f}.br`))).equals(readFileSync(join(dir, f))), `${f}.br`);
      assert.ok(existsSync(join(dir, `${f}.gz`)), `${f}.gz`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the same input gives the same names and version', () => {
  const [a, b] = [staging(), staging()];
  try {
    assert.equal(run(a).status, 0);
    assert.equal(run(b).status, 0);
    assert.deepEqual(readdirSync(a).sort(), readdirSync(b).sort());
    assert.equal(readFileSync(join(a, 'sw.js'), 'utf8'), readFileSync(join(b, 'sw.js'), 'utf8'));
  } finally {
    for (const d of [a, b]) rmSync(d, { recursive: true, force: true });
  }
});

test('a build without the drafts module fails with a reason', () => {
  for (const missing of ['drafts.js', 'drafts_bg.wasm']) {
    const dir = staging([missing]);
    try {
      const r = run(dir);
      assert.equal(r.status, 1, `without ${missing}`);
      assert.match(r.stderr, /trunk-post-build: the drafts module is missing \(index\.html must build the "drafts" binary\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const dir = staging(['print.css']);
  try {
    const r = run(dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /trunk-post-build: the drafts stylesheet is missing \(index\.html must copy style\/print\.css\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a first screen without its element, or a loader of another shape, fails with a reason', () => {
  const dir = staging();
  try {
    const r = run(dir, '<h1>no id</h1>');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /trunk-post-build: the first screen has no element with id="first-screen"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const other = staging();
  try {
    const index = join(other, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace("module_or_path: './app-0123_bg.wasm'", "'./app-0123_bg.wasm'"));
    const r = run(other);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /trunk-post-build: Trunk's loader has an unexpected shape/);
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
});
