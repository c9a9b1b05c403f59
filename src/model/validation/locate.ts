/**
 * Finding the yaml node behind a workspace object. Lint works on the
 * Workspace (semantics) but must report at exact nodes, so it maps an object's
 * span offset back to its node and walks down by key.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import type { Workspace } from '../types.ts';

function childrenOf(node: unknown): unknown[] {
  if (isMap(node)) return node.items.flatMap((p) => [p.key, p.value]);
  if (isSeq(node)) return node.items;
  if (isPair(node)) return [node.key, node.value];
  return [];
}

/** The document of `file` that contains `offset`. */
export function documentAt(ws: Workspace, file: string, offset: number): Document.Parsed | undefined {
  const src = ws.sources.find((s) => s.file.name === file);
  return src?.docs.find((d) => offset >= d.range[0] && offset <= d.range[1])?.doc;
}

/** The map that starts exactly at `offset` (iterative: input may be deeply nested). */
export function mapAt(doc: Document.Parsed, offset: number): YAMLMap | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) continue;
    const range = (node as Node | null)?.range;
    if (range && (offset < range[0] || offset > range[2])) continue;
    if (isMap(node) && range?.[0] === offset) return node;
    stack.push(...childrenOf(node));
  }
  return undefined;
}

export interface KeyValue {
  key: Node;
  value: unknown;
}

/** `map.a.b.c`, following aliases; each step yields the key and its value. */
export function lookup(doc: Document.Parsed, map: unknown, path: readonly string[]): KeyValue | undefined {
  let current: unknown = map;
  let found: KeyValue | undefined;
  for (const name of path) {
    const m = isAlias(current) ? current.resolve(doc) : current;
    if (!isMap(m)) return undefined;
    const pair = m.items.find((p) => isScalar(p.key) && p.key.value === name);
    if (!pair) return undefined;
    found = { key: pair.key as Node, value: pair.value };
    current = pair.value;
  }
  return found;
}
