#!/usr/bin/env node
// The installed `netpol-studio` command: runs the bundled CLI (npm run build:cli).
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = resolve(dirname(fileURLToPath(import.meta.url)), '../dist-cli/netpol-studio.mjs');
let cli;
try {
  cli = await import(pathToFileURL(bundle).href);
} catch (e) {
  const missing = e && typeof e === 'object' && 'code' in e && e.code === 'ERR_MODULE_NOT_FOUND';
  console.error(
    missing
      ? 'netpol-studio: the CLI is not built; run `npm run build:cli` first'
      : `netpol-studio: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
  );
  process.exit(2);
}
await cli.main();
