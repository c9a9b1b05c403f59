/**
 * The netpol-analyzer "second wave" connlist cases (oracle README): AdminNetworkPolicy /
 * BaselineAdminNetworkPolicy (`netpol-analyzer-anp`) and Ingress / Route (`netpol-analyzer-ingress`),
 * with their golden connlists, and the built CLI for running them as a user would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ORACLE_DIR, oraclePresent } from './oracle.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The case names of one oracle set (folders with an expected.txt), or [] when the set is absent. */
export function casesOf(set: string): string[] {
  if (!oraclePresent(set)) return [];
  const root = join(ORACLE_DIR, set);
  return readdirSync(root)
    .filter((c) => statSync(join(root, c)).isDirectory() && existsSync(join(root, c, 'expected.txt')))
    .sort();
}

export const caseDir = (set: string, c: string): string => join(ORACLE_DIR, set, c);

/** The golden lines (upstream compares with newlines removed; we compare line by line). */
export function expectedLines(set: string, c: string): string[] {
  return readFileSync(join(caseDir(set, c), 'expected.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
}

export function buildCli(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.js')], { cwd: ROOT, stdio: 'pipe' });
}

/** `netpol-studio <args>` through bin/netpol-studio.js (the built bundle). */
export function runBuiltCli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/netpol-studio.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
