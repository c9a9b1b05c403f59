/**
 * A gesture that appends a new object to a text whose last document is broken: when the broken document
 * would read the new one as part of itself (an unclosed quote runs on past `---`), the gesture is refused with
 * a sentence (found by test/fuzz); when `---` still ends it (an unclosed `[`), the new object is written as a
 * clean document of its own and the broken one is left as it was. The rest of the text always takes edits.
 */
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/sync/index.ts';
import { ws } from './helpers.ts';

const BROKEN_LAST = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: p
  namespace: shop
spec:
  policyTypes: [Ingress, Egre
`;

const UNCLOSED_QUOTE = BROKEN_LAST.replace('  policyTypes: [Ingress, Egre\n', '  podSelector: "unclosed\n');

describe('a broken last document', () => {
  it('refuses to append a new object that an unclosed quote would swallow, saying why', () => {
    const r = applyEdit(UNCLOSED_QUOTE, { op: 'addNamespace', name: 'web' }, { workspace: ws(UNCLOSED_QUOTE) });
    expect(r).toEqual({
      error: 'Could not write the change: document 2, the last one, has a syntax error; fix it first',
    });
  });

  it('appends after an unclosed `[`, which `---` ends: the new object reads on its own', () => {
    const r = applyEdit(BROKEN_LAST, { op: 'addNamespace', name: 'web' }, { workspace: ws(BROKEN_LAST) });
    if ('error' in r) throw new Error(r.error);
    expect(r.text.startsWith(BROKEN_LAST)).toBe(true);
    const after = ws(r.text);
    expect([...after.namespaces.keys()]).toContain('web');
    expect([...after.namespaces.keys()]).toContain('shop');
  });

  it('still lets a gesture change the documents before it', () => {
    const r = applyEdit(
      BROKEN_LAST,
      { op: 'setNamespaceLabels', name: 'shop', labels: { team: 'a' } },
      { workspace: ws(BROKEN_LAST) },
    );
    if ('error' in r) throw new Error(r.error);
    expect(r.text).toContain('  name: shop\n  labels:\n    team: a\n---\n');
    expect(r.text.endsWith('  policyTypes: [Ingress, Egre\n')).toBe(true);
  });
});
