#!/usr/bin/env node
/**
 * Prints gzip sizes of the built app (dist/) and checks the initial-JS budget.
 *
 * "Initial JS" = the entry script of dist/index.html plus every modulepreload
 * it lists: what the browser must fetch before the graph can draw. The Monaco
 * chunks (loaded by React.lazy after first paint) and workers are reported
 * separately and do not count. Exits 1 when the budget is exceeded.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html not found: run `npm run build:app` first.');
  process.exit(1);
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = (re) => [...html.matchAll(re)].map((m) => m[1].replace(/^\.?\//, ''));
const initial = [
  ...new Set([
    ...refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ]),
];
const css = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(8)} KB`;
const row = (file) => {
  const raw = readFileSync(join(dist, file)).length;
  const zipped = gz(file);
  console.log(`  ${file.padEnd(52)} ${kb(raw)} raw ${kb(zipped)} gzip`);
  return zipped;
};

console.log('Initial JS (entry + modulepreloads):');
const initialTotal = initial.reduce((sum, f) => sum + row(f), 0);
console.log(`  ${'total'.padEnd(52)} ${' '.repeat(15)} ${kb(initialTotal)} gzip  (budget ${BUDGET_KB} KB)`);
console.log('Initial CSS:');
css.forEach(row);

const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
const workers = assets.filter((f) => /\.worker-[\w-]+\.js$/.test(f));
const lazy = assets.filter((f) => f.endsWith('.js') && !initial.includes(f) && !workers.includes(f));
console.log('Workers:');
workers.forEach(row);
const big = lazy.filter((f) => readFileSync(join(dist, f)).length > 50_000);
console.log(`Lazy chunks (Monaco editor; ${lazy.length - big.length} small language chunks not listed):`);
const lazyTotal = big.reduce((sum, f) => sum + row(f), 0);
console.log(`  ${'total (listed)'.padEnd(52)} ${' '.repeat(15)} ${kb(lazyTotal)} gzip`);

if (initialTotal / 1024 > BUDGET_KB) {
  console.error(`\nInitial JS is ${(initialTotal / 1024).toFixed(1)} KB gzip, over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
console.log(`\nInitial JS within budget: ${(initialTotal / 1024).toFixed(1)} / ${BUDGET_KB} KB gzip.`);
