/**
 * Selecting a node or an edge on the canvas highlights the YAML it came from
 * (the workload manifest, or the policy peer / rule behind an edge; a policy
 * picked in a panel) and scrolls it into view, so the picture always points
 * back at the text.
 */
import { useEffect, type RefObject } from 'react';
import type * as Monaco from 'monaco-editor';
import type { Span } from '../../model/types.ts';
import { workspaceOf } from '../../state/analyse.ts';
import { monaco } from './monaco-env.ts';
import { useStore } from '../hooks/stores.ts';
import { useView } from '../hooks/use-view.ts';

/**
 * The spans of the items with these ids. Nothing selected is the common case on every keystroke: the
 * graph's edge list is then not walked at all (338,666 rule edges at 2,000 workloads: 40-120 ms a
 * keystroke on the page).
 */
function spansOf(items: readonly { id: string; span?: Span }[], ids: readonly string[]): Span[] {
  if (ids.length === 0) return [];
  const wanted = new Set(ids);
  const out: Span[] = [];
  for (const item of items) if (item.span && wanted.has(item.id)) out.push(item.span);
  return out;
}

export function useSelectionHighlight(editorRef: RefObject<Monaco.editor.IStandaloneCodeEditor | null>): void {
  const view = useView();
  const nodeIds = useStore((s) => s.selectedNodeIds);
  const edgeIds = useStore((s) => s.selectedEdgeIds);
  const policyIds = useStore((s) => s.selectedPolicyIds);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    if (nodeIds.length === 0 && edgeIds.length === 0 && policyIds.length === 0) return;
    const spans: Span[] = [
      ...spansOf(view.graph.nodes, nodeIds),
      ...spansOf(view.graph.edges, edgeIds),
      // Policies are not drawn: their spans come from the current parse (a stored span would go stale as the text changes).
      ...(policyIds.length && !view.stale
        ? workspaceOf(useStore.getState().parsedText, useStore.getState().caches)
            .policies.filter((p) => policyIds.includes(p.id) && p.span)
            .map((p) => p.span!)
        : []),
    ];
    const decorations = spans.map((span) => {
      const start = model.getPositionAt(span.offset);
      const end = model.getPositionAt(Math.max(span.offset, span.endOffset - 1));
      return {
        range: new monaco.Range(start.lineNumber, 1, end.lineNumber, 1),
        options: { isWholeLine: true, className: 'yaml-highlight', linesDecorationsClassName: 'yaml-highlight-gutter' },
      };
    });
    const collection = editor.createDecorationsCollection(decorations);
    if (decorations.length > 0) editor.revealRangeInCenterIfOutsideViewport(decorations[0].range);
    return () => collection.clear();
  }, [editorRef, view.graph, view.stale, nodeIds, edgeIds, policyIds]);
}
