#!/usr/bin/env node
/**
 * Regenerates docs/screenshot.png (1440×900) from the built app:
 * `npm run build:app && node scripts/screenshot.js`. Uses the system Chromium.
 */
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = '4179';
const out = resolve(root, process.argv[2] ?? 'docs/screenshot.png');
const server = spawn(
  process.execPath,
  [resolve(root, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort'],
  { cwd: root, stdio: 'ignore' },
);
try {
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath().path,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log(`[${m.type()}] ${m.text()}`);
  });
  await page.goto(url);
  await page.locator('.react-flow__edge').first().waitFor({ state: 'attached' });
  await page.locator('.monaco-editor .view-lines').waitFor();
  await page.waitForTimeout(1500); // let the schema markers and fitView settle
  await page.screenshot({ path: out });
  await browser.close();
  console.log(`wrote ${out}`);
} finally {
  server.kill('SIGTERM');
}
