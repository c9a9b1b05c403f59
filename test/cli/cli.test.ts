/**
 * The CLI run in-process through `run(argv, io)` with captured output: oracle
 * cases for connlist, lint and explain output shapes, and every way input can
 * be bad (the answer is always one line on stderr and a non-zero exit code).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ORACLE_DIR, oraclePresent } from '../conformance/oracle.ts';
import { cli, type CliResult } from './capture.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ANALYZER = join(ORACLE_DIR, 'netpol-analyzer');
const FIXTURES = join(ROOT, 'test/malformed/fixtures');
const hasOracle = oraclePresent('netpol-analyzer');

/** A failure is exactly one `netpol-studio: …` line and no stack trace. */
function expectOneLineError(r: CliResult, pattern?: RegExp): void {
  expect(r.code).not.toBe(0);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^netpol-studio: [^\n]+\n$/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  if (pattern) expect(r.stderr).toMatch(pattern);
}

const tmp = mkdtempSync(join(tmpdir(), 'netpol-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function writeTmp(rel: string, text: string | Buffer): string {
  const p = join(tmp, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
}

describe.skipIf(!hasOracle)('connlist on the oracle', () => {
  const cases = hasOracle ? readdirSync(ANALYZER).filter((c) => existsSync(join(ANALYZER, c, 'expected.txt'))) : [];
  it.each(cases)('%s matches expected.txt', async (c) => {
    const r = await cli('connlist', join(ANALYZER, c, 'in'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ANALYZER, c, 'expected.txt'), 'utf8'));
  });

  it('accepts files and directories together, and --format', async () => {
    const dir = join(ANALYZER, 'onlineboutique', 'in');
    const txt = await cli('connlist', dir);
    for (const format of ['json', 'csv', 'md', 'dot']) {
      const r = await cli('connlist', '--format', format, dir);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
      if (format === 'json') expect(() => JSON.parse(r.stdout)).not.toThrow();
      if (format === 'dot') expect(r.stdout).toMatch(/digraph/);
    }
    const short = await cli('connlist', '-o', 'txt', dir);
    expect(short.stdout).toBe(txt.stdout);
    const eq = await cli('connlist', '--format=txt', ...readdirSync(dir).map((f) => join(dir, f)));
    expect(eq.stdout).toBe(txt.stdout);
  });
});

describe.skipIf(!hasOracle)('explain on the oracle', () => {
  const dir = join(ANALYZER, 'onlineboutique', 'in');
  it('an allowed flow names the rules with file:line', async () => {
    const r = await cli(
      'explain',
      dir,
      '--from',
      'default/frontend-99684f7f8',
      '--to',
      'default/cartservice-74f56fd4b',
      '--port',
      '7070/TCP',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/on TCP 7070: allowed\./);
    expect(r.stdout).toMatch(/allows default\/cartservice-netpol ingress\[1\] from\[0\] +\S*netpols\.yaml:\d+/);
  });
  it('a blocked port', async () => {
    const r = await cli(
      'explain',
      dir,
      '--from',
      'default/frontend-99684f7f8',
      '--to',
      'default/cartservice-74f56fd4b',
      '--port',
      '80',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/on TCP 80: blocked\./);
  });
  it('json output', async () => {
    const r = await cli(
      'explain',
      dir,
      '--from',
      'default/frontend-99684f7f8',
      '--to',
      'default/cartservice-74f56fd4b',
      '--port',
      '7070',
      '--format',
      'json',
    );
    const j = JSON.parse(r.stdout) as {
      allowed: boolean;
      ingress: { rules: { at: { file: string; line: number } }[] };
    };
    expect(j.allowed).toBe(true);
    expect(j.ingress.rules[0].at.line).toBeGreaterThan(0);
  });
  it('an unknown workload is a one-line error', async () => {
    expectOneLineError(await cli('explain', dir, '--from', 'default/nope', '--to', '10.0.0.1'), /default\/nope/);
  });
  it('missing --to', async () => {
    expectOneLineError(await cli('explain', dir, '--from', 'default/frontend-99684f7f8'), /--from and --to/);
  });
  it('a bad --port', async () => {
    expectOneLineError(
      await cli('explain', dir, '--from', 'default/frontend-99684f7f8', '--to', '8.8.8.8', '--port', '70000'),
      /65535/,
    );
    expectOneLineError(
      await cli('explain', dir, '--from', 'default/frontend-99684f7f8', '--to', '8.8.8.8', '--port', '53/ICMP'),
      /TCP, UDP or SCTP/,
    );
  });
});

describe('lint', () => {
  it('prints file:line:col: severity: message [rule] and exits 1 on errors', async () => {
    const r = await cli('lint', join(FIXTURES, 'rule-invalid-port.yaml'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\S*rule-invalid-port\.yaml:12:13: error: .+ \[invalid-port\]\n$/);
  });
  it('every line of the whole malformed suite has that shape', async () => {
    const r = await cli('lint', FIXTURES);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) expect(line).toMatch(/^.+:\d+:\d+: (error|warning): .+ \[[a-z0-9-]+\]$/);
  });
  it('exits 0 with warnings only', async () => {
    const r = await cli('lint', join(FIXTURES, 'rule-cidr-not-canonical.yaml'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/warning: .+\[cidr-not-canonical\]/);
  });
  it('exits 0 and prints nothing for a clean file', async () => {
    const p = writeTmp(
      'clean/p.yaml',
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: p\nspec:\n  podSelector: {}\n',
    );
    const r = await cli('lint', p);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
  it('--format json', async () => {
    const r = await cli('lint', '--format', 'json', join(FIXTURES, 'rule-empty-peer.yaml'));
    const ds = JSON.parse(r.stdout) as { rule: string; line: number; column: number }[];
    expect(ds.some((d) => d.rule === 'empty-peer' && d.line === 12 && d.column === 7)).toBe(true);
  });
  it('reports syntax errors as findings (not a crash)', async () => {
    const r = await cli('lint', join(FIXTURES, 'syntax-unclosed-flow-map.yaml'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/:10:3: error: .+\[yaml-syntax\]/);
  });
});

describe('bad input and usage', () => {
  it('a missing path', async () => {
    expectOneLineError(await cli('connlist', join(tmp, 'does-not-exist.yaml')), /no such file or directory/);
    expectOneLineError(await cli('lint', join(tmp, 'nope')));
  });
  it('a directory without manifests', async () => {
    mkdirSync(join(tmp, 'empty-dir'), { recursive: true });
    writeTmp('empty-dir/readme.txt', 'hello');
    expectOneLineError(await cli('connlist', join(tmp, 'empty-dir')), /no \.yaml, \.yml or \.json files/);
  });
  it('a directory is read without its node_modules and hidden directories, unless one is named', async () => {
    // A policy set with a comment, plus copies of a deny-all policy where tools keep files of their own.
    const pod = (name: string) =>
      `# ${name}\napiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: default, labels: {app: ${name}}}\n`;
    const denyAll =
      '# not ours\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: default}\nspec: {podSelector: {}, policyTypes: [Ingress, Egress]}\n';
    writeTmp('repo/apps.yaml', `${pod('a')}---\n${pod('b')}`);
    writeTmp('repo/node_modules/pkg/deny.yaml', denyAll);
    writeTmp('repo/.git/deny.yaml', denyAll);
    const open = await cli('connlist', join(tmp, 'repo'));
    expect(open.code).toBe(0);
    expect(open.stdout).toContain('default/a[Pod] => default/b[Pod] : All Connections');
    // Named explicitly, a hidden directory is read: its deny-all policy now isolates both pods.
    const both = await cli('connlist', join(tmp, 'repo'), join(tmp, 'repo/.git'));
    expect(both.code).toBe(0);
    expect(both.stdout).not.toContain('default/a[Pod] => default/b[Pod]');
  });
  it('an unparseable file makes connlist fail with its position', async () => {
    expectOneLineError(
      await cli('connlist', join(FIXTURES, 'syntax-json-missing-comma.json')),
      /syntax-json-missing-comma\.json:5:3: cannot read/,
    );
  });
  it('a binary file makes connlist and explain fail', async () => {
    const p = writeTmp('bin/blob.yaml', Buffer.from([0, 1, 2, 3, 255, 254, 10]));
    expectOneLineError(await cli('connlist', p), /blob\.yaml:1:1: cannot read/);
    expectOneLineError(await cli('explain', p, '--from', 'a/b', '--to', 'c/d'), /cannot read/);
  });
  it('an alias bomb is refused by connlist, quickly', async () => {
    // Expanding the bomb would never finish: completing within the test timeout is the check.
    expectOneLineError(await cli('connlist', join(FIXTURES, 'alias-bomb.yaml')), /excessive|alias/i);
  });
  it('reads directories recursively, ignoring other extensions', async () => {
    writeTmp('tree/a/ns.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: x, labels: {app: a}}\n');
    writeTmp('tree/b/c/pod.yml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: b, namespace: x, labels: {app: b}}\n');
    writeTmp('tree/notes.md', '# not a manifest: [');
    const r = await cli('connlist', join(tmp, 'tree'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('x/a[Pod] => x/b[Pod] : All Connections\n');
  });
  it('unknown command, unknown option, bad format, no PATH', async () => {
    expectOneLineError(await cli('frobnicate'), /unknown command "frobnicate"/);
    expectOneLineError(await cli('connlist', '--nope', FIXTURES), /unknown option --nope/);
    expectOneLineError(await cli('connlist', '--format', 'xml', FIXTURES), /unknown format "xml"/);
    expectOneLineError(await cli('lint'), /no PATH given/);
    expectOneLineError(await cli('connlist', '--format'), /needs a value/);
  });
  it('no arguments prints usage to stderr and exits 2', async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage:/);
  });
});

describe('help', () => {
  it.each([
    ['--help'],
    ['-h'],
    ['help'],
    ['connlist', '--help'],
    ['lint', '-h'],
    ['explain', '--help'],
    ['help', 'lint'],
  ])('%s', async (...argv) => {
    const r = await cli(...argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage/);
    expect(r.stderr).toBe('');
  });
  it('--version', async () => {
    const r = await cli('--version');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^netpol-studio \S+\n$/);
  });
});
