/**
 * Each store analyses its own text with its own caches (issue 9): a second
 * store — another test, another window of the app — neither replaces the
 * first one's parse and view nor lends it its last good graph.
 */
import { describe, expect, it } from 'vitest';
import { workspaceOf } from '../../src/state/analyse.ts';
import { selectView } from '../../src/state/derived.ts';
import { createAppStore } from '../../src/state/store.ts';
import { POLICIES_ONLY, SHOP } from '../sync/fixtures.ts';

const storeWith = (text: string) => {
  const store = createAppStore();
  store.getState().setText(text, 'load');
  return store;
};

describe('AnalysisCaches per store', () => {
  it('starts a fresh store from an empty graph', () => {
    selectView(storeWith(SHOP).getState()); // another store's analysis must not show through
    const view = selectView(createAppStore().getState());
    expect(view.graph.nodes).toEqual([]);
    expect(view.stale).toBe(false);
  });

  it('keeps a store’s view and parse while another store analyses another text', () => {
    const shop = storeWith(SHOP);
    const view = selectView(shop.getState());
    const ws = workspaceOf(SHOP, shop.getState().caches);
    const ranges = JSON.stringify(ws.sources[0].docs.map((d) => d.range));

    const other = storeWith(`# moves every document\n${POLICIES_ONLY}`);
    expect(selectView(other.getState()).graph).not.toBe(view.graph);

    expect(selectView(shop.getState())).toBe(view);
    expect(workspaceOf(SHOP, shop.getState().caches)).toBe(ws);
    expect(JSON.stringify(ws.sources[0].docs.map((d) => d.range))).toBe(ranges);
  });

  // Issue 12: a broken document stays local; the store's other documents are still drawn from its own caches.
  it('keeps drawing a store’s own documents while one of its documents does not parse', () => {
    const shop = storeWith(SHOP);
    const good = selectView(shop.getState()).graph;
    selectView(storeWith(POLICIES_ONLY).getState());
    shop.getState().setText(`${SHOP}\n---\nkey: "unclosed\n`, 'load');
    const view = selectView(shop.getState());
    expect(view.stale).toBe(false);
    expect(view.broken).toHaveLength(1);
    expect(view.graph.nodes.map((n) => n.id)).toEqual(good.nodes.map((n) => n.id));
  });
});
