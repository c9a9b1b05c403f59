/**
 * Issue 12: a YAML document that does not parse stays local. The other documents are drawn from the
 * current text; the broken one's objects are kept from its last good parse, marked stale, or, when it
 * never parsed, left out and named.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selectView } from '../../src/state/derived.ts';
import { createAppStore } from '../../src/state/store.ts';

const shop = readFileSync(new URL('../../src/ui/examples/shop.yaml', import.meta.url), 'utf8');
// The last document of the example is the `db` policy: break it by an unclosed flow sequence.
const dbPolicy = shop.lastIndexOf('---\n');
const brokenDb = `${shop.slice(0, dbPolicy)}---\nkind: [unclosed\n${shop.slice(dbPolicy + 4)}`;

describe('broken documents stay local', () => {
  it('draws every other document and keeps the broken one’s objects, marked stale', () => {
    const store = createAppStore();
    store.getState().setText(shop, 'load');
    const good = selectView(store.getState());
    const dbEdges = good.graph.edges.filter((e) => e.policyId === 'shop/db');
    expect(dbEdges.length).toBeGreaterThan(0);

    store.getState().setText(brokenDb, 'editor');
    store.getState().setText(brokenDb, 'load'); // parse now, not a frame later
    const view = selectView(store.getState());
    expect(view.stale).toBe(false);
    expect(view.broken).toHaveLength(1);
    expect(view.broken[0].kept).toBe(1); // the db policy
    expect(view.broken[0].line).toBeGreaterThanOrEqual(brokenDb.split('\n').indexOf('kind: [unclosed') + 1);
    // Every node and edge is still there; only the db policy's edges are stale.
    expect(view.graph.nodes.map((n) => n.id).sort()).toEqual(good.graph.nodes.map((n) => n.id).sort());
    expect(view.graph.edges.map((e) => e.id).sort()).toEqual(good.graph.edges.map((e) => e.id).sort());
    for (const e of view.graph.edges) expect(e.stale === true, e.id).toBe(e.policyId === 'shop/db');
    expect(view.graph.nodes.some((n) => n.stale)).toBe(false);

    store.getState().setText(shop, 'load');
    expect(selectView(store.getState()).graph.edges.some((e) => e.stale)).toBe(false);
  });

  it('names a broken document that never parsed and draws the rest', () => {
    const store = createAppStore();
    store.getState().setText(brokenDb, 'load');
    const view = selectView(store.getState());
    expect(view.stale).toBe(false);
    expect(view.broken).toHaveLength(1);
    expect(view.broken[0].kept).toBe(0);
    expect(view.graph.edges.some((e) => e.policyId === 'shop/db')).toBe(false);
    expect(view.graph.edges.some((e) => e.policyId === 'shop/api')).toBe(true);
  });
});
