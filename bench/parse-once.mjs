#!/usr/bin/env node
/**
 * The floor the CLI benchmark compares `connlist` with: read one file and
 * parse it to plain data, nothing else, in a fresh process like the CLI.
 *   node bench/parse-once.mjs yaml FILE     yaml parseAllDocuments + toJS
 *   node bench/parse-once.mjs js-yaml FILE  js-yaml loadAll
 */
import { readFileSync } from 'node:fs';

const [lib, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
let docs;
if (lib === 'yaml') {
  const { parseAllDocuments } = await import('yaml');
  docs = parseAllDocuments(text).map((d) => d.toJS({ maxAliasCount: 100 }));
} else if (lib === 'js-yaml') {
  const { loadAll } = await import('js-yaml');
  docs = loadAll(text);
} else {
  console.error(`parse-once: unknown library ${lib} (yaml or js-yaml)`);
  process.exit(2);
}
if (!Array.isArray(docs)) process.exit(1);
