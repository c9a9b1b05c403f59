/**
 * YAML → canvas: moving the cursor in the editor selects the node or edge the
 * text under it belongs to (a workload's manifest, the peer behind an edge).
 * Spans nest (a peer inside a policy inside a List), so the innermost span
 * containing the cursor wins; every edge drawn from that same peer is selected.
 * Typing keeps that selection on what is under the cursor once the text is
 * parsed again (a selector edited into another peer selects the new edges).
 */
import { useEffect, type RefObject } from 'react';
import type * as Monaco from 'monaco-editor';
import type { PolicyGraph } from '../../model/graph/types.ts';
import { selectView } from '../../state/derived.ts';
import { useStore } from '../hooks/stores.ts';

export function selectionAt(graph: PolicyGraph, offset: number): { nodes: string[]; edges: string[] } {
  let best: { length: number; nodes: string[]; edges: string[] } | undefined;
  const consider = (span: { offset: number; endOffset: number } | undefined, id: string, kind: 'nodes' | 'edges') => {
    // Inclusive end: a cursor just after the last character still belongs to the span.
    if (!span || offset < span.offset || offset > span.endOffset) return;
    const length = span.endOffset - span.offset;
    if (!best || length < best.length) best = { length, nodes: [], edges: [] };
    if (length === best.length) best[kind].push(id);
  };
  for (const n of graph.nodes) consider(n.span, n.id, 'nodes');
  for (const e of graph.edges) consider(e.span, e.id, 'edges');
  // Same-sized spans of a node and an edge cannot both be innermost: prefer the edge (a peer is inside a manifest).
  if (best && best.edges.length) return { nodes: [], edges: best.edges };
  return { nodes: best?.nodes ?? [], edges: [] };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function useCursorSelection(editorRef: RefObject<Monaco.editor.IStandaloneCodeEditor | null>): void {
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    /** The selection this hook made last; while it stands, typing keeps it on what is under the cursor. */
    let owned: { nodes: string[]; edges: string[] } | undefined;
    const selectAtCursor = (): void => {
      const state = useStore.getState();
      const view = selectView(state);
      const model = editor.getModel();
      const position = editor.getPosition();
      // While the worker analyses a newer text, the graph's spans are an older text's.
      if (view.stale || view.updating || !model || !position) return;
      const next = selectionAt(view.graph, model.getOffsetAt(position));
      owned = next;
      if (same(next.nodes, state.selectedNodeIds) && same(next.edges, state.selectedEdgeIds)) return;
      state.select(next);
    };
    const sub = editor.onDidChangeCursorPosition((e) => {
      // Only the user's own moves: not the cursor shifting under a graph edit or an undo.
      if (!editor.hasTextFocus() || e.source === 'modelChange' || e.source === 'undo' || e.source === 'redo') return;
      const state = useStore.getState();
      // While typing, spans describe an older text: the parse below selects.
      if (state.text !== state.parsedText) return;
      selectAtCursor();
    });
    // Typing into a selector can change what the text under the cursor is (another peer, a new edge id):
    // once the text is parsed, select again, unless the selection has since been changed elsewhere.
    const unsubscribe = useStore.subscribe((s, p) => {
      if (s.parsedText === p.parsedText || s.text !== s.parsedText || !owned || !editor.hasTextFocus()) return;
      if (!same(owned.nodes, s.selectedNodeIds) || !same(owned.edges, s.selectedEdgeIds)) {
        owned = undefined;
        return;
      }
      // After the store has finished notifying about the parse.
      queueMicrotask(selectAtCursor);
    });
    return () => {
      sub.dispose();
      unsubscribe();
    };
  }, [editorRef]);
}
