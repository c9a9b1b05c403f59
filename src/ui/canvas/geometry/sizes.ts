/**
 * Node sizes shared by the layout (ELK needs them up front) and the node
 * components (which must render at exactly that size so edges meet handles).
 */
import type { GraphNode } from '../../../model/graph/types.ts';
import { uiCanvas } from '../../../i18n/en/ui-canvas.ts';
import { displayName } from '../nodes/display-name.ts';
import { parseNodeId } from '../../../model/graph/ids.ts';

/** A word of a card, by its key in the ui-canvas catalogue's `cardWords` (plural forms by their stem). */
export type CardWord = keyof typeof uiCanvas.cardWords extends infer K
  ? K extends `${infer Stem}_${'one' | 'other'}`
    ? Stem
    : K
  : never;
/** Says a card word in some language; the card components pass the app's, sizing uses English. */
export type SayCardWord = (word: CardWord, args?: Record<string, string | number>) => string;

/**
 * English, always: ELK sizes cards before any language is known, and the sizes must not change with it
 * (a card draws its words in the user's language and cuts what does not fit, like a long name).
 * Filled from the catalogue here rather than through i18next: sizing a 5,000-workload paste asked
 * i18next for ~15,000 words, half a second of one task. English needs only `{{name}}` and the
 * one/other plural, and test/ui/card-sizes.test.ts checks every word against i18next's.
 */
export const englishWords: SayCardWord = (word, args) => {
  const words: Record<string, string> = uiCanvas.cardWords;
  const template = words[word] ?? words[`${word}_${args?.count === 1 ? 'one' : 'other'}`] ?? word;
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(args?.[key] ?? ''));
};

export const NODE_HEIGHT = 58;
/** Space above a namespace group's children for its title bar. */
export const GROUP_HEADER = 38;
export const GROUP_PADDING = 20;

/** Rough text width for the UI font at 13px; ELK only needs a good-enough estimate. */
const textWidth = (text: string, px = 7.4) => text.length * px;

/** Small caps tag after the label for peers whose label alone does not say what they are. */
export function kindTagOf(node: GraphNode, say: SayCardWord = englishWords): string {
  switch (node.kind) {
    case 'inferred':
      return say('tagInferred');
    case 'cidr':
      return say('tagIpBlock');
    case 'namespace-pods':
      return say('tagPods');
    case 'not-analysed':
      return say('tagNotAnalysed');
    default:
      return '';
  }
}

const SUBTITLE_WIDTH = 240;

/**
 * Widths by node object: graph nodes are immutable and keep their identity while unchanged
 * (state/stable-graph.ts), and a width costs several i18n lookups, which placing one new card
 * repeated for every card of the graph (~60% of a structural keystroke's render at 1,000 workloads).
 */
const widths = new WeakMap<GraphNode, number>();

export function nodeWidth(node: GraphNode): number {
  let width = widths.get(node);
  if (width === undefined) {
    width = measureNodeWidth(node);
    widths.set(node, width);
  }
  return width;
}

function measureNodeWidth(node: GraphNode): number {
  const tag = kindTagOf(node);
  const title = textWidth(displayName(node), 8.4) + (tag ? textWidth(tag, 7.6) + 10 : 0);
  // Border, padding, icon and gap take 68 (EntityNode textRoom), plus a little air: 74. The in/out badge
  // column ≈ 40. (The text estimate above is already generous; 84 here made every card ~10 px wider than
  // it needed, and a 4-column namespace 40 px wider, enough to miss a readable fit.)
  const badges = node.isolated.ingress || node.isolated.egress ? 40 : 0;
  // The name sizes the card; the subtitle only up to SUBTITLE_WIDTH and is cut beyond (the inspector shows it
  // whole): an inferred node's long "pods matching … (no workload …)" made every card 340 wide, and three of
  // them side by side no longer fitted a pane at a readable zoom.
  const subtitle = Math.min(SUBTITLE_WIDTH, textWidth(subtitleOf(node), 6.9) + 74 + badges);
  return Math.round(Math.min(340, Math.max(160, title + 74 + badges, subtitle)));
}

/** Second line of a node: what kind of thing it is and its ports. */
export function subtitleOf(node: GraphNode, say: SayCardWord = englishWords): string {
  switch (node.kind) {
    case 'workload': {
      const ports = (node.ports ?? []).map((p) => `${p.containerPort}${p.protocol === 'TCP' ? '' : '/' + p.protocol}`);
      const portText = ports.length ? say('ports', { list: ports.join(', ') }) : say('noPorts');
      if (node.replicas === undefined) return portText;
      return say('replicas', { count: node.replicas, ports: portText });
    }
    case 'inferred': {
      if (!node.detail || node.detail === node.label) return say('noWorkloadHasLabels');
      // The graph's detail (`pods matching app=x (no workload …)`), said from the selector the id holds.
      const parts = parseNodeId(node.id);
      return parts?.kind === 'inferred' ? say('podsMatching', { selector: parts.selector }) : node.detail;
    }
    case 'cidr':
      return node.detail ? say('except', { cidrs: node.detail }) : say('ipBlock');
    case 'namespace-pods':
      return node.detail || (node.namespace ? say('anyPodIn', { namespace: node.namespace }) : say('podsInMatching'));
    case 'all-namespaces':
      return say('everyPod');
    case 'anywhere':
      return say('anySource');
    case 'not-analysed':
      return say('needsLiveCluster');
    case 'ingress-controller':
      return say('ingressController');
    default:
      return '';
  }
}

/** A collapsed namespace's card (navigate/CollapsedNamespaceNode.tsx): its name, counts and isolation. */
export const COLLAPSED_CARD = { width: 220, height: 110 };

/**
 * A namespace box without members: just its title bar, as wide as its title (not a full box with nothing in
 * it); a collapsed namespace, whose members are left out, at the size of its card.
 */
export function emptyGroupSize(node: GraphNode): { width: number; height: number } {
  if (node.collapsed) return { ...COLLAPSED_CARD };
  // icon 14 + kicker "NAMESPACE" ≈ 70 + gaps and padding ≈ 50.
  return {
    width: Math.round(Math.min(340, Math.max(150, textWidth(node.label, 8.6) + 134))),
    height: GROUP_HEADER + 10,
  };
}
