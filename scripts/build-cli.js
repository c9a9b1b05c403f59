#!/usr/bin/env node
/**
 * Bundles the CLI (src/cli/main.ts and the src/model core it uses, plus the
 * yaml library) into one ES module, dist-cli/netpol-studio.mjs, so the
 * installed command needs no TypeScript tooling and no node_modules at run
 * time. bin/netpol-studio.js imports it.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const outfile = resolve(root, 'dist-cli/netpol-studio.mjs');

const started = Date.now();
try {
  await build({
    entryPoints: [resolve(root, 'src/cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Everything (yaml included) goes in the bundle; only Node built-ins stay outside.
    packages: 'bundle',
    // yaml's Node build is CommonJS and calls require('process'); an ES module has no
    // `require`, so give the bundle one.
    banner: {
      js: "import { createRequire as __netpolCreateRequire } from 'node:module';\nconst require = __netpolCreateRequire(import.meta.url);",
    },
    define: { __NETPOL_STUDIO_VERSION__: JSON.stringify(pkg.version) },
    legalComments: 'linked',
    sourcemap: false,
    logLevel: 'warning',
  });
  console.log(`built ${outfile} in ${Date.now() - started} ms`);
} catch (e) {
  console.error(`build-cli: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
