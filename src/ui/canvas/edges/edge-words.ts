/**
 * The words of an edge's pill in the app's language. The graph (model/graph) labels rule edges in
 * English — `TCP all ports`, `BANP · Deny all ports`, `port metrics` — because the CLI, the filters
 * and the ports form read that syntax; the canvas says its fixed phrases by key here instead. What
 * the workspace names (protocols, numbers, port names, tiers, actions) is kept as written.
 */
import type { uiCanvas } from '../../../i18n/en/ui-canvas.ts';
import { createI18n } from '../../../i18n/i18n.ts';

/** A pill word, by its key in the ui-canvas catalogue's `edgeWords` (plural forms by their stem). */
export type EdgeWord = keyof typeof uiCanvas.edgeWords extends infer K
  ? K extends `${infer Stem}_${'one' | 'other'}`
    ? Stem
    : K
  : never;
export type SayEdgeWord = (word: EdgeWord, args?: Record<string, string | number>) => string;

let english: SayEdgeWord | undefined;
/** English: what the graph's labels say, for callers without a language (tests, sizing). */
export const englishEdgeWords: SayEdgeWord = (word, args) => {
  if (!english) {
    const t = createI18n('en').getFixedT('en', 'ui-canvas') as unknown as (key: string, o?: object) => string;
    english = (w, a) => t(`edgeWords.${w}`, a);
  }
  return english(word, args);
};

/**
 * The graph's phrases (model/graph/ports-label.ts, cluster-layer.ts), each a whole piece of the label
 * (between the start or end, spaces, ` · ` and `, `): a name never holds a space, so none is taken for one.
 */
const PHRASES =
  /(?<=^|[\s,·])(?:(all ports)|(no ports)|(no action)|(invalid port)|port ([a-z0-9][a-z0-9-]*))(?=$|[\s,·])/g;

/** One rule edge's label with its fixed phrases in the language of `say`. */
export function sayPortWords(label: string, say: SayEdgeWord): string {
  return label.replace(
    PHRASES,
    (_m, all?: string, none?: string, noAction?: string, invalid?: string, name?: string) => {
      if (all) return say('allPorts');
      if (none) return say('noPorts');
      if (noAction) return say('noAction');
      if (invalid) return say('invalidPort');
      return say('namedPort', { name: name ?? '' });
    },
  );
}

/** Pieces joined by ` · `: the first three and how many more when there are over four. */
export function pillList(pieces: readonly string[], say: SayEdgeWord): string {
  return pieces.length > 4
    ? say('more', { list: pieces.slice(0, 3).join(' · '), count: pieces.length - 3 })
    : pieces.join(' · ');
}

/** A pill that stands for `count` rules: `TCP 80 · UDP 53 (12 rules)`. */
export const countedPill = (ports: string, count: number, say: SayEdgeWord): string => say('rules', { ports, count });
