/**
 * Alias bombs ("billion laughs"): a few lines whose aliases expand to billions
 * of nodes when turned into data. We measure the expanded size of a document
 * on the AST (linear: each node's size is computed once) and flag it before
 * anything expands it.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml';

/** More expanded nodes than this in one document is treated as an attack, not a manifest. */
export const EXPANDED_NODE_LIMIT = 100_000;

function children(node: unknown): unknown[] {
  if (isMap(node)) return node.items.flatMap((p) => [p.key, p.value]);
  if (isSeq(node)) return node.items;
  if (isPair(node)) return [node.key, node.value];
  return [];
}

/**
 * Expanded node count of the document, capped just above the limit. Iterative
 * (explicit stack) so deeply nested input cannot overflow the call stack; an
 * alias cycle counts as over the limit.
 */
export function expandedSize(doc: Document.Parsed): number {
  const cap = EXPANDED_NODE_LIMIT + 1;
  const size = new Map<unknown, number>();
  const onStack = new Set<unknown>();
  const stack: { node: unknown; expanded: boolean }[] = [{ node: doc.contents, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const target = isAlias(top.node) ? top.node.resolve(doc) : top.node;
    if (size.has(top.node)) {
      stack.pop();
      continue;
    }
    if (isAlias(top.node)) {
      if (target === undefined || isScalar(target)) {
        size.set(top.node, 1);
        stack.pop();
      } else if (size.has(target)) {
        size.set(top.node, size.get(target) ?? cap);
        stack.pop();
      } else if (onStack.has(target)) {
        size.set(top.node, cap); // an alias inside its own anchor
        stack.pop();
      } else {
        stack.push({ node: target, expanded: false });
      }
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
  return doc.contents == null ? 0 : (size.get(doc.contents) ?? 0);
}

/** The first alias of a document in source order, where a bomb is reported. */
export function firstAlias(doc: Document.Parsed): Node | undefined {
  let first: Node | undefined;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      if (!first || (node.range?.[0] ?? Infinity) < (first.range?.[0] ?? Infinity)) first = node;
      continue;
    }
    stack.push(...children(node));
  }
  return first;
}

/** Aliases whose anchor does not exist (earlier in the document), in source order. */
export function unresolvedAliases(doc: Document.Parsed): Alias[] {
  const out: Alias[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      if (node.resolve(doc) === undefined) out.push(node);
      continue;
    }
    stack.push(...children(node));
  }
  return out.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
}
