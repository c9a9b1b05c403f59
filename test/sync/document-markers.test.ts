/**
 * Document markers survive graph edits. A document closed by `...` keeps its end marker through a graph edit. With the store's parse passed in
 * (as the app does), the writer clones the document before changing it, and yaml's clone forgot the marker:
 * the next document, which needs no `---` after `...`, then merged into the edited one; and removing such a
 * document took its marker along, merging its successor into its predecessor (both found by test/fuzz).
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

describe('document markers', () => {
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

  it('removing a document closed by `...` keeps the marker its successor relies on', () => {
    const text = `${TEXT}...\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: other\n`;
    const r = applyEdit(
      text,
      { op: 'removeWorkload', workload: { namespace: 'shop', name: 'web', kind: 'Deployment' } },
      { workspace: ws(text) },
    );
    if ('error' in r) throw new Error(r.error);
    checkResult(text, r);
    // The shop Namespace's own `...` separates it from the next one already: no second marker is kept.
    expect(r.text).toBe(
      `${TEXT.slice(0, TEXT.indexOf('apiVersion: apps/v1'))}apiVersion: v1\nkind: Namespace\nmetadata:\n  name: other\n`,
    );
    expect(parseAllDocuments(r.text).map((d) => d.errors.length)).toEqual([0, 0]);
    expect([...ws(r.text).namespaces.keys()].sort()).toEqual(['other', 'shop']);
  });

  it('removing a middle document closed by `...` keeps the marker when the one before has none', () => {
    const text = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n...\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: c\n`;
    const r = applyEdit(text, { op: 'removeNamespace', name: 'b' }, { workspace: ws(text) });
    if ('error' in r) throw new Error(r.error);
    checkResult(text, r);
    expect(r.text).toBe(
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n...\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: c\n`,
    );
    expect([...ws(r.text).namespaces.keys()].sort()).toEqual(['a', 'c']);
  });

  it('a document added after directives alone gets the `---` that ends them', () => {
    for (const text of ['%YAML 1.2\n', '\uFEFF# header\n%TAG !k! tag:example.com,2000:\n']) {
      const r = applyEdit(text, { op: 'addNamespace', name: 'alpha' }, { workspace: ws(text) });
      if ('error' in r) throw new Error(r.error);
      expect(r.text).toBe(`${text}---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: alpha\n`);
      expect(parseAllDocuments(r.text).map((d) => d.errors.length)).toEqual([0]);
      expect([...ws(r.text).namespaces.keys()]).toContain('alpha');
    }
  });
});
