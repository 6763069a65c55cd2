// The size budget (issue #7): the first screen (index.html with its CSS and loader, shown before
// the app's wasm has arrived) stays within the 100 KB target, and the first screen plus the app
// module stays under the ratchet ceiling. The drafts module, loaded only on the summary step, is
// measured and printed beside them, with its stylesheet; the pre-compressed copies are checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CEILING_BROTLI_BYTES, TARGET_BROTLI_BYTES, measure, walk } from './sizes.mjs';
import { DIST } from './paths.mjs';

const line = (f) => `${f.name}: raw ${f.raw}, gzip ${f.gzip}, brotli ${f.brotli}`;

test('first screen within the 100 KB target, first screen and app within the ceiling', () => {
  assert.ok(existsSync(DIST), `no build at ${DIST}: run trunk build --release first`);
  const { files, total, app, untilApp, lazy } = measure(DIST);
  const names = files.map((f) => f.name);
  assert.ok(names.includes('index.html'), 'the build has index.html');
  assert.ok(names.some((n) => /^loader-[0-9a-f]{16}\.js$/.test(n)), 'the loader is part of the first screen');
  assert.ok(!names.some((n) => n.endsWith('.wasm')), 'the first screen needs no wasm');
  assert.ok(!names.some((n) => n.startsWith('drafts-')), 'the drafts module is not part of the first screen');
  assert.ok(app.files.some((f) => f.name.endsWith('_bg.wasm')), 'the app module has its wasm');
  assert.deepEqual(
    lazy.files.map((f) => f.name.replace(/^drafts-[0-9a-f]{16}/, 'drafts')).sort(),
    ['drafts.css', 'drafts.js', 'drafts_bg.wasm'],
    'the drafts module is a JS and a wasm file, with its stylesheet',
  );
  assert.ok(!names.some((n) => n.startsWith('snippets/')), 'snippets come with the modules that import them');
  for (const f of files) console.log(`first screen: ${line(f)}`);
  console.log(`first screen total: raw ${total.raw}, gzip ${total.gzip}, brotli ${total.brotli}; target ${TARGET_BROTLI_BYTES} B (asserted)`);
  for (const f of app.files) console.log(`app: ${line(f)}`);
  console.log(`first screen and app: raw ${untilApp.raw}, gzip ${untilApp.gzip}, brotli ${untilApp.brotli}; ceiling ${CEILING_BROTLI_BYTES} B (asserted)`);
  for (const f of lazy.files) console.log(`loaded for the drafts: ${line(f)}`);
  assert.ok(total.brotli <= TARGET_BROTLI_BYTES, `first screen ${total.brotli} B exceeds the target of ${TARGET_BROTLI_BYTES} B`);
  assert.ok(untilApp.brotli <= CEILING_BROTLI_BYTES, `first screen and app ${untilApp.brotli} B exceed the ceiling of ${CEILING_BROTLI_BYTES} B`);
});

test('every text and wasm file has pre-compressed copies that decompress to it', () => {
  const all = walk(DIST).map((f) => join(DIST, f));
  const originals = all.filter((f) => /\.(html|js|wasm|css|svg)$/.test(f));
  assert.ok(originals.length >= 8, `only ${originals.length} files`);
  for (const f of originals) {
    const body = readFileSync(f);
    assert.ok(brotliDecompressSync(readFileSync(`${f}.br`)).equals(body), `${f}.br`);
    assert.ok(gunzipSync(readFileSync(`${f}.gz`)).equals(body), `${f}.gz`);
  }
  const stray = all.filter((f) => /\.(br|gz)$/.test(f) && !originals.includes(f.replace(/\.(br|gz)$/, '')));
  assert.deepEqual(stray, [], 'no copy without its original');
});
