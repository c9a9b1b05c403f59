/**
 * The pure parts of graph editing (issue 4): placing new nodes, cursor →
 * selection, form parsing, and the one history before the editor loads.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { commitEdits } from '../../src/state/commit.ts';
import { attachEditor, detachEditor, redo, undo, historyStore, type EditorHistory } from '../../src/state/history.ts';
import { appStore } from '../../src/state/store.ts';
import type { Box } from '../../src/state/layout-slice.ts';
import { parseContainerPorts, parseLabels, parsePortSpec, parseRulePorts } from '../../src/ui/dialogs/forms.ts';
import { selectionAt } from '../../src/ui/editor/use-cursor-selection.ts';
import { placeNewNodes } from '../../src/ui/layout/merge-layout.ts';
import { applyChanges } from '../../src/sync/index.ts';

const shop = readFileSync(new URL('../../src/ui/examples/shop.yaml', import.meta.url), 'utf8');
const graph = deriveGraph(loadWorkspace([{ name: 'shop.yaml', text: shop }]));
const API_DB = graph.edges.filter(
  (e) => e.source === 'wl:shop/api[Deployment]' && e.target === 'wl:shop/db[Deployment]',
);

describe('placeNewNodes', () => {
  const box = (x: number, y: number, width = 160, height = 58): Box => ({ x, y, width, height });
  const overlap = (a: Box, b: Box) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  // The example laid out by hand: every node has a place, then some are "new" (no place yet).
  const laid = (): Record<string, Box> => {
    const out: Record<string, Box> = {};
    let x = 0;
    for (const n of graph.nodes.filter((n) => !n.parentId)) {
      out[n.id] = n.kind === 'namespace' ? box(x, 0, 700, 200) : box(x, 0);
      x += out[n.id].width + 40;
    }
    graph.nodes.filter((n) => n.parentId).forEach((n, i) => (out[n.id] = box(20 + (i % 3) * 200, 50)));
    return out;
  };
  const absolute = (out: Record<string, Box>, id: string): Box => {
    const parent = graph.nodes.find((n) => n.id === id)?.parentId;
    const b = out[id];
    return parent ? { ...b, x: b.x + out[parent].x, y: b.y + out[parent].y } : b;
  };

  it('keeps every placed node where it was and gives a new workload a free slot inside its namespace', () => {
    const prev = laid();
    prev['wl:shop/api[Deployment]'] = box(220, 50);
    delete prev['wl:shop/db[Deployment]'];
    const out = placeNewNodes(graph, prev);
    expect(out['wl:shop/api[Deployment]']).toMatchObject({ x: 220, y: 50 });
    const db = out['wl:shop/db[Deployment]'];
    const siblings = graph.nodes
      .filter((n) => n.parentId === 'ns:shop' && n.id !== 'wl:shop/db[Deployment]')
      .map((n) => out[n.id]);
    for (const s of siblings) expect(overlap(db, s)).toBe(false);
    // The namespace box holds all its children.
    const ns = out['ns:shop'];
    for (const s of [...siblings, db]) {
      expect(s.y + s.height).toBeLessThanOrEqual(ns.height);
      expect(s.x + s.width).toBeLessThanOrEqual(ns.width);
    }
  });

  it('puts new nodes outside namespaces, and new namespaces with their children, below everything, overlapping nothing', () => {
    const prev = laid();
    const fresh = graph.nodes
      .filter((n) => n.id === 'anywhere' || n.id === 'ns:kube-system' || n.parentId === 'ns:kube-system')
      .map((n) => n.id);
    expect(fresh.length).toBeGreaterThanOrEqual(3);
    const bottom = Math.max(
      ...Object.entries(prev)
        .filter(([id]) => !fresh.includes(id))
        .map(([id]) => absolute(prev, id).y + prev[id].height),
    );
    for (const id of fresh) delete prev[id];
    const out = placeNewNodes(graph, prev);
    const placed = graph.nodes.map((n) => [n.id, absolute(out, n.id)] as const);
    for (const id of fresh) {
      const b = absolute(out, id);
      expect(b.y).toBeGreaterThan(bottom);
      // No overlap with any other card or box, except a child with its own namespace box.
      for (const [other, o] of placed) {
        const nested = graph.nodes.some(
          (n) => (n.id === id && n.parentId === other) || (n.id === other && n.parentId === id),
        );
        if (other !== id && !nested) expect(overlap(b, o), `${id} over ${other}`).toBe(false);
      }
    }
    const child = graph.nodes.find((n) => n.parentId === 'ns:kube-system')!;
    expect(out[child.id].y + out[child.id].height).toBeLessThanOrEqual(out['ns:kube-system'].height);
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
      value: [
        { protocol: 'TCP', port: 8080 },
        { protocol: 'UDP', port: 53 },
        { protocol: 'TCP', port: 8000, endPort: 8100 },
        { protocol: 'TCP', port: 'http' },
      ],
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
      value: [
        { containerPort: 8080 },
        { containerPort: 8081, name: 'http' },
        { containerPort: 53, name: 'dns', protocol: 'UDP' },
      ],
    });
  });
});

describe('one history before the editor loads', () => {
  beforeEach(() => appStore.getState().setText(shop, 'load'));

  it('records a multi-edit gesture as one step, undoes and redoes it exactly, and hands it to the editor', () => {
    // Deleting the api → db canvas edge: api's egress peer and db's ingress peer, one commit.
    const ids = API_DB.map((e) => e.id);
    expect(ids.length).toBe(2);
    const outcome = commitEdits(
      ids.map((id) => (g: typeof graph) => {
        const e = g.edges.find((x) => x.id === id);
        return e
          ? {
              op: 'removeEdge' as const,
              policy: e.policyId,
              direction: e.direction,
              rule: e.ruleIndex,
              peer: e.peerIndex,
            }
          : undefined;
      }),
    );
    expect(outcome).toEqual({ ok: true, changed: true });
    const edited = appStore.getState().text;
    expect(edited).not.toContain('port: 5432\n---\n# db');
    expect(historyStore.getState()).toEqual({ canUndo: true, canRedo: false });
    undo();
    expect(appStore.getState().text).toBe(shop);
    redo();
    expect(appStore.getState().text).toBe(edited);
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

  // Issue 12: a broken document stays local. Its objects (kept from their last parse) refuse gestures; the
  // rest of the workspace is still edited from the graph, and the broken document's text is left alone.
  it('refuses gestures on the objects of a document that does not parse, leaving it alone', () => {
    appStore.getState().setText(shop, 'load');
    const broken = `${shop}\nkind: [unclosed`;
    appStore.getState().setText(broken, 'editor');
    const outcome = commitEdits({ op: 'deletePolicy', policy: 'shop/db' });
    expect(outcome.ok).toBe(false);
    expect(appStore.getState().text).toBe(broken);
  });

  it('still writes gestures on the other documents while one does not parse', () => {
    appStore.getState().setText(shop, 'load');
    const broken = `${shop}\nkind: [unclosed`;
    appStore.getState().setText(broken, 'editor');
    const outcome = commitEdits({ op: 'addNamespace', name: 'x' });
    expect(outcome).toEqual({ ok: true, changed: true });
    const text = appStore.getState().text;
    expect(text.startsWith(broken)).toBe(true);
    expect(text.slice(broken.length)).toMatch(/kind: Namespace\nmetadata:\n {2}name: x\n/);
  });

  it('refuses a gesture whose new document an unclosed quote would swallow', () => {
    appStore.getState().setText(shop, 'load');
    const broken = `${shop}---\nkey: "unclosed\n`;
    appStore.getState().setText(broken, 'editor');
    const outcome = commitEdits({ op: 'addNamespace', name: 'x' });
    expect(outcome.ok).toBe(false);
    expect(appStore.getState().text).toBe(broken);
  });
});
