#!/usr/bin/env node
/**
 * Makes sure a Chromium exists for the e2e tests (run before `playwright test`).
 * Lookup: $CHROMIUM_PATH, then /usr/bin/chromium. If neither exists and we are
 * root on a Debian-like system, install Debian's `chromium` package with apt.
 * Never downloads a browser build from anywhere else.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, DEFAULT_CHROMIUM } from './chromium-path.js';

const found = chromiumPath();
if (found.exists) {
  console.log(`Chromium: ${found.path}`);
  process.exit(0);
}
if (found.fromEnv) {
  console.error(
    `CHROMIUM_PATH is set to ${found.path}, but no file is there. Point it at a Chromium binary or unset it.`,
  );
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log("Chromium not found; installing Debian's chromium package (apt-get)…");
  try {
    execSync('apt-get update && apt-get install -y chromium', {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error('apt-get could not install chromium; see the output above.');
    process.exit(1);
  }
  if (existsSync(DEFAULT_CHROMIUM)) {
    console.log(`Chromium: ${DEFAULT_CHROMIUM}`);
    process.exit(0);
  }
  console.error(`apt-get finished but ${DEFAULT_CHROMIUM} is missing.`);
  process.exit(1);
}

console.error(
  [
    'No Chromium found for the browser tests.',
    'Install one, then run the tests again:',
    '  Debian/Ubuntu:  sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
    '  elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
  ].join('\n'),
);
process.exit(1);
