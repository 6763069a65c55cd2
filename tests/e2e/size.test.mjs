// The size budget (issue #7): the first screen's download may not grow past the ratchet ceiling,
// and the distance to the 100 KB target is printed on every run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CEILING_BROTLI_BYTES, TARGET_BROTLI_BYTES, measure } from './sizes.mjs';
import { DIST } from './paths.mjs';

test('first screen stays within the size ceiling', () => {
  assert.ok(existsSync(DIST), `no build at ${DIST}: run trunk build --release first`);
  const { files, total } = measure(DIST);
  assert.ok(files.some((f) => f.name.endsWith('.wasm')), 'the build has a wasm file');
  assert.ok(files.some((f) => f.name === 'index.html'), 'the build has index.html');
  for (const f of files) console.log(`${f.name}: raw ${f.raw}, gzip ${f.gzip}, brotli ${f.brotli}`);
  console.log(`total: raw ${total.raw}, gzip ${total.gzip}, brotli ${total.brotli}`);
  console.log(`ceiling ${CEILING_BROTLI_BYTES} B (asserted); target ${TARGET_BROTLI_BYTES} B: ${total.brotli <= TARGET_BROTLI_BYTES ? 'met' : `${total.brotli - TARGET_BROTLI_BYTES} B over`}`);
  assert.ok(total.brotli <= CEILING_BROTLI_BYTES, `brotli total ${total.brotli} B exceeds the ceiling of ${CEILING_BROTLI_BYTES} B`);
});
