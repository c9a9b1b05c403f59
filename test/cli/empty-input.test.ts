// Regression (QA pass): `lint` / `connlist` on a file that parses but holds no
// Kubernetes object (e.g. /etc/passwd) printed nothing and exited 0.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { cli } from './capture.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netpol-empty-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('input without Kubernetes objects', () => {
  const file = join(tmp, 'notes.yaml');
  writeFileSync(file, 'root: x:0:0\n---\njust a line of text\n');

  it.each(['lint', 'connlist'])('%s warns on stderr, once, without a stack trace', async (command) => {
    const r = await cli(command, file);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'netpol-studio: warning: no Kubernetes objects (NetworkPolicy, Namespace, Pod or workload) found in the input.\n',
    );
  });

  it('lint --info names each document that is not a manifest', async () => {
    const r = await cli('lint', '--info', file);
    expect(r.stdout.split('\n').filter((l) => l.includes('[not-a-manifest]'))).toHaveLength(2);
  });

  it('a real workspace gets no such warning or finding', async () => {
    const ok = join(tmp, 'ns.yaml');
    writeFileSync(
      ok,
      '# a comment-only document first\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n',
    );
    const r = await cli('lint', '--info', ok);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('not-a-manifest');
    expect(
      loadWorkspace([
        { name: 'x.yaml', text: 'kind: List\nitems: [1, {kind: Namespace, metadata: {name: a}}]\n' },
      ]).diagnostics.filter((d) => d.rule === 'not-a-manifest'),
    ).toEqual([]);
  });
});
