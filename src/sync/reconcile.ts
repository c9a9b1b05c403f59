/**
 * Writing a JS value into an existing yaml node with the smallest change:
 * equal scalars are left alone (style, comments and all), a changed scalar
 * keeps its node, maps are reconciled key by key (kept keys keep their order
 * and comments, new keys go last), sequences item by item. Only where the
 * shape differs is a new node created — in the style of what it replaces.
 */
import { isAlias, isCollection, isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';

type Primitive = string | number | boolean | null;

const isPrimitive = (v: unknown): v is Primitive => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Map key text of a pair key node. */
export function keyOf(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null || key.value === undefined ? undefined : String(key.value);
  return undefined;
}

/**
 * Reconciles `node` with `value` in place. Returns a replacement node when
 * `node` cannot represent `value` (the caller puts it where `node` was), or
 * `undefined` when the node was updated in place (or already equal).
 */
export function reconcile(doc: Document, node: unknown, value: unknown): Node | undefined {
  if (isAlias(node)) return styledNode(doc, value, undefined);
  if (isPrimitive(value)) {
    if (!isScalar(node)) return styledNode(doc, value, undefined);
    if (node.value !== value) {
      // A quoted "80" must not stay quoted when it becomes the number 80 (and vice versa).
      if (typeof node.value !== typeof value) node.type = undefined;
      node.value = value;
      quoteIfAmbiguous(node);
    }
    return undefined;
  }
  if (Array.isArray(value)) {
    if (!isSeq(node)) return styledNode(doc, value, isCollection(node) ? node : undefined);
    const n = Math.min(node.items.length, value.length);
    for (let i = 0; i < n; i++) {
      const r = reconcile(doc, node.items[i], value[i]);
      if (r) node.items[i] = r;
    }
    for (let i = n; i < value.length; i++) node.items.push(styledNode(doc, value[i], lastNode(node.items)));
    if (node.items.length > value.length) node.items.splice(value.length);
    return undefined;
  }
  if (isPlainObject(value)) {
    if (!isMap(node)) return styledNode(doc, value, isCollection(node) ? node : undefined);
    node.items = node.items.filter((pair) => {
      const k = keyOf(pair.key);
      return k !== undefined && Object.prototype.hasOwnProperty.call(value, k);
    });
    for (const [k, v] of Object.entries(value)) {
      const pair = node.items.find((p) => keyOf(p.key) === k);
      if (pair) {
        const r = reconcile(doc, pair.value, v);
        if (r) pair.value = r;
      } else {
        node.items.push(doc.createPair(k, styledNode(doc, v, undefined)));
      }
    }
    return undefined;
  }
  return styledNode(doc, value, undefined);
}

function lastNode(items: unknown[]): Node | undefined {
  const last = items[items.length - 1];
  return isCollection(last) || isScalar(last) ? (last as Node) : undefined;
}

/** A new node for `value`, with flow/block collection style copied from `template` where the shapes agree. */
export function styledNode(doc: Document, value: unknown, template: Node | undefined): Node {
  const node = doc.createNode(value) as Node;
  if (template) mimicStyle(node, template);
  visit(node, (n) => {
    if (isScalar(n)) quoteIfAmbiguous(n);
  });
  return node;
}

function visit(node: unknown, fn: (n: unknown) => void): void {
  fn(node);
  if (isMap(node)) for (const p of node.items) visit(p.value, fn);
  else if (isSeq(node)) for (const it of node.items) visit(it, fn);
}

/**
 * kubectl reads manifests as YAML 1.1, where `yes`, `on`, `off`, `y`, `0777`
 * or `1:30` are not strings; yaml (1.2) would write them plain. A label value
 * `on` written plain would fail to apply, so such strings are double-quoted.
 */
const YAML11_NON_STRING =
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|[-+]?0[0-7_]+|[-+]?0b[01_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[-+]?[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?)$/;

function quoteIfAmbiguous(node: Scalar): void {
  if (typeof node.value !== 'string' || !YAML11_NON_STRING.test(node.value)) return;
  if (node.type !== 'QUOTE_SINGLE' && node.type !== 'QUOTE_DOUBLE') node.type = 'QUOTE_DOUBLE';
}

/**
 * Copies flow style from `template` onto the collections of `node`, matching
 * map entries by key and sequence items by position (the last item stands in
 * for extra ones). Only ever turns flow on: block is the default.
 */
export function mimicStyle(node: unknown, template: unknown): void {
  if (!isCollection(node) || !isCollection(template)) return;
  // `{}` and `[]` are flow because they are empty, not because the user prefers flow.
  if (template.items.length === 0) return;
  if (template.flow) {
    node.flow = true;
    return;
  }
  if (isMap(node) && isMap(template)) {
    for (const pair of node.items) {
      const k = keyOf(pair.key);
      const t = template.items.find((p) => keyOf(p.key) === k);
      if (t) mimicStyle(pair.value, t.value);
    }
  } else if (isSeq(node) && isSeq(template) && template.items.length) {
    node.items.forEach((item, i) => mimicStyle(item, template.items[Math.min(i, template.items.length - 1)]));
  }
}
