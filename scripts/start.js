#!/usr/bin/env node
/**
 * `npm start`: serves the built app (dist/) with `vite preview` on 127.0.0.1
 * and prints the URL. The example workspace opens on first visit. Every
 * response carries the hosting headers (scripts/hosting-headers.js, through
 * vite.config.ts `preview.headers`).
 *
 * PORT picks the port (default 4173). `--dir <folder>` serves another build:
 * the e2e suite serves its test build (dist-test/) this way, on its own port,
 * so `npm start` and `npm test` run side by side.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dirFlag = process.argv.indexOf('--dir');
const dir = dirFlag >= 0 ? process.argv[dirFlag + 1] : 'dist';
if (!dir || !existsSync(resolve(root, dir, 'index.html'))) {
  console.error(
    dir === 'dist'
      ? 'dist/ is missing: run `npm run build:app` first (npm start does this for you).'
      : `${dir}/index.html is missing: build it first.`,
  );
  process.exit(1);
}
const port = process.env.PORT ?? '4173';
const url = `http://127.0.0.1:${port}/`;
const vite = resolve(root, 'node_modules/vite/bin/vite.js');
const child = spawn(
  process.execPath,
  [vite, 'preview', '--outDir', dir, '--host', '127.0.0.1', '--port', port, '--strictPort'],
  {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
  },
);

let announced = false;
child.stdout.on('data', (chunk) => {
  // Vite's own banner is noisy; print ours once the server is listening.
  if (!announced && /Local|127\.0\.0\.1/.test(String(chunk))) {
    announced = true;
    console.log(
      `\n  netpol-studio is running at  ${url}\n\n  Open it in your browser; the example workspace loads on first visit.\n  Press Ctrl+C to stop.\n`,
    );
  }
});
const stop = () => child.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
