/**
 * Incremental derivation (GraphCache, issue 4's keystroke budget): a graph
 * derived with the cache of the previous text must equal the graph derived
 * afresh, whatever changed in between — text typed above a policy (spans
 * move), a label that changes what a selector picks, a rule's ports, a
 * duplicate policy. The fixtures are the commented SHOP workspace and the
 * benchmark generator's workspace; comments are edited too, as users do.
 */
import { describe, expect, it } from 'vitest';
import { deriveGraph, GraphCache } from '../../src/model/graph/index.ts';
import type { PolicyGraph } from '../../src/model/graph/types.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { SHOP } from '../sync/fixtures.ts';
import { everyTypingSequence } from './typing-edits.ts';

const wsOf = (text: string) => loadWorkspace([{ name: 'g.yaml', text }]);
const fresh = (text: string): PolicyGraph => deriveGraph(wsOf(text));
/** A plain copy, so later derivations with the same cache cannot move spans under the comparison. */
const snapshot = (g: PolicyGraph): PolicyGraph => structuredClone(g);

describe('deriveGraph with a GraphCache', () => {
  it('derives the same graph as without one, and reuses every policy when nothing changed', () => {
    const cache = new GraphCache();
    const first = deriveGraph(wsOf(SHOP), cache);
    expect(snapshot(first)).toEqual(fresh(SHOP));
    const again = deriveGraph(wsOf(SHOP), cache);
    expect(again).toEqual(fresh(SHOP));
    expect(cache.reused).toBe(wsOf(SHOP).policies.length);
    // Every policy's edges reused: the very same edge list, not a copy (the canvas then has nothing to compare).
    expect(again.edges).toBe(first.edges);
  });

  it('moves the spans of reused edges when a comment is typed above the policies', () => {
    const cache = new GraphCache();
    const before = snapshot(deriveGraph(wsOf(SHOP), cache));
    const typed = SHOP.replace('# second header line', '# second header line, now longer\n# and a third');
    const after = deriveGraph(wsOf(typed), cache);
    expect(cache.reused).toBe(wsOf(typed).policies.length);
    expect(after).toEqual(fresh(typed));
    // The spans really moved: the same edge points two lines lower than before.
    const id = after.edges[0].id;
    expect(after.edges[0].span!.line).toBe(before.edges.find((e) => e.id === id)!.span!.line + 1);
  });

  it('rebuilds the edges of a policy whose selector now picks other pods', () => {
    const cache = new GraphCache();
    deriveGraph(wsOf(SHOP), cache);
    // web's pods become app=admin: api-allow's `app: web` peer now picks nothing (an inferred node) and
    // its `app: admin` peer picks web.
    const typed = SHOP.replace('app: web  # the web label', 'app: admin  # the web label, renamed');
    const after = deriveGraph(wsOf(typed), cache);
    expect(after).toEqual(fresh(typed));
    expect(cache.reused).toBeLessThan(wsOf(typed).policies.length);
  });

  it('numbers the edges of a duplicate policy after the first one, as without a cache', () => {
    const policy = SHOP.slice(SHOP.indexOf('# policy for the api'));
    const doc = policy.slice(0, policy.indexOf('\n---') === -1 ? undefined : policy.indexOf('\n---'));
    const dup = `${SHOP}\n---\n# the same policy pasted twice\n${doc}`;
    const cache = new GraphCache();
    deriveGraph(wsOf(SHOP), cache);
    const g = deriveGraph(wsOf(dup), cache);
    expect(g).toEqual(fresh(dup));
    expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
    expect(g.edges.some((e) => e.id.endsWith('#2'))).toBe(true);
  });

  it('keeps equal to a fresh derivation over random sequences of edits to a generated workspace', () => {
    everyTypingSequence(() => {
      const cache = new GraphCache();
      return (text) => expect(deriveGraph(wsOf(text), cache)).toEqual(fresh(text));
    });
  });
});
