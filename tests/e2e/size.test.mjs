// The size budget (issue #7): the first screen's download may not grow past the ratchet ceiling,
// and the distance to the 100 KB target is printed on every run. The drafts module, loaded only
// on the summary step, is measured and printed beside it; the pre-compressed copies are checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CEILING_BROTLI_BYTES, TARGET_BROTLI_BYTES, measure, walk } from './sizes.mjs';
import { DIST } from './paths.mjs';

const line = (f) => `${f.name}: raw ${f.raw}, gzip ${f.gzip}, brotli ${f.brotli}`;

test('first screen stays within the size ceiling', () => {
  assert.ok(existsSync(DIST), `no build at ${DIST}: run trunk build --release first`);
  const { files, total, lazy } = measure(DIST);
  assert.ok(files.some((f) => f.name.endsWith('.wasm')), 'the build has a wasm file');
  assert.ok(files.some((f) => f.name === 'index.html'), 'the build has index.html');
  assert.ok(!files.some((f) => f.name.startsWith('drafts-')), 'the drafts module is not part of the first screen');
  assert.equal(lazy.files.length, 2, 'the drafts module is a JS and a wasm file');
  for (const f of files) console.log(line(f));
  console.log(`total: raw ${total.raw}, gzip ${total.gzip}, brotli ${total.brotli}`);
  console.log(`ceiling ${CEILING_BROTLI_BYTES} B (asserted); target ${TARGET_BROTLI_BYTES} B: ${total.brotli <= TARGET_BROTLI_BYTES ? 'met' : `${total.brotli - TARGET_BROTLI_BYTES} B over`}`);
  for (const f of lazy.files) console.log(`loaded for the drafts: ${line(f)}`);
  assert.ok(total.brotli <= CEILING_BROTLI_BYTES, `brotli total ${total.brotli} B exceeds the ceiling of ${CEILING_BROTLI_BYTES} B`);
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
