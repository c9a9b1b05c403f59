/**
 * One List document parsed item by item (the layout comes from list-items.ts)
 * and put together into the very Document a whole parse gives: the document
 * without its items (the "frame": apiVersion, kind, metadata) is parsed on its
 * own, each item is parsed as a one-item sequence, and the items' nodes become
 * the frame's `items` sequence. Every offset points into the real text, so
 * spans, diagnostics and src/sync see no difference;
 * test/model/list-parse.test.ts compares the two parses node by node.
 *
 * Items are reused from the List's last parse by where they sit around the
 * edit: after a keystroke only the item it touched is parsed again. As in
 * incremental.ts, reused nodes are shifted in place, so
 * a Document returned here is only valid until the next `parse` of the same
 * ListParser. A node is only ever in one live Document: the caller says which
 * Documents stay in use (`live`), and only items of the others are taken.
 *
 * Whole parse instead (`undefined`) whenever the pieces may not add up to it:
 * any syntax error or warning in a piece (an error can reach past an item's
 * end), and any anchor or alias (an alias may name an anchor of another item).
 */
import { isAlias, isMap, isScalar, visit, YAMLSeq, type Document, type ParsedNode } from 'yaml';
import { listLayout, listLayoutAfterEdit, type ListLayout } from './list-items.ts';
import { mapOffsets, noiseCuts, withoutCuts } from './list-noise.ts';
import { KnownEdits } from './common-ends.ts';
import { collectRanges, moveOffsets } from './node-offsets.ts';
// Through the depth guard: a too-deep item comes back with an error, so the List falls back to the whole parse.
import { parseDocuments } from './parse-documents.ts';
import { readPlainDocument } from './plain-reader.ts';

interface Item {
  /** The item's node (a list item, parsed as a one-item sequence). */
  node: ParsedNode;
  /** Every offset array of the node's tree, to move it as a whole. */
  offsets: number[][];
  /**
   * Where the node starts after the item's `-` line starts (the `- ` before it). The node's offsets
   * move with the List document when text is typed before it (incremental.ts), so where the item
   * currently sits is read from the node itself, never remembered.
   */
  lead: number;
  /** The List document the node was last put in. */
  owner: Document.Parsed;
}

/** `&name` or `*name` may be in the text: then the item's nodes are checked for anchors and aliases. */
const MAYBE_ANCHOR = /[&*]/;

export interface ListParseOptions {
  /** Leave `status` and `managedFields` of Pods, workloads and Namespaces unparsed (list-noise.ts): read-only use. */
  dropClusterNoise?: boolean;
}

/** A List parsed last: its text and its items, by where they start in it, to reuse after an edit. */
interface Parsed {
  text: string;
  owner: Document.Parsed;
  layout: ListLayout;
  /** Item start (relative to `text`) → its length and parse. */
  items: Map<number, { length: number; item: Item }>;
}

export class ListParser {
  /** The Lists parsed since the last `retain` and in the round before it. */
  private recent: Parsed[] = [];
  /** Documents made since the last `retain`: in use too, though the caller does not know them yet. */
  private made = new Set<Document.Parsed>();
  /** `edits`: the edits its owner was told (incremental.ts shares its own, so both find an edit once). */
  constructor(
    private readonly options: ListParseOptions = {},
    private readonly edits = new KnownEdits(),
  ) {}

  /** Items parsed and reused by the last `parse`; for tests and benchmarks. */
  stats = { parsed: 0, reused: 0 };

  /**
   * The one Document of `text`, a document's text that starts at offset `base` of its file (offsets
   * point into the file), or `undefined`: parse it whole.
   */
  parse(text: string, base = 0, live: ReadonlySet<Document.Parsed> = new Set()): Document.Parsed | undefined {
    const before = this.previous(text, live);
    const layout = before
      ? listLayoutAfterEdit({ layout: before.prev.layout, length: before.prev.text.length }, text, ...before.ends)
      : listLayout(text);
    if (!layout) return undefined;
    this.stats = { parsed: 0, reused: 0 };
    const { region, starts } = layout;
    const frame = this.frame(text, region, base);
    if (!frame) return undefined;
    const doc = frame.doc;
    const reuse = before ? this.reuser(text, before.prev, before.ends) : () => undefined;
    this.made.add(doc);
    const nodes: ParsedNode[] = [];
    const mine = new Map<number, { length: number; item: Item }>();
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i];
      const end = i + 1 < starts.length ? starts[i + 1] : region[1];
      const item = reuse(start, end, base) ?? this.fresh(text.slice(start, end), base + start, doc);
      if (!item) return undefined;
      item.owner = doc;
      mine.set(start, { length: end - start, item });
      nodes.push(item.node);
    }
    this.recent.push({ text, owner: doc, items: mine, layout });
    const seq = new YAMLSeq<ParsedNode>(frame.doc.schema) as YAMLSeq.Parsed;
    seq.items = nodes;
    // A block sequence ends where its last item does (not at the region's end: a trailing blank line or a
    // value-less last key is outside it in the whole parse too).
    const end = nodes[nodes.length - 1].range[2];
    seq.range = [base + region[0] + layout.indent, end, end];
    frame.pair.value = seq;
    // Without its items the map ended at `items:`; with them, when they come last, it ends where they do.
    if (frame.itemsLast) {
      const contents = doc.contents!.range;
      for (let j = 1; j < contents.length; j++) contents[j] = Math.max(contents[j], end);
      doc.range[1] = Math.max(doc.range[1], end);
      doc.range[2] = Math.max(doc.range[2], base + region[1]);
    }
    return frame.doc;
  }

  /** The document without its items, offsets moved to the real text; `undefined` when it is not a clean map. */
  private frame(text: string, region: [number, number], base: number) {
    const docs = parseDocuments(text.slice(0, region[0]) + text.slice(region[1]));
    if (!Array.isArray(docs) || docs.length !== 1) return undefined;
    const doc = docs[0];
    if (!clean(doc) || !isMap(doc.contents)) return undefined;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'items');
    if (!pair || !isScalar(pair.value) || pair.value.value !== null) return undefined;
    // Everything from the cut on moves past the items; the null value of `items:` goes away.
    const delta = region[1] - region[0];
    const move = (r: number[]) => {
      for (let j = 0; j < r.length; j++) r[j] += base + (r[j] >= region[0] ? delta : 0);
    };
    for (const r of collectRanges(doc.contents, [])) move(r);
    if (doc.range) move(doc.range);
    return { doc, pair, itemsLast: doc.contents.items[doc.contents.items.length - 1] === pair };
  }

  /** Drops the Lists of Documents no longer in use (call after a parse of the whole file). */
  retain(live: ReadonlySet<Document.Parsed>): void {
    this.made.clear();
    this.recent = this.recent.filter((p) => live.has(p.owner));
  }

  /**
   * The last List parsed that is no longer in use: the text before the edit (after a keystroke, its only
   * candidate), and what the edit kept of it at both ends. Its item layout is updated around the edit
   * (list-items.ts `listLayoutAfterEdit`) and its items are reused (`reuser`): they are found by offset. An
   * item in the part the edit left alone at either end has the same text as the item at the same place there,
   * so its nodes are taken by offset: no item text is compared or hashed (hashing a 22 MB List's 5,000 items
   * on every keystroke was a fifth of the worker's time).
   */
  private previous(
    text: string,
    live: ReadonlySet<Document.Parsed>,
  ): { prev: Parsed; ends: [number, number] } | undefined {
    const usable = this.recent.filter((p) => !live.has(p.owner) && !this.made.has(p.owner));
    const prev = usable.find((p) => p.text.length === text.length) ?? usable[usable.length - 1];
    if (!prev) return undefined;
    this.recent = this.recent.filter((p) => p !== prev); // its nodes go to the new Document
    return { prev, ends: this.edits.commonEnds(prev.text, text) };
  }

  /** See `previous`: `prev` is the text before the edit, which kept its first and last characters `ends`. */
  private reuser(text: string, prev: Parsed, [prefix, suffix]: [number, number]) {
    const delta = text.length - prev.text.length;
    return (start: number, end: number, base: number): Item | undefined => {
      const was = end <= prefix ? start : start >= text.length - suffix ? start - delta : -1;
      const old = prev.items.get(was);
      if (!old || old.length !== end - start) return undefined;
      prev.items.delete(was);
      const { item } = old;
      moveOffsets(item.offsets, base + start + item.lead - item.node.range[0]);
      this.stats.reused++;
      return item;
    };
  }

  private fresh(itemText: string, start: number, owner: Document.Parsed): Item | undefined {
    this.stats.parsed++;
    const readOnly = this.options.dropClusterNoise === true;
    const cuts = readOnly ? noiseCuts(itemText) : [];
    const short = cuts.length > 0 ? withoutCuts(itemText, cuts) : itemText;
    // Read-only: the plain reader builds yaml's Document of what kubectl prints, faster (plain-reader.ts).
    const plain = readOnly ? readPlainDocument(short) : undefined;
    const docs = plain ? [plain] : parseDocuments(short);
    if (!Array.isArray(docs) || docs.length !== 1) return undefined;
    const doc = docs[0];
    if (!clean(doc)) return undefined;
    const seq = doc.contents;
    if (!(seq instanceof YAMLSeq) || seq.items.length !== 1) return undefined;
    if (MAYBE_ANCHOR.test(itemText) && hasAnchors(doc)) return undefined;
    const node = seq.items[0] as ParsedNode | undefined;
    if (!node?.range) return undefined;
    const offsets = collectRanges(node, []);
    const shortEnd = node.range[2];
    mapOffsets(offsets, cuts);
    // The item ran to the end of its text, or its last lines were cut (a `status` last in it): its span runs to
    // the end of its text, as in the whole parse.
    if (
      cuts.length > 0 &&
      (shortEnd === itemText.length - cutLength(cuts) || cuts[cuts.length - 1][1] === itemText.length)
    )
      node.range[1] = node.range[2] = itemText.length;
    moveOffsets(offsets, start);
    return { node, offsets, lead: node.range[0] - start, owner };
  }
}

const cutLength = (cuts: readonly [number, number][]): number => cuts.reduce((n, [a, b]) => n + b - a, 0);

/** No syntax errors, no warnings. */
const clean = (doc: Document.Parsed): boolean => doc.errors.length === 0 && doc.warnings.length === 0;

function hasAnchors(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, (_key, node) => {
    // `node` is null for an empty value (`key:` with nothing after it).
    if (isAlias(node) || (node as { anchor?: string } | null)?.anchor) {
      found = true;
      return visit.BREAK;
    }
  });
  return found;
}
