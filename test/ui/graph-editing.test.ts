/**
 * The pure parts of graph editing (issue 4): stable layout merge, cursor →
 * selection, form parsing, and the one history before the editor loads.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/graph.ts';
import { loadWorkspace } from '../../src/model/workspace.ts';
import { commitEdits } from '../../src/state/commit.ts';
import { attachEditor, detachEditor, redo, undo, useHistory, type EditorHistory } from '../../src/state/history.ts';
import { useStore } from '../../src/state/store.ts';
import type { Box } from '../../src/state/layout-slice.ts';
import { parseContainerPorts, parseLabels, parsePortSpec, parseRulePorts } from '../../src/ui/dialogs/forms.ts';
import { selectionAt } from '../../src/ui/editor/use-cursor-selection.ts';
import { mergeLayout } from '../../src/ui/layout/merge-layout.ts';
import { applyChanges } from '../../src/sync/index.ts';

const shop = readFileSync(new URL('../../src/ui/examples/shop.yaml', import.meta.url), 'utf8');
const graph = deriveGraph(loadWorkspace([{ name: 'shop.yaml', text: shop }]));
const API_DB = graph.edges.filter((e) => e.source === 'wl:shop/api[Deployment]' && e.target === 'wl:shop/db[Deployment]');

describe('mergeLayout', () => {
  const box = (x: number, y: number, width = 160, height = 58): Box => ({ x, y, width, height });
  it('keeps the place of every node that had one and puts new nodes where they overlap nothing', () => {
    const elk = Object.fromEntries(graph.nodes.map((n, i) => [n.id, box(i * 10, i * 10)]));
    const prev = { ...elk };
    delete prev['wl:shop/db[Deployment]'];
    prev['wl:shop/api[Deployment]'] = box(500, 300);
    const out = mergeLayout(graph, prev, elk);
    expect(out['wl:shop/api[Deployment]']).toMatchObject({ x: 500, y: 300 });
    const db = out['wl:shop/db[Deployment]'];
    const siblings = graph.nodes.filter((n) => n.parentId === 'ns:shop' && n.id !== 'wl:shop/db[Deployment]').map((n) => out[n.id]);
    for (const s of siblings) {
      const overlap = db.x < s.x + s.width && s.x < db.x + db.width && db.y < s.y + s.height && s.y < db.y + db.height;
      expect(overlap).toBe(false);
    }
    // The namespace box holds all its children.
    const ns = out['ns:shop'];
    for (const s of [...siblings, db]) expect(s.y + s.height).toBeLessThanOrEqual(ns.height);
  });
});

describe('selectionAt (YAML cursor → canvas)', () => {
  it('selects the workload whose manifest holds the cursor', () => {
    const at = shop.indexOf('image: nginx:1.27');
    expect(selectionAt(graph, at)).toEqual({ nodes: ['wl:shop/web[Deployment]'], edges: [] });
  });
  it('prefers the innermost span: the peer of a rule over anything around it', () => {
    const peer = API_DB.find((e) => e.direction === 'ingress')!;
    const sel = selectionAt(graph, peer.span!.offset + 2);
    expect(sel.nodes).toEqual([]);
    expect(sel.edges).toContain(peer.id);
  });
  it('selects nothing outside every span', () => {
    expect(selectionAt(graph, 0)).toEqual({ nodes: [], edges: [] });
  });
});

describe('form parsing', () => {
  it('reads rule ports in the edge-label syntax', () => {
    expect(parseRulePorts('TCP 8080, UDP 53, TCP 8000-8100, TCP http')).toEqual({
      ok: true,
      value: [{ protocol: 'TCP', port: 8080 }, { protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 8000, endPort: 8100 }, { protocol: 'TCP', port: 'http' }],
    });
    expect(parseRulePorts('all ports')).toEqual({ ok: true, value: [] });
    expect(parseRulePorts('TCP 70000').ok).toBe(false);
    expect(parseRulePorts('TCP 9000-80').ok).toBe(false);
  });
  it('reads the flow dialog fields', () => {
    expect(parsePortSpec('', '', 'TCP')).toEqual({ ok: true, value: undefined });
    expect(parsePortSpec('', '', 'UDP')).toEqual({ ok: true, value: { protocol: 'UDP' } });
    expect(parsePortSpec('53', '', 'UDP')).toEqual({ ok: true, value: { protocol: 'UDP', port: 53 } });
    expect(parsePortSpec('http', '90', 'TCP').ok).toBe(false);
    expect(parsePortSpec('', '90', 'TCP').ok).toBe(false);
  });
  it('reads labels and container ports', () => {
    expect(parseLabels('app=web, tier=frontend')).toEqual({ ok: true, value: { app: 'web', tier: 'frontend' } });
    expect(parseLabels('app').ok).toBe(false);
    expect(parseContainerPorts('8080, http:8081, dns:53/udp')).toEqual({
      ok: true,
      value: [{ containerPort: 8080 }, { containerPort: 8081, name: 'http' }, { containerPort: 53, name: 'dns', protocol: 'UDP' }],
    });
  });
});

describe('one history before the editor loads', () => {
  beforeEach(() => useStore.getState().setText(shop, 'load'));

  it('records a multi-edit gesture as one step, undoes and redoes it exactly, and hands it to the editor', () => {
    // Deleting the api → db canvas edge: api's egress peer and db's ingress peer, one commit.
    const ids = API_DB.map((e) => e.id);
    expect(ids.length).toBe(2);
    const outcome = commitEdits(ids.map((id) => (g: typeof graph) => {
      const e = g.edges.find((x) => x.id === id);
      return e ? { op: 'removeEdge' as const, policy: e.policyId, direction: e.direction, rule: e.ruleIndex, peer: e.peerIndex } : undefined;
    }));
    expect(outcome).toEqual({ ok: true, changed: true });
    const edited = useStore.getState().text;
    expect(edited).not.toContain('port: 5432\n---\n# db');
    expect(useHistory.getState()).toEqual({ canUndo: true, canRedo: false });
    undo();
    expect(useStore.getState().text).toBe(shop);
    redo();
    expect(useStore.getState().text).toBe(edited);
    undo();

    // The editor attaches: it gets the base text and the steps to replay (here: one undone).
    const pushed: string[] = [];
    const h: EditorHistory = { push: () => pushed.push('push'), undo: () => undefined, redo: () => undefined };
    const pending = attachEditor(h);
    expect(pending.base).toBe(shop);
    expect(pending.done).toHaveLength(0);
    expect(pending.undone).toHaveLength(1);
    expect(applyChanges(pending.base, pending.undone[0].changes)).toBe(edited);
    detachEditor(h);
  });

  it('refuses gestures while the text does not parse, leaving it alone', () => {
    const broken = `${shop}\nkind: [unclosed`;
    useStore.getState().setText(broken, 'load');
    const outcome = commitEdits({ op: 'addNamespace', name: 'x' });
    expect(outcome.ok).toBe(false);
    expect(useStore.getState().text).toBe(broken);
  });
});
