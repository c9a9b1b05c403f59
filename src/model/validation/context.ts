/**
 * Walking the yaml AST while reporting at exact nodes. Validation reads the
 * syntax tree rather than the JS value so every diagnostic lands on the key or
 * value the user wrote, and so hostile input (aliases, `__proto__` keys) is
 * never turned into objects.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic, Severity } from '../diagnostics.ts';
import { diagnosticAt } from '../manifests/source.ts';
import type { LineIndex } from '../manifests/line-index.ts';
import { cutText, safeJson } from '../text/visible.ts';
import type { MessageRef, Said } from '../text/message.ts';
import { say } from './messages.ts';

/**
 * Node visits allowed per document beyond what its own size explains,
 * counting alias targets every time they are reached. A "billion laughs"
 * document hits it instead of making validation exponential.
 */
export const NODE_BUDGET = 100_000;
/**
 * Validation looks at a node a few times (its shape, then its value), so an
 * honest document of any size gets this many visits per node as written on
 * top of NODE_BUDGET: only what aliases add can exhaust the budget.
 */
const VISITS_PER_NODE = 4;

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  private visited = 0;
  private exhausted = false;
  private readonly budget: number;

  constructor(
    readonly file: string,
    readonly lines: LineIndex,
    readonly doc: Document.Parsed,
    /** Start of the document in the file; used when a node has no range. */
    readonly docStart: number,
    /** Nodes of the document as written (aliases not followed): see VISITS_PER_NODE. */
    nodes = 0,
  ) {
    this.budget = NODE_BUDGET + VISITS_PER_NODE * nodes;
  }

  report(node: unknown, severity: Severity, rule: string, message: string | Said): void {
    const [start, end] = rangeOf(node, this.docStart);
    this.diagnostics.push(diagnosticAt(this.file, this.lines, start, end, severity, rule, message));
  }

  error(node: unknown, rule: string, message: string | Said): void {
    this.report(node, 'error', rule, message);
  }

  warning(node: unknown, rule: string, message: string | Said): void {
    this.report(node, 'warning', rule, message);
  }

  /**
   * Follows an alias to its anchored node (one step; yaml forbids alias cycles
   * in well-formed documents) and charges the node budget. Returns undefined
   * once the budget is spent, so callers simply stop descending.
   */
  deref(node: unknown): unknown {
    if (this.exhausted) return undefined;
    if (++this.visited > this.budget) {
      this.exhausted = true;
      this.error(node, 'excessive-aliases', say('nodeBudget', { limit: this.budget }));
      return undefined;
    }
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (target === undefined) return undefined; // unresolved alias: a yaml-syntax error already says so
      return isAlias(target) ? undefined : target;
    }
    return node;
  }
}

/** [start, end) offsets of a node, pair, or fallback. */
export function rangeOf(node: unknown, fallback: number): [number, number] {
  if (isPair(node)) {
    const key = rangeOf(node.key, fallback);
    const value = node.value == null ? key : rangeOf(node.value, key[1]);
    return [key[0], Math.max(key[1], value[1])];
  }
  const range = (node as Node | null | undefined)?.range;
  if (range) return [range[0], range[1]];
  return [fallback, fallback];
}

/** A key and its value, both as written. */
export interface Field {
  name: string;
  pair: Pair;
  key: Node;
  value: unknown;
}

/**
 * The string-keyed fields of a map, in order. Non-string keys are returned
 * separately so callers can flag them. Uses an array, not an object, so keys
 * like `__proto__` are plain data.
 */
export function fieldsOf(map: YAMLMap): { fields: Field[]; badKeys: Pair[] } {
  const fields: Field[] = [];
  const badKeys: Pair[] = [];
  for (const pair of map.items) {
    const key = pair.key as Node | null;
    if (isScalar(key) && typeof key.value === 'string') {
      fields.push({ name: key.value, pair, key, value: pair.value });
    } else {
      badKeys.push(pair);
    }
  }
  return { fields, badKeys };
}

/** `key:` with nothing, `key: null` or `key: ~` — Kubernetes treats these as absent. */
export function isNullNode(node: unknown): boolean {
  return node == null || (isScalar(node) && node.value === null);
}

/** Short name of what a node is, for "expected X, found Y" messages (a message of its own, so it is translated too). */
export function describeNode(node: unknown): MessageRef {
  if (isMap(node)) return say('foundMap').ref;
  if (isSeq(node)) return say('foundList').ref;
  if (isAlias(node)) return say('foundAlias').ref;
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return say('foundNull').ref;
    if (typeof v === 'string') return say('foundString', { value: quote(v) }).ref;
    // `source` keeps what was written (`1.0`, `yes`), which is what the user recognises.
    const written = node.source ?? String(v);
    if (typeof v === 'number' || typeof v === 'bigint') return say('foundNumber', { value: written }).ref;
    if (typeof v === 'boolean') return say('foundBoolean', { value: written }).ref;
    return say('foundScalar').ref;
  }
  return say('foundNothing').ref;
}

/**
 * A value in a message, JSON-quoted with every unsafe character escaped (the message is shown in
 * terminals and in the app: see model/text/visible.ts); a long value is cut with a count of the rest.
 */
export function quote(value: string): string {
  const { head, more } = cutText(value, 60);
  return safeJson(JSON.stringify(head)) + more;
}

export type { YAMLMap };
export { isMap, isScalar, isSeq };
