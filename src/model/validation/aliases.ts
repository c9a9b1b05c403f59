/**
 * Alias bombs ("billion laughs"): a few lines whose aliases expand to billions
 * of nodes when turned into data. What an alias costs is the size of the node
 * it copies, so we count only what alias expansion adds: for each alias, the
 * expanded size of its target (aliases inside it included). A document of
 * any size without aliases adds nothing, however many nodes it has (a
 * 600-pod `kubectl get pods -o yaml` List is ~100,000 nodes and harmless).
 * Like the yaml library's own `maxAliasCount`, sizes are memoised per target,
 * so a bomb is measured in time linear in its text, never by expanding it.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml';

/** More nodes than this added by alias expansion in one document is treated as an attack, not a manifest. */
export const ALIAS_EXPANSION_LIMIT = 100_000;

function children(node: unknown): unknown[] {
  if (isMap(node)) return node.items.flatMap((p) => [p.key, p.value]);
  if (isSeq(node)) return node.items;
  if (isPair(node)) return [node.key, node.value];
  return [];
}

/** What one walk over the document as written finds (aliases not followed). */
export interface AliasCensus {
  /** Nodes as written: collections, scalars, and each alias as one node. */
  nodes: number;
  /** Every alias, in source order. */
  aliases: Alias[];
}

/**
 * Whether `text[start, end)` can hold an alias at all: each is written `*name`. A cheap test before any walk.
 * The search stops at `end` (a slice of a flat string is a view, not a copy): searching from `start` alone read
 * the rest of the text for each document without a `*`, 1.4 s of the analysis worker on a 10 MB dump.
 */
export function mayHaveAliases(text: string, [start, end]: readonly [number, number]): boolean {
  return end > start && text.slice(start, end).includes('*');
}

const censusCache = new WeakMap<object, AliasCensus>();

/** Walks the document once (explicit stack: deep nesting cannot overflow the call stack); cached per Document. */
export function aliasCensus(doc: Document.Parsed): AliasCensus {
  const hit = censusCache.get(doc);
  if (hit) return hit;
  const aliases: Alias[] = [];
  let nodes = 0;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node == null) continue;
    if (isMap(node)) {
      nodes++;
      for (const p of node.items) stack.push(p.key, p.value);
    } else if (isSeq(node)) {
      nodes++;
      for (const item of node.items) stack.push(item);
    } else if (isAlias(node)) {
      nodes++;
      aliases.push(node);
    } else if (isScalar(node)) nodes++;
  }
  aliases.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  const census = { nodes, aliases };
  censusCache.set(doc, census);
  return census;
}

/**
 * Expanded size of `root` (aliases replaced by copies of their targets),
 * capped at `cap`. `size` memoises across calls, so each node is measured
 * once; an alias inside its own anchor is a cycle and counts as `cap`.
 */
function expandedSize(doc: Document.Parsed, root: Node, cap: number, size: Map<unknown, number>): number {
  const onStack = new Set<unknown>();
  const stack: { node: unknown; expanded: boolean }[] = [{ node: root, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (size.has(top.node)) {
      stack.pop();
      continue;
    }
    if (isAlias(top.node)) {
      const target = top.node.resolve(doc);
      if (target === undefined || isScalar(target)) size.set(top.node, 1);
      else if (size.has(target)) size.set(top.node, size.get(target) ?? cap);
      else if (onStack.has(target)) size.set(top.node, cap);
      else {
        stack.push({ node: target, expanded: false });
        continue;
      }
      stack.pop();
      continue;
    }
    const kids = children(top.node).filter((k) => k != null);
    if (!top.expanded) {
      top.expanded = true;
      onStack.add(top.node);
      for (const k of kids) if (!size.has(k)) stack.push({ node: k, expanded: false });
      continue;
    }
    let total = 1;
    for (const k of kids) total = Math.min(cap, total + (size.get(k) ?? cap));
    size.set(top.node, total);
    onStack.delete(top.node);
    stack.pop();
  }
  return size.get(root) ?? cap;
}

/**
 * Nodes that alias expansion adds to the document (the sum over its aliases
 * of their targets' expanded sizes), capped just above the limit.
 */
export function aliasExpansion(doc: Document.Parsed): number {
  const { aliases } = aliasCensus(doc);
  const cap = ALIAS_EXPANSION_LIMIT + 1;
  const size = new Map<unknown, number>();
  let added = 0;
  for (const alias of aliases) {
    added = Math.min(cap, added + expandedSize(doc, alias, cap, size));
    if (added >= cap) break;
  }
  return added;
}

/**
 * Where to report the document's alias bomb, if its aliases add more than the
 * limit or refer to themselves: the first alias in source order (where the
 * pattern starts), found without expanding anything.
 */
export function findAliasBomb(doc: Document.Parsed): Alias | undefined {
  const { aliases } = aliasCensus(doc);
  if (aliases.length === 0) return undefined;
  return aliasExpansion(doc) > ALIAS_EXPANSION_LIMIT ? aliases[0] : undefined;
}

/** Aliases whose anchor does not exist (earlier in the document), in source order. */
export function unresolvedAliases(doc: Document.Parsed): Alias[] {
  return aliasCensus(doc).aliases.filter((a) => a.resolve(doc) === undefined);
}
