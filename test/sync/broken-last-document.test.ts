/**
 * A gesture that appends a new object to a text whose last document is broken (an unclosed `[`) is refused
 * with a sentence: appended, the object would be read as part of the broken document, or break it further
 * (found by test/fuzz). The rest of the text still takes edits.
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

describe('a broken last document', () => {
  it('refuses to append a new object after it, saying why', () => {
    const r = applyEdit(BROKEN_LAST, { op: 'addNamespace', name: 'web' }, { workspace: ws(BROKEN_LAST) });
    expect(r).toEqual({
      error: 'Could not write the change: document 2, the last one, has a syntax error; fix it first',
    });
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
