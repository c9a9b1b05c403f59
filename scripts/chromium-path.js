/**
 * Where the Chromium for browser tests lives: $CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium. Shared by ensure-chromium.js and playwright.config.ts so
 * both always agree. Playwright never downloads a browser here.
 */
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The path to use (it may not exist yet), and whether it does. */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  const path = fromEnv || DEFAULT_CHROMIUM;
  return { path, exists: existsSync(path), fromEnv: Boolean(fromEnv) };
}

/**
 * Launch flags for every Chromium this project starts (Playwright, benches, screenshots): no
 * sandbox (root in CI), software rendering, and nothing that reaches the network on its own.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
