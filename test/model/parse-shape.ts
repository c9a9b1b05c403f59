/**
 * What must not differ between two parses of the same text (a full parse and
 * an incremental or item-by-item one): documents, node ranges, scalar values,
 * comments, errors and diagnostics.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';
import type { ParsedSource } from '../../src/model/manifests/source.ts';

/** Every node with its range, scalar values and alias sources, depth first. */
export function nodes(doc: Document): unknown[] {
  const out: unknown[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const n = stack.pop();
    if (isPair(n)) {
      stack.push(n.value, n.key);
      continue;
    }
    if (!n || typeof n !== 'object') {
      out.push(n ?? null);
      continue;
    }
    const range = (n as { range?: number[] }).range;
    if (isScalar(n)) out.push(['scalar', range, n.value, n.type, n.comment, n.commentBefore]);
    else if (isAlias(n)) out.push(['alias', range, n.source]);
    else if (isMap(n) || isSeq(n)) {
      out.push([isMap(n) ? 'map' : 'seq', range, n.flow ?? false, n.comment, n.commentBefore]);
      for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
    }
  }
  return out;
}

export function shape(src: ParsedSource): unknown {
  return {
    diagnostics: src.diagnostics,
    docs: src.docs.map((d) => ({
      index: d.index,
      range: d.range,
      docRange: d.doc.range,
      errors: d.doc.errors.map((e) => [e.code, e.pos, e.message]),
      warnings: d.doc.warnings.map((e) => [e.code, e.pos, e.message]),
      comments: [d.doc.commentBefore, d.doc.comment],
      nodes: nodes(d.doc),
    })),
  };
}
