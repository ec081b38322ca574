#!/usr/bin/env node
// Prints the size of the JavaScript a first visit loads (the entry chunk and its static imports, not
// the lazily loaded pages), raw and gzipped, from dist/.vite/manifest.json. Run after `vite build`.
// Issue 5 budgets the initial JS at 300 KB gzip.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const seen = new Set();
const walk = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) walk(dep);
};
walk('index.html');
let raw = 0;
let gzip = 0;
for (const key of seen) {
  const bytes = readFileSync(new URL(manifest[key].file, dist));
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
}
console.log(`initial JS: ${seen.size} files, ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`);
