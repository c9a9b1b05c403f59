/**
 * The plain reader (plain-reader.ts) must build exactly the Document `yaml`
 * composes, or give up: every class, value, range, scalar type and format is
 * compared, on the texts it exists for (kubectl objects without their noise),
 * on every document of the oracle, and on random texts of its subset and
 * around it (with comments, odd spacing, quotes, flow collections, keys that
 * resolve to numbers).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORACLE_DIR, oraclePresent, yamlFilesUnder } from '../conformance/oracle.ts';
import { parseAllDocuments } from 'yaml';
import { clusterDump } from '../../bench/big-inputs.ts';
import { kubectlPodList } from '../../bench/kubectl-dump.ts';
import { documentStarts } from '../../src/model/manifests/incremental.ts';
import { documentNoiseCuts, noiseCuts, withoutCuts } from '../../src/model/manifests/list-noise.ts';
import { PARSE_OPTIONS } from '../../src/model/manifests/parse-documents.ts';
import { readPlainDocument } from '../../src/model/manifests/plain-reader.ts';

/** Everything of a node tree that a reader of it could see: classes, own fields (not the schema), recursively. */
function tree(x: unknown): unknown {
  if (x === null || typeof x !== 'object') return x;
  if (Array.isArray(x)) return x.map(tree);
  const out: Record<string, unknown> = { class: x.constructor.name };
  for (const [k, v] of Object.entries(x)) if (k !== 'schema' && v !== undefined) out[k] = tree(v);
  return out;
}

/** What yaml makes of `text` (as the one document before a `---` when `followed`), if it is one clean document. */
function yamlDocument(text: string, followed: boolean) {
  const docs = parseAllDocuments(followed ? `${text}---` : text, PARSE_OPTIONS);
  if (!Array.isArray(docs) || docs.length !== (followed ? 2 : 1)) return undefined;
  return docs[0];
}

/** The reader's Document equals yaml's, when the reader takes the text; returns whether it did. */
function expectSameOrGiveUp(text: string): boolean {
  const mine = readPlainDocument(text);
  if (!mine) return false;
  // A document is followed by a `---` line only when it ends with a line break.
  for (const followed of text.endsWith('\n') ? [false, true] : [false]) {
    const theirs = yamlDocument(text, followed);
    expect(theirs, text).toBeDefined();
    expect(theirs!.errors, text).toEqual([]);
    expect(theirs!.warnings, text).toEqual([]);
    expect(tree(mine.contents), text).toEqual(tree(theirs!.contents));
    expect(mine.range, text).toEqual(theirs!.range);
    expect(mine.directives.docStart, text).toEqual(theirs!.directives.docStart);
    expect(mine.toJS(), text).toEqual(theirs!.toJS());
  }
  return true;
}

/** The documents of a text, as incremental.ts cuts it. */
const chunks = (text: string): string[] => {
  const starts = documentStarts(text) ?? [];
  const bounds = [0, ...starts, text.length];
  return bounds.slice(1).map((end, i) => text.slice(bounds[i], end));
};

describe('the plain reader', () => {
  it('reads kubectl objects without their noise as yaml does', () => {
    const dump = chunks(clusterDump({ namespaces: 5, workloads: 40, policies: 5 }));
    let read = 0;
    for (const doc of dump) {
      const cuts = documentNoiseCuts(doc);
      if (cuts.length === 0) continue;
      expect(expectSameOrGiveUp(withoutCuts(doc, cuts)), doc).toBe(true);
      read++;
    }
    expect(read).toBe(40); // every Deployment (a generated Namespace has no noise)
    // Pods of a List, item by item as list-parse.ts parses them (a one-item sequence).
    const pods = kubectlPodList({ pods: 20, namespaces: 2 });
    const items = pods.slice(pods.indexOf('\n- ') + 1, pods.search(/^kind: List/m)).split(/^(?=- )/m);
    expect(items).toHaveLength(20);
    for (const item of items) expect(expectSameOrGiveUp(withoutCuts(item, noiseCuts(item))), item).toBe(true);
  });

  it('reads the policies of a generated cluster', () => {
    const policies = chunks(clusterDump({ namespaces: 5, workloads: 5, policies: 5 })).filter((d) =>
      d.includes('kind: NetworkPolicy'),
    );
    expect(policies.length).toBe(5);
    for (const p of policies) expect(expectSameOrGiveUp(p), p).toBe(true);
  });

  it.each([
    [
      'a scalar of each core type',
      'a: 1\nb: -2\nc: 0x1F\nd: 0o17\ne: 012\nf: 1.50\ng: 1e3\nh: .inf\ni: .NaN\nj: ~\nk: null\nl: True\nm: no\n',
    ],
    ['quotes', `a: "1"\nb: 'it''s'\nc: ""\nd: ''\ne: "a 'b' c"\n`],
    ['flow collections', 'a: {x: 1, y: [2, "3", {z: 4}]}\nb: [ 1 , x ]\nc: {}\nd: []\ne: {a: 1 ,b: 2}\n'],
    ['empty values', 'a:\nb:\n  c:\nd: 1\ne:\n'],
    ['compact and indented sequences', 'a:\n- x\n- y: 1\n  z: 2\nb:\n    - 1\n    - [2]\nc: 3\n'],
    ['a top-level sequence', '- a: 1\n  b:\n  - 2\n- x\n- {y: 3}\n'],
    ['an indented top-level sequence', '  - a: 1\n    b: 2\n  - c: 3\n'],
    ['a marker line', '---\na: 1\n'],
    ['no final line break', 'a:\n  b: x'],
    ['keys that are numbers or booleans', '8080: a\ntrue: b\n1.5: c\nnull: d\n'],
    ['URLs and colons', 'a: http://x:80/y#z\nb: registry:5000/img:1.0\nc: a:b\n'],
  ])('%s', (_name, text) => {
    expect(expectSameOrGiveUp(text)).toBe(true);
  });

  it.each([
    ['a comment', 'a: 1 # one\n'],
    ['a comment line', '# x\na: 1\n'],
    ['a blank line', 'a: 1\n\nb: 2\n'],
    ['a tab', 'a:\t1\n'],
    ['CRLF', 'a: 1\r\nb: 2\r\n'],
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  x\n'],
    ['a plain scalar over two lines', 'a: x\n  y\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key by value', '1: a\n01: b\n'],
    ['a quoted key', '"a": 1\n'],
    ['an escape', 'a: "x\\ty"\n'],
    ['trailing spaces', 'a: 1 \n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a marker with content', '--- a: 1\n'],
    ['a trailing comma', 'a: [1, 2,]\n'],
    ['a flow collection over lines', 'a: [1,\n  2]\n'],
    ['an unclosed quote', 'a: "x\n'],
    ['a bad indentation', 'a:\n  b: 1\n c: 2\n'],
    ['a dash alone', 'a:\n-\n  b: 1\n'],
  ])('gives up on %s', (_name, text) => {
    expect(readPlainDocument(text)).toBeUndefined();
  });

  it('gives up or agrees with yaml on random texts of its subset and around it', () => {
    const scalar = fc.constantFrom(
      ...[
        'x',
        'a b',
        '1',
        '-1',
        '0x1F',
        '0o7',
        '07',
        '1.0',
        '1e3',
        '.inf',
        '-.INF',
        '.nan',
        '~',
        'null',
        'Null',
        'true',
      ],
      ...['False', 'yes', '"q"', "'s'", "'it''s'", '""', 'a:b', 'a#b', 'a #b', 'http://h:1/p', '-x', '?x', ':x', '- x'],
      ...[
        '[1, 2]',
        '{a: 1}',
        '[]',
        '{}',
        '[ x ]',
        '{a: [b, {c: d}]}',
        '[a, ]',
        '{a: }',
        '&a x',
        '*a',
        '!t x',
        '|',
        '>',
      ],
      ...['x ', ' x', 'x\ty', '@x', '`x', '%x', '#c', 'x # c', '"a\\"b"', "'a", '[a', '{a: b'],
    );
    const key = fc.constantFrom('a', 'b', 'c', 'app.kubernetes.io/name', '8080', 'true', '"q"', 'k k', 'a', 'x-y_z');
    const line = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.boolean(), key, fc.option(scalar, { nil: undefined }));
    const text = fc.array(line, { minLength: 1, maxLength: 12 }).map((lines) =>
      lines
        .map(([indent, dash, k, v]) => `${' '.repeat(indent)}${dash ? '- ' : ''}${k}:${v === undefined ? '' : ` ${v}`}`)
        .join('\n')
        .concat('\n'),
    );
    let read = 0;
    fc.assert(
      fc.property(text, fc.boolean(), (t, marker) => {
        if (expectSameOrGiveUp(marker ? `---\n${t}` : t)) read++;
      }),
      { numRuns: 3000 },
    );
    // The property is not vacuous: a fair share of the texts were read. Random texts (a new seed each run):
    // 139-198 of 3,000 were read over twelve seeds, so a bound of 150 failed about one run in six (it did in
    // a CI run); 100 is far below any count seen and still far from none.
    expect(read).toBeGreaterThan(100);
  });
});

/** Every .yaml/.yml file under `dir`. */
describe.skipIf(!oraclePresent('.', 'the plain reader on the oracle'))('the plain reader on the oracle', () => {
  it('gives up or agrees with yaml on every document', () => {
    let read = 0;
    let all = 0;
    for (const f of yamlFilesUnder(ORACLE_DIR))
      for (const doc of chunks(readFileSync(f, 'utf8'))) {
        all++;
        if (expectSameOrGiveUp(doc)) read++;
      }
    expect(all).toBeGreaterThan(500);
    expect(read).toBeGreaterThan(50);
  });
});
