/* global console */
// Sums the gzip size of the JavaScript the redeem screen loads: the entry chunk and its
// static imports, as listed in Vite's manifest. Run after a build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));

const seen = new Set();
function visit(key) {
  if (seen.has(key)) return;
  seen.add(key);
  for (const child of manifest[key].imports ?? []) visit(child);
}
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
visit(entry);

let raw = 0;
let gzip = 0;
for (const key of seen) {
  const bytes = readFileSync(path.join(dist, manifest[key].file));
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`redeem screen JavaScript: ${seen.size} files, ${kb(raw)} raw, ${kb(gzip)} gzip`);
