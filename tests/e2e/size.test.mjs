// The size budget (issue #7): at most 100 KB brotli for everything the first screen downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { BUDGET_BROTLI_BYTES, measure } from './sizes.mjs';
import { DIST } from './paths.mjs';

test('first screen stays within 100 KB brotli', () => {
  assert.ok(existsSync(DIST), `no build at ${DIST}: run trunk build --release first`);
  const { files, total } = measure(DIST);
  assert.ok(files.some((f) => f.name.endsWith('.wasm')), 'the build has a wasm file');
  assert.ok(files.some((f) => f.name === 'index.html'), 'the build has index.html');
  for (const f of files) console.log(`${f.name}: raw ${f.raw}, gzip ${f.gzip}, brotli ${f.brotli}`);
  console.log(`total: raw ${total.raw}, gzip ${total.gzip}, brotli ${total.brotli} (budget ${BUDGET_BROTLI_BYTES})`);
  assert.ok(total.brotli <= BUDGET_BROTLI_BYTES, `brotli total ${total.brotli} B exceeds the budget of ${BUDGET_BROTLI_BYTES} B`);
});
