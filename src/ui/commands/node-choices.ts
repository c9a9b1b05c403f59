/**
 * The graph's nodes as palette choices, and back: what "Allow traffic" and
 * "Focus on…" offer, named as the canvas names them, with the node selected
 * on the canvas first.
 */
import type { GraphNode, PolicyGraph } from '../../model/graph/types.ts';
import { selectView } from '../../state/derived.ts';
import { endpointNode } from '../canvas/gestures/create.ts';
import { useDrafts, useStore } from '../hooks/stores.ts';
import type { Choice, CommandT } from './types.ts';

export const currentGraph = (): PolicyGraph => selectView(useStore.getState()).graph;

/** The graph's nodes plus the peers placed on the canvas that no rule names yet (drafts). */
function allNodes(): GraphNode[] {
  const graph = currentGraph();
  const ids = new Set(graph.nodes.map((n) => n.id));
  const drafts = Object.values(useDrafts.getState().drafts).filter((d) => !ids.has(d.id));
  return [...graph.nodes, ...drafts];
}

function describe(n: GraphNode, t: CommandT): Choice {
  const kind =
    n.kind === 'workload' || n.kind === 'inferred'
      ? t('kinds.workload')
      : n.kind === 'namespace' || n.kind === 'namespace-pods'
        ? t('kinds.namespace')
        : n.kind === 'cidr'
          ? t('kinds.cidr')
          : n.kind === 'all-namespaces'
            ? t('kinds.allNamespaces')
            : t('kinds.other');
  if (n.kind === 'namespace' && n.namespace !== undefined)
    return {
      value: n.id,
      label: n.namespace,
      isName: true,
      detail: kind,
      also: [t('choices.allPodsIn', { namespace: n.namespace })],
    };
  if (n.kind === 'all-namespaces') return { value: n.id, label: t('choices.allNamespaces'), detail: kind };
  const ns = n.namespace;
  return {
    value: n.id,
    label: n.label,
    isName: true,
    detail: ns !== undefined ? `${ns} · ${n.endpoint?.type === 'workload' ? (n.endpoint.kind ?? kind) : kind}` : kind,
    also: ns !== undefined ? [`${ns}/${n.label}`] : [],
  };
}

/** The selected node first, then the graph's order. */
function selectedFirst(choices: Choice[]): Choice[] {
  const selected = useStore.getState().selectedNodeIds[0];
  const at = choices.findIndex((c) => c.value === selected);
  return at > 0 ? [choices[at], ...choices.slice(0, at), ...choices.slice(at + 1)] : choices;
}

/**
 * Nodes that can be an end of a flow: workloads, inferred pods, namespaces (all their pods), CIDRs,
 * all namespaces. An "all pods in X" node is left out when X's box is offered (the same end).
 */
export function endpointChoices(t: CommandT): Choice[] {
  const nodes = allNodes();
  const boxes = new Set(nodes.flatMap((n) => (n.kind === 'namespace' && n.namespace ? [n.namespace] : [])));
  const ends = nodes.filter(
    (n) =>
      (n.kind === 'namespace' && n.namespace !== undefined) ||
      (n.endpoint !== undefined && !(n.endpoint.type === 'namespace' && boxes.has(n.endpoint.namespace))),
  );
  return selectedFirst(ends.map((n) => describe(n, t)));
}

/** Every node drawn, for "Focus on…". */
export const focusChoices = (t: CommandT): Choice[] => selectedFirst(allNodes().map((n) => describe(n, t)));

/** A flow end by node id, as drawing an edge to it would take it; undefined (with a toast) when it is not one. */
export function endpointById(id: string): GraphNode | undefined {
  const draft = useDrafts.getState().drafts[id];
  const graph = currentGraph();
  if (draft && !graph.nodes.some((n) => n.id === id)) return draft;
  return endpointNode(graph, id);
}

export const selectedNodeId = (): string | undefined => useStore.getState().selectedNodeIds[0];
