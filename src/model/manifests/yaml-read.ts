/**
 * Defensive readers over yaml AST nodes.
 *
 * The object reader (objects.ts) and the workspace builder read manifests
 * straight from the yaml node tree instead of `doc.toJS()`: that keeps every node's source range (for spans), never
 * expands alias bombs (we only follow the few paths we care about, and each
 * alias is resolved once, not copied), and lets every reader return
 * `undefined` for a value of the wrong type instead of throwing. Validation of
 * wrong types is reported by src/model/validation; here we just skip.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';

/** Aliases can point to aliases; bound the chain so a cycle can never hang us. */
const MAX_ALIAS_HOPS = 64;

/** Follows aliases to the node they name; `undefined` when unresolvable. */
export function deref(doc: Document, node: unknown): Node | undefined {
  let cur: unknown = node;
  for (let i = 0; i < MAX_ALIAS_HOPS && isAlias(cur); i++) {
    try {
      cur = cur.resolve(doc);
    } catch {
      return undefined;
    }
  }
  if (isAlias(cur)) return undefined;
  return (cur ?? undefined) as Node | undefined;
}

export function asMap(doc: Document, node: unknown): YAMLMap | undefined {
  const n = deref(doc, node);
  return isMap(n) ? n : undefined;
}

export function asSeq(doc: Document, node: unknown): YAMLSeq | undefined {
  const n = deref(doc, node);
  return isSeq(n) ? n : undefined;
}

/** Key text of a map entry, when the key is a plain scalar. */
function keyText(doc: Document, key: unknown): string | undefined {
  // The common case first, without the alias walk: reading a workspace asks for thousands of keys.
  if (isScalar(key) && typeof key.value === 'string') return key.value;
  const k = deref(doc, key);
  if (!isScalar(k)) return undefined;
  const v = k.value;
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/** Value node of `key` in a map (first occurrence); `undefined` when absent. */
export function get(doc: Document, map: YAMLMap | undefined, key: string): Node | undefined {
  if (!map) return undefined;
  for (const item of map.items) {
    if (keyText(doc, item.key) === key) return deref(doc, item.value) ?? undefined;
  }
  return undefined;
}

/** Entries of a map whose key is a scalar, with the key node kept for spans. */
export function entries(
  doc: Document,
  map: YAMLMap | undefined,
): { key: string; keyNode: Node; value: Node | undefined }[] {
  const out: { key: string; keyNode: Node; value: Node | undefined }[] = [];
  if (!map) return out;
  for (const item of map.items) {
    const k = keyText(doc, item.key);
    if (k === undefined) continue;
    out.push({ key: k, keyNode: item.key as Node, value: deref(doc, item.value) });
  }
  return out;
}

/** Items of a sequence (aliases resolved); `[]` when not a sequence. */
export function items(doc: Document, node: unknown): (Node | undefined)[] {
  const seq = asSeq(doc, node);
  return seq ? seq.items.map((it) => deref(doc, it)) : [];
}

/** A scalar's value as a string; numbers and booleans are printed (labels are strings in the API). */
export function str(doc: Document, node: unknown): string | undefined {
  const n = deref(doc, node);
  if (!isScalar(n)) return undefined;
  const v = n.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') {
    // Keep the author's spelling (e.g. `version: 1.10` must stay "1.10", not "1.1").
    return typeof n.source === 'string' && n.source !== '' ? n.source : String(v);
  }
  return undefined;
}

/** A scalar that must be a string in the API (no number coercion). */
export function strictStr(doc: Document, node: unknown): string | undefined {
  const n = deref(doc, node);
  return isScalar(n) && typeof n.value === 'string' ? n.value : undefined;
}

/** An integer scalar; `undefined` for anything else. */
export function int(doc: Document, node: unknown): number | undefined {
  const n = deref(doc, node);
  if (!isScalar(n)) return undefined;
  const v = n.value;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'bigint') return Number(v);
  return undefined;
}

/** True for a present null scalar (`key:` or `key: null`). */
export function isNull(doc: Document, node: unknown): boolean {
  const n = deref(doc, node);
  return n === undefined || (isScalar(n) && n.value === null);
}

/** [start, end) source offsets of a node; `undefined` when the node has no range. */
export function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as { range?: [number, number, number] | null } | null | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
}
