/**
 * Property tests: whatever commented, noise-free workspace a person writes,
 * export → import gives it back byte for byte, and merging it into itself
 * changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { exportPolicies, exportWorkspace } from '../../src/model/io/export.ts';
import { importFiles } from '../../src/model/io/import.ts';

const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/);
const comment = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, ' '));

interface Obj {
  kind: 'Namespace' | 'NetworkPolicy';
  name: string;
  namespace: string;
  head: string;
  inline: string;
}

function render(o: Obj): string {
  if (o.kind === 'Namespace') {
    return `#${o.head}\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${o.name} #${o.inline}\n`;
  }
  return `#${o.head}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${o.name}
  namespace: ${o.namespace}
spec:
  podSelector:
    matchLabels: {app: ${o.name}} #${o.inline}
  ingress:
  - from:
    - podSelector: {}
`;
}

const obj = fc.record({
  kind: fc.constantFrom('Namespace' as const, 'NetworkPolicy' as const),
  name,
  namespace: name,
  head: comment,
  inline: comment,
});

/** Unique objects joined with assorted separators, with or without a final newline. */
const workspace = fc
  .tuple(
    fc.uniqueArray(obj, { maxLength: 6, selector: (o) => `${o.kind}/${o.namespace}/${o.name}` }),
    fc.array(fc.constantFrom('---\n', '--- # next\n', '---\n\n'), { minLength: 6, maxLength: 6 }),
    fc.boolean(),
  )
  .map(([objs, seps, finalNewline]) => {
    const text = objs.map((o, i) => (i === 0 ? '' : seps[i]) + render(o)).join('');
    return finalNewline ? text : text.trimEnd();
  });

describe('round trips', () => {
  it('export → import (replace) is the identity', () => {
    fc.assert(
      fc.property(workspace, (ws) => {
        expect(importFiles('# old\nx: 1\n', [{ name: 'ws.yaml', text: exportWorkspace(ws) }], 'replace')).toMatchObject(
          { text: ws },
        );
      }),
      { numRuns: 300 },
    );
  });

  it('merging a workspace that names one object twice into itself changes nothing (found by fast-check)', () => {
    const ns = '# the shop namespace\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: a';
    const twice = `${ns}\n---\n${ns}`;
    expect(importFiles(twice, [{ name: 'ws.yaml', text: twice }], 'merge')).toMatchObject({ text: twice });
  });

  it('merging a workspace that names one object twice, with different comments, into itself changes nothing (found by fast-check)', () => {
    const ns = (head: string) => `#${head}\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: g7 # inline\n`;
    const twice = `${ns(' first copy')}---\n${ns(' second copy')}`;
    expect(importFiles(twice, [{ name: 'ws.yaml', text: twice }], 'merge')).toMatchObject({ text: twice });
  });

  it('merging a workspace into itself changes nothing', () => {
    fc.assert(
      fc.property(workspace, (ws) => {
        expect(importFiles(ws, [{ name: 'ws.yaml', text: ws }], 'merge')).toMatchObject({ text: ws });
      }),
      { numRuns: 300 },
    );
  });

  it('exported policies import back to the same policies, comments included', () => {
    fc.assert(
      fc.property(workspace, (ws) => {
        const exported = exportPolicies(ws);
        const back = importFiles('', [{ name: 'p.yaml', text: exported.text }], 'replace');
        expect(back).toMatchObject({ text: exported.text });
        expect(exportPolicies(exported.text).text).toBe(exported.text);
        const docs = parseAllDocuments(exported.text);
        expect(docs.every((d) => d.errors.length === 0)).toBe(true);
        expect(docs.filter((d) => d.contents !== null)).toHaveLength(exported.policies.length);
      }),
      { numRuns: 300 },
    );
  });
});
