/* global console */
// Builds the console only when dist is missing or older than a source file, so that
// `npm start` stays quick after the first run. `npm run build:force` always builds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'dist', 'index.html');
const inputs = ['src', 'index.html', 'vite.config.ts', 'package.json'];

function newest(file) {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

const sourceTime = Math.max(...inputs.map((name) => newest(path.join(root, name))));
if (existsSync(output) && statSync(output).mtimeMs >= sourceTime) {
  console.log('console: dist is up to date, not rebuilding');
} else {
  await build({ root, logLevel: 'warn' });
  console.log('console: built into console/dist');
}
