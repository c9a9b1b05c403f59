/**
 * The hosting headers (scripts/hosting-headers.js, the one source of truth): the static hosts' files match it,
 * index.html's CSP <meta> says what the header says (minus what only a header can carry), and `npm start`'s
 * server (scripts/start.js) sends every header on the page, on its scripts and on a missing file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_FILES, HOSTING_HEADERS, META_CSP } from '../../scripts/hosting-headers.js';
import { freePortSync } from '../../scripts/free-port.js';
import { built, filesOf, ROOT } from './dist-builds.ts';

const cspOfMeta = (html: string): string | undefined =>
  /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];

describe('hosting header files', () => {
  for (const [path, render] of Object.entries(HEADER_FILES)) {
    it(`${path} is what scripts/gen-headers.js writes (npm run headers)`, () => {
      expect(readFileSync(join(ROOT, path), 'utf8')).toBe(render());
    });
  }

  it('public/_headers applies every header to every path', () => {
    const text = readFileSync(join(ROOT, 'public/_headers'), 'utf8');
    expect(text).toMatch(/^\/\*$/m);
    for (const [name, value] of Object.entries(HOSTING_HEADERS)) expect(text).toContain(`\n  ${name}: ${value}\n`);
  });

  it('the CSP forbids framing and states the same policy as index.html', () => {
    const csp = HOSTING_HEADERS['Content-Security-Policy'];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(cspOfMeta(readFileSync(join(ROOT, 'index.html'), 'utf8'))).toBe(META_CSP);
    expect(csp).toBe(`${META_CSP}; frame-ancestors 'none'`);
    for (const name of ['X-Content-Type-Options', 'Referrer-Policy'])
      expect(HOSTING_HEADERS[name], name).toBe(name === 'Referrer-Policy' ? 'no-referrer' : 'nosniff');
  });
});

describe.skipIf(!built('dist'))('npm start (scripts/start.js)', () => {
  const port = freePortSync();
  const origin = `http://127.0.0.1:${port}`;
  let server: ChildProcess;

  beforeAll(async () => {
    // Its own process group, so stopping it stops the vite child too.
    server = spawn(process.execPath, ['scripts/start.js'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port) },
      stdio: 'ignore',
      detached: true,
    });
    for (let i = 0; i < 150; i++) {
      if (server.exitCode !== null) throw new Error(`scripts/start.js exited with ${server.exitCode}`);
      try {
        if ((await fetch(origin)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`scripts/start.js did not answer on ${origin}`);
  }, 60_000);
  afterAll(() => {
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  });

  it('sends every hosting header on the page, its scripts and a missing file', async () => {
    const script = filesOf('dist', '.js')[0].slice(join(ROOT, 'dist').length).replaceAll('\\', '/');
    for (const path of ['/', script, '/no-such-file.txt']) {
      const res = await fetch(origin + path);
      for (const [name, value] of Object.entries(HOSTING_HEADERS))
        expect(res.headers.get(name), `${name} on ${path}`).toBe(value);
    }
  });

  it('serves the built page, whose CSP <meta> is the source one', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    expect(cspOfMeta(html)).toBe(META_CSP);
  });
});
