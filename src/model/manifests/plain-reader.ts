/**
 * A fast reader for the plain YAML that kubectl and generators print, once
 * list-noise.ts has cut the cluster noise away: block maps and sequences with
 * plain keys, one-line plain and quoted scalars, one-line flow collections.
 * It builds the very Document `yaml` composes from the same text (the same
 * node classes, values, ranges, scalar types and formats; scalars resolved
 * by the document's own schema tags), about ten times faster: the `yaml`
 * lexer, CST and composer were most of the worker's first read of a 10 MB
 * dump. test/model/plain-reader.test.ts compares the two node by node.
 *
 * It gives up (`undefined`, and the caller parses with `yaml`) on anything
 * else: comments, blank lines, tabs, CR, anchors, aliases, tags, block
 * scalars, scalars over several lines, quoted or complex keys, escapes in
 * double quotes, duplicate keys, trailing spaces, directives, deep nesting.
 * So it never has to judge an error: every text with a problem is read by
 * `yaml`, which reports it.
 *
 * Read-only use (the worker, the CLI): the Documents carry no comments
 * because the texts it accepts have none.
 */
import { Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type ParsedNode, type Schema } from 'yaml';
import { PARSE_OPTIONS } from './parse-documents.ts';

/** Thrown to give up (a fresh one each time: no module state); caught once at the top. */
class NotPlain extends Error {}
function giveUp(): never {
  throw new NotPlain('not plain');
}
/** Deeper than this is left to the parser and its depth guard (parse-documents.ts). */
const MAX_DEPTH = 60;

interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve: (value: string, onError: (msg: string) => void, options: object) => unknown;
}

/** A block key: plain, of the characters labels and field names use, followed by `:` and a space or the line's end. */
const KEY = /[A-Za-z0-9_][A-Za-z0-9_./-]*(?=:(?: |\n|$))/y;
/** Characters that may not start a plain scalar (or start something else: a comment, an anchor, a flow collection…). */
const NOT_PLAIN_START: ReadonlySet<string> = new Set([...',[]{}#&*!|>\'"%@`']);

class PlainReader {
  private pos = 0;
  private readonly doc = new Document(undefined, PARSE_OPTIONS) as unknown as Document.Parsed;
  private readonly schema: Schema = this.doc.schema;
  /** The schema's tags a plain scalar is tested against, in order, and the one of every other scalar. */
  private readonly tags = (this.schema.tags as ScalarTag[]).filter((t) => t.default === true && t.test);
  private readonly stringTag = (this.schema as unknown as Record<symbol, ScalarTag>)[Symbol.for('yaml.scalar')];

  constructor(private readonly text: string) {}

  /** Indentation of the line starting at `p` (spaces only). */
  private indentAt(p: number): number {
    const text = this.text;
    let i = p;
    while (text.charCodeAt(i) === 32) i++;
    return i - p;
  }

  /** End of the line starting at or containing `p` (its `\n`, or the text's end). */
  private lineEnd(p: number): number {
    const e = this.text.indexOf('\n', p);
    return e < 0 ? this.text.length : e;
  }

  /** The start of the next line after the line ending at `e` (its `\n`), or the text's end. */
  private next(e: number): number {
    return Math.min(e + 1, this.text.length);
  }

  /** A scalar resolved as yaml's composer resolves it (compose-scalar.ts: findScalarTagByTest). */
  private scalar(source: string, plain: boolean, type: Scalar.Type, range: [number, number, number]): Scalar.Parsed {
    const tag = (plain && this.tags.find((t) => t.test!.test(source))) || this.stringTag;
    const res = tag.resolve(source, giveUp, PARSE_OPTIONS);
    const node = isScalar(res) ? res : new Scalar(res);
    node.range = range;
    node.source = source;
    node.type = type;
    if (tag.format) node.format = tag.format;
    return node as Scalar.Parsed;
  }

  /** After a value ending at `e`: its node end (the line break is the node's when the line ends there). */
  private endAfter(e: number): number {
    const c = this.text.charCodeAt(e);
    if (c === 10) return e + 1;
    if (e >= this.text.length) return e;
    giveUp(); // trailing spaces, a comment, …
  }

  readDocument(): Document.Parsed {
    const text = this.text;
    let p = 0;
    const doc = this.doc;
    if (text.startsWith('---')) {
      if (text.charCodeAt(3) !== 10) giveUp();
      doc.directives.docStart = true;
      p = 4;
    }
    if (p >= text.length) giveUp();
    const indent = this.indentAt(p);
    this.pos = p;
    const contents = this.isDash(p + indent) ? this.seq(indent, false, 0) : this.map(indent, p + indent, 0);
    if (this.pos !== text.length) giveUp();
    doc.contents = contents as ParsedNode;
    const end = contents.range![2];
    doc.range = [0, end, end];
    return doc;
  }

  /** `- ` (or `-` ending the line, which this reader does not take) at `at`. */
  private isDash(at: number): boolean {
    if (this.text.charCodeAt(at) !== 45) return false;
    const c = this.text.charCodeAt(at + 1);
    if (c === 32) return true;
    if (c === 10 || at + 1 >= this.text.length) giveUp();
    return false;
  }

  /**
   * A block map whose keys are at column `col`; its first key starts at `first` (on the current line, maybe after
   * a `- `). Leaves `pos` at the first line that is not its own.
   */
  private map(col: number, first: number, depth: number): YAMLMap.Parsed {
    if (depth > MAX_DEPTH) giveUp();
    const text = this.text;
    const map = new YAMLMap<ParsedNode, ParsedNode>(this.schema) as YAMLMap.Parsed;
    const keys = new Set<unknown>();
    let at = first;
    let end: number;
    for (;;) {
      KEY.lastIndex = at;
      const m = KEY.exec(text);
      if (!m) giveUp();
      const keyEnd = at + m[0].length;
      const key = this.scalar(m[0], true, Scalar.PLAIN, [at, keyEnd, keyEnd]);
      if (keys.has(key.value)) giveUp(); // yaml reports a duplicate key: let it
      keys.add(key.value);
      const lineEnd = this.lineEnd(keyEnd);
      let value: ParsedNode;
      if (keyEnd + 1 === lineEnd || keyEnd + 1 >= text.length) {
        // `key:` alone: the value is on the next lines, or empty.
        const nextLine = this.next(lineEnd);
        const ind = nextLine < text.length ? this.indentAt(nextLine) : -1;
        if (ind >= 0 && this.isDash(nextLine + ind) && ind >= col) {
          this.pos = nextLine;
          value = this.seq(ind, ind === col, depth + 1);
        } else if (ind > col) {
          this.pos = nextLine;
          value = this.map(ind, nextLine + ind, depth + 1);
        } else {
          const p = keyEnd + 1;
          value = this.scalar('', true, Scalar.PLAIN, [p, p, p]) as ParsedNode;
          this.pos = nextLine;
        }
      } else {
        if (text.charCodeAt(keyEnd + 1) !== 32) giveUp();
        let v = keyEnd + 2;
        while (text.charCodeAt(v) === 32) v++;
        value = this.inline(v, lineEnd, depth);
        this.pos = this.next(lineEnd);
      }
      map.items.push(new Pair(key, value));
      end = value.range[2];
      // The next line: another key of this map, or the end of it.
      const p = this.pos;
      if (p >= text.length) break;
      const ind = this.indentAt(p);
      if (ind < col) break;
      if (ind > col) giveUp(); // a plain scalar continued, or an error
      if (this.isDash(p + ind)) break; // a compact sequence's next item (the caller's): checked there
      at = p + ind;
    }
    map.range = [first, end, end];
    return map;
  }

  /**
   * A block sequence with its dashes at column `col`, starting on the current line. `compact`: the value of a key
   * at the same column, which ends at the first line that is not an item.
   */
  private seq(col: number, compact: boolean, depth: number): YAMLSeq.Parsed {
    if (depth > MAX_DEPTH) giveUp();
    const text = this.text;
    const seq = new YAMLSeq<ParsedNode>(this.schema) as YAMLSeq.Parsed;
    const start = this.pos + col;
    let end: number;
    for (;;) {
      const dash = this.pos + col;
      let at = dash + 1;
      while (text.charCodeAt(at) === 32) at++;
      const lineEnd = this.lineEnd(at);
      let item: ParsedNode;
      KEY.lastIndex = at;
      if (KEY.test(text)) {
        item = this.map(at - this.pos, at, depth + 1) as ParsedNode;
      } else {
        if (at >= lineEnd) giveUp();
        item = this.inline(at, lineEnd, depth);
        this.pos = this.next(lineEnd);
      }
      seq.items.push(item);
      end = item.range[2];
      const p = this.pos;
      if (p >= text.length) break;
      const ind = this.indentAt(p);
      if (ind < col) break;
      if (ind > col) giveUp();
      if (!this.isDash(p + ind)) {
        if (compact) break; // the next key of the map this sequence is a value of
        giveUp();
      }
    }
    seq.range = [start, end, end];
    return seq;
  }

  /** A value from `at` to the line's end `lineEnd`: a plain or quoted scalar, or a flow collection. */
  private inline(at: number, lineEnd: number, depth: number): ParsedNode {
    const text = this.text;
    const c = text[at];
    if (c === '{' || c === '[') {
      const [node, e] = this.flow(at, depth + 1);
      if (e !== lineEnd) giveUp();
      node.range = [at, e, this.endAfter(e)];
      return node;
    }
    if (c === '"' || c === "'") {
      const [value, e] = this.quoted(at, lineEnd);
      if (e !== lineEnd) giveUp();
      return this.scalar(value, false, c === '"' ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE, [
        at,
        e,
        this.endAfter(e),
      ]) as ParsedNode;
    }
    const source = text.slice(at, lineEnd);
    if (!plainOk(source, false)) giveUp();
    return this.scalar(source, true, Scalar.PLAIN, [at, lineEnd, this.endAfter(lineEnd)]) as ParsedNode;
  }

  /** A quoted scalar at `at` (no escapes, on one line): its value and the offset after its closing quote. */
  private quoted(at: number, lineEnd: number): [string, number] {
    const text = this.text;
    const q = text[at];
    let value = '';
    let from = at + 1;
    for (;;) {
      const close = text.indexOf(q, from);
      if (close < 0 || close >= lineEnd) giveUp();
      const part = text.slice(from, close);
      if (q === '"' && part.includes('\\')) giveUp();
      value += part;
      if (q === "'" && text[close + 1] === "'") {
        value += "'";
        from = close + 2;
        continue;
      }
      return [value, close + 1];
    }
  }

  /**
   * A flow collection at `at` on one line, in kubectl's and generators' spelling (`{a: 1, b: [x, y]}`): its node
   * (range to be set by the caller) and the offset after its closing bracket.
   */
  private flow(at: number, depth: number): [YAMLMap.Parsed | YAMLSeq.Parsed, number] {
    if (depth > MAX_DEPTH) giveUp();
    const text = this.text;
    const isMap = text[at] === '{';
    const close = isMap ? '}' : ']';
    const coll = isMap
      ? (new YAMLMap<ParsedNode, ParsedNode>(this.schema) as YAMLMap.Parsed)
      : (new YAMLSeq<ParsedNode>(this.schema) as YAMLSeq.Parsed);
    coll.flow = true;
    const keys = new Set<unknown>();
    let p = at + 1;
    while (text[p] === ' ') p++;
    if (text[p] === close) return [coll, p + 1];
    for (;;) {
      if (isMap) {
        KEY.lastIndex = p;
        const m = KEY.exec(text);
        if (!m) giveUp();
        const keyEnd = p + m[0].length;
        const key = this.scalar(m[0], true, Scalar.PLAIN, [p, keyEnd, keyEnd]);
        if (keys.has(key.value) || text[keyEnd + 1] !== ' ') giveUp();
        keys.add(key.value);
        let v = keyEnd + 2;
        while (text[v] === ' ') v++;
        const [value, e] = this.flowValue(v, depth);
        (coll as YAMLMap).items.push(new Pair(key, value));
        p = e;
      } else {
        const [value, e] = this.flowValue(p, depth);
        (coll as YAMLSeq).items.push(value);
        p = e;
      }
      // After a value (and the spaces its range took): `,` and the next, or the end.
      if (text[p] === ',') {
        p++;
        while (text[p] === ' ') p++;
        if (text[p] === close) giveUp(); // a trailing comma: leave it to yaml
        continue;
      }
      if (text[p] === close) return [coll, p + 1];
      giveUp();
    }
  }

  /** A value inside a flow collection at `at`: its node and the offset after it and the spaces that follow. */
  private flowValue(at: number, depth: number): [ParsedNode, number] {
    const text = this.text;
    const c = text[at];
    const spaces = (e: number) => {
      let s = e;
      while (text[s] === ' ') s++;
      return s;
    };
    if (c === '{' || c === '[') {
      const [node, e] = this.flow(at, depth + 1);
      const s = spaces(e);
      node.range = [at, e, s];
      return [node as ParsedNode, s];
    }
    if (c === '"' || c === "'") {
      const [value, e] = this.quoted(at, this.lineEnd(at));
      const s = spaces(e);
      const type = c === '"' ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
      return [this.scalar(value, false, type, [at, e, s]) as ParsedNode, s];
    }
    let e = at;
    for (; e < text.length; e++) {
      const ch = text[e];
      if (ch === ',' || ch === ']' || ch === '}' || ch === '\n') break;
    }
    const raw = text.slice(at, e);
    const source = raw.trimEnd();
    if (source.length === 0 || !plainOk(source, true)) giveUp();
    const valueEnd = at + source.length;
    return [this.scalar(source, true, Scalar.PLAIN, [at, valueEnd, e]) as ParsedNode, e];
  }
}

/** A one-line plain scalar this reader takes: no indicator first, no `: ` or ` #` inside, no tab or CR. */
function plainOk(s: string, inFlow: boolean): boolean {
  if (s.length === 0 || NOT_PLAIN_START.has(s[0])) return false;
  if ((s[0] === '-' || s[0] === '?' || s[0] === ':') && (s.length === 1 || s[1] === ' ')) return false;
  if (s.endsWith(' ') || s.endsWith(':') || s.includes(': ') || s.includes(' #')) return false;
  if (s.includes('\t') || s.includes('\r')) return false;
  if (inFlow && /[,[\]{}:]/.test(s)) return false;
  return true;
}

/** The one Document of `text`, as `yaml` composes it; `undefined` when the text is not of the plain kind read here. */
export function readPlainDocument(text: string): Document.Parsed | undefined {
  try {
    return new PlainReader(text).readDocument();
  } catch (err) {
    if (err instanceof NotPlain) return undefined;
    throw err;
  }
}
