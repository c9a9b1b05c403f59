// The CLI speaks the locale's language for people (LANG=ja_JP.UTF-8, or --lang ja) and keeps
// its machine formats as they are: lint --format json's `message` stays English.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './capture.ts';

const dir = mkdtempSync(join(tmpdir(), 'netpol-lang-'));
const file = join(dir, 'policy.yaml');
writeFileSync(
  file,
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db
  namespace: shop
spec:
  podSelector: {}
  ingress:
    - ports:
        - port: 70000
`,
);

const LOCALE = ['LANG', 'LC_ALL', 'LC_MESSAGES'] as const;
let saved: Record<string, string | undefined> = {};
beforeEach(() => {
  saved = Object.fromEntries(LOCALE.map((k) => [k, process.env[k]]));
  for (const k of LOCALE) delete process.env[k];
});
afterEach(() => {
  for (const k of LOCALE) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe('the CLI in Japanese', () => {
  it('LANG=ja_JP.UTF-8: lint prints its findings in Japanese', async () => {
    process.env.LANG = 'ja_JP.UTF-8';
    const r = await cli('lint', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${file}:10:17: エラー: spec.ingress[0].ports[0].port 70000 は 1 以上 65535 以下である必要があります。 [invalid-port]\n`,
    );
  });

  it('LANG=ja_JP.UTF-8: lint --format json keeps the English message and fields', async () => {
    process.env.LANG = 'ja_JP.UTF-8';
    const r = await cli('lint', '--format', 'json', file);
    const [d] = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(d.message).toBe('spec.ingress[0].ports[0].port 70000 must be between 1 and 65535, inclusive.');
    expect(Object.keys(d)).toEqual([
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'offset',
      'endOffset',
      'severity',
      'rule',
      'message',
    ]);
  });

  it('errors and help follow the language; --lang overrides the locale', async () => {
    process.env.LANG = 'ja_JP.UTF-8';
    const missing = await cli('lint', join(dir, 'nothing.yaml'));
    expect(missing.stderr).toBe(
      `netpol-studio: ${join(dir, 'nothing.yaml')}: そのようなファイルやディレクトリはありません\n`,
    );
    expect((await cli('--help')).stdout).toContain('使い方:');
    const english = await cli('--lang', 'en', 'lint', file);
    expect(english.stdout).toContain(': error: spec.ingress[0].ports[0].port 70000 must be between 1 and 65535');
    expect((await cli('lint', '--lang=fr', file)).stderr).toBe(
      'netpol-studio: --lang "fr": en または ja を指定してください\n',
    );
  });

  it('--lang ja without a locale; LC_ALL=C means English', async () => {
    expect((await cli('--lang', 'ja', 'lint', file)).stdout).toContain(': エラー: ');
    process.env.LANG = 'ja_JP.UTF-8';
    process.env.LC_ALL = 'C';
    expect((await cli('lint', file)).stdout).toContain(': error: ');
  });
});
