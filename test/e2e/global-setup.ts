/**
 * Before the suite: starts `npm start`'s server (scripts/start.js serving the production dist/) on its default
 * port, as a user running the app while the tests run would; the suite itself serves its test build on a port
 * of its own (playwright.config.ts). side-by-side.spec.ts then uses both. Stopped when the suite ends.
 *
 * When that port is taken already (a real `npm start`, another checkout) or dist/ is not built, nothing is
 * started and the spec says why it skips: the suite still runs on its own port, which is the point.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const START_PORT = 4173; // scripts/start.js's default

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Resolves true once `url` answers, false when the child exits first or 30 s pass. */
async function started(child: ChildProcess, url: string): Promise<boolean> {
  let exited = false;
  child.once('exit', () => (exited = true));
  const end = Date.now() + 30_000;
  while (!exited && Date.now() < end) {
    if (await answers(url)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const url = `http://127.0.0.1:${START_PORT}/`;
  if (await answers(url)) {
    process.env.E2E_SIDE_BY_SIDE_SKIP = `port ${START_PORT} is already served by another process`;
    return async () => {};
  }
  const env = { ...process.env };
  delete env.PORT; // its default port, as `npm start` runs it
  // Its own process group, so stopping it stops the vite child too.
  const child = spawn(process.execPath, ['scripts/start.js'], { env, stdio: 'ignore', detached: true });
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    const gone = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    await gone;
  };
  if (await started(child, url)) {
    process.env.E2E_SIDE_BY_SIDE_URL = url;
  } else {
    await stop();
    process.env.E2E_SIDE_BY_SIDE_SKIP = `scripts/start.js did not start on ${START_PORT} (is dist/ built?)`;
  }
  return stop;
}
