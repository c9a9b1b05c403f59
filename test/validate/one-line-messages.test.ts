/**
 * Messages quote values from the text; a value with line breaks or control characters must not break the
 * one-line `file:line:col message` form (status bar, CLI) nor reach a terminal as a control sequence.
 */
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { checkWorkspace } from '../../src/model/validation/lint.ts';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;

describe('diagnostic messages', () => {
  it('show line breaks and control characters of quoted values escaped', () => {
    const text = [
      'apiVersion: v1',
      'kind: |',
      '  x',
      '  y',
      '---',
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata:',
      '  name: "evil\\e[2J\\u2028name"',
      'spec:',
      '  podSelector: {}',
      '',
    ].join('\n');
    const ds = checkWorkspace(loadWorkspace([{ name: 'x.yaml', text }]));
    const ignored = ds.find((d) => d.rule === 'ignored-kind');
    expect(ignored?.message).toBe('x\\ny\\n objects do not affect NetworkPolicy connectivity; ignored.');
    const name = ds.find((d) => d.rule === 'invalid-name');
    expect(name?.message).toContain('evil\\u001b[2J\\u2028name');
    for (const d of ds) expect(d.message, d.rule).not.toMatch(CONTROL);
  });
});
