/**
 * connlist at real size: kubectl dumps without aliases are read, and the list
 * is written as it is produced (awaiting the writer between chunks), both
 * in-process and through the built command (`npm run build:cli`, run here
 * first) with a reader that hangs up early.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.ts';
import { kubectlPodList } from '../../bench/kubectl-dump.ts';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { CONNLIST_CHUNK_BYTES, formatConnlist } from '../../src/model/analysis/connlist.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { nodeIO, run, type CliIO } from '../../src/cli/main.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = mkdtempSync(join(tmpdir(), 'netpol-stream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// 200 workloads, no policy: every ordered pair is listed, ~3 MB of txt (about a dozen chunks).
const clusterText = generate({ namespaces: 10, workloads: 200, policies: 0 });
const cluster = join(tmp, 'cluster.yaml');
writeFileSync(cluster, clusterText);
const expected = formatConnlist(analyzeConnectivity(loadWorkspace([{ name: cluster, text: clusterText }])), 'txt');

/** An IO whose stdout is a slow writer: it counts bytes and notes any write made before the last one finished. */
function slowWriter(answer: boolean = true) {
  const seen = { writes: 0, bytes: 0, overlapping: 0, text: '', stderr: '' };
  let busy = false;
  const io: CliIO = {
    ...nodeIO(),
    stderr: (t) => void (seen.stderr += t),
    stdout: (t) => {
      if (busy) seen.overlapping++;
      busy = true;
      seen.writes++;
      seen.bytes += t.length;
      seen.text += typeof t === 'string' ? t : new TextDecoder().decode(t);
      return new Promise((done) =>
        setTimeout(() => {
          busy = false;
          done(answer);
        }, 1),
      );
    },
  };
  return { io, seen };
}

describe('connlist streams its output', () => {
  it('a 600-pod kubectl List (no aliases, >100,000 nodes) is analysed', async () => {
    const p = join(tmp, 'pods.yaml');
    writeFileSync(p, kubectlPodList({ pods: 600, namespaces: 20 }));
    const { io, seen } = slowWriter();
    expect(await run(['connlist', p], io), seen.stderr).toBe(0);
    expect(seen.stderr).toBe('');
    // Pods are listed as their ReplicaSet owners, e.g. team-payments-0/web-0-<hash>[ReplicaSet].
    expect(seen.text).toMatch(/^\S+\/[a-z]+-\d+-[a-z0-9]{10}\[ReplicaSet\] => /m);
  });

  it('writes chunk by chunk, waiting for each write before producing the next', async () => {
    const { io, seen } = slowWriter();
    expect(await run(['connlist', cluster], io)).toBe(0);
    expect(seen.text).toBe(expected);
    expect(seen.writes).toBeGreaterThan(5);
    expect(seen.bytes / seen.writes).toBeLessThan(2 * CONNLIST_CHUNK_BYTES);
    expect(seen.overlapping).toBe(0);
  });

  it('stops when the reader has gone', async () => {
    const { io, seen } = slowWriter(false);
    expect(await run(['connlist', cluster], io)).toBe(0);
    expect(seen.writes).toBe(1);
  });
});

describe('the built command', () => {
  const bin = join(ROOT, 'bin/netpol-studio.js');
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.js')], { cwd: ROOT, stdio: 'pipe' });
  }, 120_000);

  const runBin = (args: string[], stopAfterBytes?: number) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd: ROOT });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
        if (stopAfterBytes !== undefined && stdout.length >= stopAfterBytes) child.stdout.destroy();
      });
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('close', (code) => done({ code, stdout, stderr }));
    });

  it('writes the same bytes as the in-process run', async () => {
    const r = await runBin(['connlist', cluster]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected);
  });

  it('a reader that hangs up early (| head) ends it quietly', async () => {
    const r = await runBin(['connlist', cluster], 1);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(expected.startsWith(r.stdout)).toBe(true);
  });
});
