/**
 * What every browser bench needs around its measurements: its own test build (the production bundle plus the
 * window hooks the benches drive the app through: `vite build --mode test`), a `vite preview`
 * of it on its own port (never the e2e suite's), Debian's Chromium with the project's launch flags, a
 * line naming the machine, and cleanup of the server and browser however the bench ends.
 */
import { execSync, spawn } from 'node:child_process';
import os from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium-path.js';

export interface BenchBrowser {
  browser: Browser;
  origin: string;
  /** Closes the browser and stops the preview server. */
  close: () => Promise<void>;
}

async function waitForServer(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

/**
 * Builds into `outDir` (unless the bench was given --no-build: building must not swap dist/ under a
 * running e2e suite), serves it on `port` and opens Chromium; prints the machine.
 */
export async function openBenchBrowser(outDir: string, port: number): Promise<BenchBrowser> {
  if (!process.argv.includes('--no-build'))
    execSync(`npx vite build --mode test --outDir ${outDir} --emptyOutDir`, { stdio: 'inherit' });
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    // Our own process group (detached above): the npx wrapper and vite under it.
    if (server.pid)
      try {
        process.kill(-server.pid);
      } catch {
        /* already gone */
      }
  };
  process.on('exit', stop);
  let browser: Browser | undefined;
  // Interrupted (Ctrl+C, a timeout): close our browser and server too, not only this process.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      void (browser?.close() ?? Promise.resolve()).finally(() => {
        stop();
        process.exit(130);
      });
    });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(origin, 60_000);
    browser = await chromium.launch({ executablePath: chromiumPath().path, args: CHROMIUM_ARGS });
  } catch (e) {
    stop();
    throw e;
  }
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, load ${load}, node ${process.version}, chromium ${browser.version()}, ${os.platform()} ${os.arch()}`,
  );
  const opened = browser;
  return {
    browser: opened,
    origin,
    close: async () => {
      await opened.close();
      stop();
    },
  };
}

/** A longest task as the longtask observer saw it: it reports only tasks over 50 ms, so 0 is "none over 50". */
export const longTask = (ms: number): string => (ms === 0 ? 'none over 50' : ms.toFixed(0));
