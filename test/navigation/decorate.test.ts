/**
 * Collapsed namespace cards keep their objects while what they show is the same (navigate/decorate.ts):
 * React Flow and the memoised card component then skip them, so a keystroke elsewhere does not re-render
 * every card of a large dump.
 */
import { describe, expect, it } from 'vitest';
import { decorateNodes } from '../../src/ui/canvas/navigate/decorate.ts';
import { namespaceSummaries } from '../../src/ui/canvas/navigate/namespace-summaries.ts';
import { reuseUnchanged } from '../../src/ui/canvas/nodes/stable-nodes.ts';
import { toFlowNodes, type FlowNode } from '../../src/ui/canvas/to-flow.ts';
import { graphOf, TWO_NAMESPACES } from './fixture.ts';

const graph = graphOf(TWO_NAMESPACES);
const boxes = Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: i * 10, y: 0, width: 100, height: 60 }]));
const collapsed = new Set(graph.nodes.filter((n) => n.kind === 'namespace').map((n) => n.id));
/** The canvas's nodes as it builds them after a keystroke: unchanged ones are the previous objects. */
const flowNodes = (previous: FlowNode[] = []) =>
  reuseUnchanged(toFlowNodes(graph.nodes, boxes, new Set()), new Map(previous.map((n) => [n.id, n])));
const cardsOf = (nodes: FlowNode[]) => nodes.filter((n) => n.type === 'collapsed');

describe('decorateNodes', () => {
  it('hands back the same card while its namespace and counts are the same, and a new one when either changes', () => {
    expect(collapsed.size).toBe(2);
    const before = flowNodes();
    const first = cardsOf(decorateNodes(before, namespaceSummaries(graph, collapsed), { collapsed, focus: null }));
    expect(first.map((c) => c.id).sort()).toEqual([...collapsed].sort());

    // A new node list and freshly counted summaries (new objects, the same counts): the same cards.
    const again = decorateNodes(flowNodes(before), namespaceSummaries(graph, collapsed), { collapsed, focus: null });
    expect(cardsOf(again)).toEqual(first);
    cardsOf(again).forEach((card, i) => expect(card).toBe(first[i]));

    // One namespace's count changed: its card is new and says so; the other is the same object.
    const [changedId, sameId] = first.map((c) => c.id);
    const summaries = namespaceSummaries(graph, collapsed);
    const changed = new Map(summaries).set(changedId, { ...summaries.get(changedId)!, policies: 7 });
    const after = cardsOf(decorateNodes(flowNodes(before), changed, { collapsed, focus: null }));
    const card = (cards: FlowNode[], id: string) => cards.find((c) => c.id === id)!;
    expect(card(after, changedId)).not.toBe(card(first, changedId));
    expect(card(after, changedId).data).toMatchObject({ summary: { policies: 7 } });
    expect(card(after, sameId)).toBe(card(first, sameId));

    // Dimmed by a focus elsewhere: a new card, marked.
    const focus = { id: 'x', hide: false, nodes: new Set<string>([sameId]), edges: new Set<string>() };
    const dimmed = cardsOf(decorateNodes(flowNodes(before), changed, { collapsed, focus }));
    expect(card(dimmed, changedId).className).toBe('is-dimmed');
    expect(card(dimmed, sameId)).toBe(card(first, sameId));

    // A namespace node that changed (here: selected) gets a new card.
    const selected = reuseUnchanged(
      toFlowNodes(graph.nodes, boxes, new Set([sameId])),
      new Map(before.map((n) => [n.id, n])),
    );
    const withSelection = cardsOf(decorateNodes(selected, summaries, { collapsed, focus: null }));
    expect(card(withSelection, sameId)).not.toBe(card(first, sameId));
    expect(card(withSelection, sameId).selected).toBe(true);
  });
});
