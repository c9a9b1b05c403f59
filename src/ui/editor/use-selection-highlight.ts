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

export function useSelectionHighlight(editorRef: RefObject<Monaco.editor.IStandaloneCodeEditor | null>): void {
  const view = useView();
  const nodeIds = useStore((s) => s.selectedNodeIds);
  const edgeIds = useStore((s) => s.selectedEdgeIds);
  const policyIds = useStore((s) => s.selectedPolicyIds);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const wantedNodes = new Set(nodeIds);
    const wantedEdges = new Set(edgeIds);
    const spans: Span[] = [
      ...view.graph.nodes.filter((n) => wantedNodes.has(n.id) && n.span).map((n) => n.span!),
      ...view.graph.edges.filter((e) => wantedEdges.has(e.id) && e.span).map((e) => e.span!),
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
