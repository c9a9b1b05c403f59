/**
 * A document closed by `...` keeps its end marker through a graph edit. With the store's parse passed in
 * (as the app does), the writer clones the document before changing it, and yaml's clone forgot the marker:
 * the next document, which needs no `---` after `...`, then merged into the edited one (found by test/fuzz).
 */
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { applyEdit } from '../../src/sync/index.ts';
import { checkResult, ws } from './helpers.ts';

const TEXT = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
...
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    metadata:
      labels: {app: web}
`;

describe('document end markers', () => {
  it('an edit of the first of two documents separated by `...` keeps them two', () => {
    const r = applyEdit(
      TEXT,
      { op: 'setNamespaceLabels', name: 'shop', labels: { team: 'a' } },
      { workspace: ws(TEXT) },
    );
    if ('error' in r) throw new Error(r.error);
    checkResult(TEXT, r);
    expect(r.text).toContain('  labels:\n    team: a\n...\napiVersion: apps/v1\n');
    expect(parseAllDocuments(r.text)).toHaveLength(2);
    expect(ws(r.text).workloads.map((w) => w.name)).toEqual(['web']);
  });
});
