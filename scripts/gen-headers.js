#!/usr/bin/env node
/**
 * `npm run headers`: writes the static hosts' header files from scripts/hosting-headers.js (the one source of
 * truth). test/hosting fails when a committed file differs from what this would write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADER_FILES } from './hosting-headers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
for (const [path, render] of Object.entries(HEADER_FILES)) {
  mkdirSync(dirname(resolve(root, path)), { recursive: true });
  writeFileSync(resolve(root, path), render());
  console.log(`wrote ${path}`);
}
