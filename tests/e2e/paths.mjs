// Where the tests find the build and put their artefacts.
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = process.env.DIST ? resolve(process.env.DIST) : join(ROOT, 'dist');
export const SHARED = resolve(ROOT, '../shared');

/** A folder under artifacts/, created on demand. */
export function artifactDir(name) {
  const dir = join(ROOT, 'artifacts', name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
