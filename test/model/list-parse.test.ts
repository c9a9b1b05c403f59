/**
 * A List parsed item by item (src/model/manifests/list-parse.ts, through the
 * incremental parser and loadWorkspace) must be indistinguishable from the
 * whole-document parse: same nodes with the same ranges and comments, same
 * diagnostics at the same positions, same Workspace, same lint output and the
 * same text written back by an edit — on kubectl-shaped Lists, the oracle's
 * Lists, and random edits of a List with comments, applied one after another
 * so cached items are moved and reused. Texts the line scan cannot be sure of
 * (anchors, trailing comments, odd indentation, broken items) go to the
 * whole parse and must still come out the same.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORACLE_DIR, oraclePresent, yamlFilesUnder } from '../conformance/oracle.ts';
import { IncrementalParser } from '../../src/model/manifests/incremental.ts';
import { listLayout, listLayoutAfterEdit } from '../../src/model/manifests/list-items.ts';
import { commonEnds } from '../../src/model/manifests/common-ends.ts';
import { ListParser } from '../../src/model/manifests/list-parse.ts';
import { controllerOwner, readDocument } from '../../src/model/manifests/objects.ts';
import { parseSource } from '../../src/model/manifests/source.ts';
import { buildWorkspace, loadWorkspace } from '../../src/model/manifests/workspace.ts';
import type { Workspace } from '../../src/model/types.ts';
import { checkWorkspace } from '../../src/model/validation/lint.ts';
import { applyEdit } from '../../src/sync/index.ts';
import { kubectlPodList } from '../../bench/kubectl-dump.ts';
import { shape } from './parse-shape.ts';
import { applyTextEdit, textEditArb } from './random-edits.ts';

const LIST = `# pods and a policy, by hand
apiVersion: v1
items:
- apiVersion: v1
  kind: Pod
  metadata:
    # a comment inside an item
    name: web-1
    namespace: shop
    labels: {app: web}
  spec:
    containers:
    - name: web
      ports:
      - containerPort: 8080 # inline
        name: http
- apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata:
    name: web
    namespace: shop

  spec:
    podSelector:
      matchLabels:
        app: web
    ingress:
    - from:
      - podSelector: {matchLabels: {app: api}}
      ports:
      - port: http
- apiVersion: v1
  kind: Pod
  metadata: {name: api-1, namespace: shop, labels: {app: api}}
  spec:
    containers:
    - name: api
      args: |
        --listen
        - not an item: a block scalar
- apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: {name: bad, namespace: shop}
  spec:
    podSelector: {matchLabels: {app: "x y"}}
    policyTypes: [Ingress, Ingress]
    ingress:
    - ports: [{port: 70000}]
kind: List
metadata:
  resourceVersion: "" # kubectl prints this
`;

const semantic = (ws: Workspace) => ({ ...ws, sources: undefined });

/** Item by item (a fresh incremental parser, as loadWorkspace reads a List) against the whole parse. */
function expectSameAsWhole(text: string, parser = new IncrementalParser()): void {
  const file = { name: 'list.yaml', text };
  const items = parser.parse(file);
  const whole = parseSource(file);
  expect(shape(items)).toEqual(shape(whole));
  // A document with an alias to no anchor (a typed `*a`) cannot be printed: both parses must say so alike.
  const printable = (d: (typeof whole.docs)[number]['doc']) => {
    try {
      return d.toString();
    } catch (e) {
      return `unprintable: ${(e as Error).message}`;
    }
  };
  const print = (src: typeof whole) => src.docs.map((d) => (d.doc.errors.length > 0 ? '' : printable(d.doc)));
  expect(print(items)).toEqual(print(whole));
  // The objects read, where they sit (the path src/sync writes through) and what they are: an item's object is
  // kept from the keystroke before when its node was (objects.ts), and must still say where the item is now.
  const objects = (src: typeof whole) =>
    src.docs.map((d) =>
      d.doc.errors.length > 0
        ? []
        : readDocument(d.doc, d.index).objects.map((o) => ({
            docIndex: o.docIndex,
            path: o.path,
            kind: o.kind,
            apiVersion: o.apiVersion,
            group: o.group,
            namespace: o.namespace,
            name: o.name,
            node: o.node.range,
            owner: controllerOwner(d.doc, o.metadata),
          })),
    );
  expect(objects(items)).toEqual(objects(whole));
  const wsItems = buildWorkspace([items]);
  const wsWhole = buildWorkspace([whole]);
  expect(semantic(wsItems)).toEqual(semantic(wsWhole));
  expect(checkWorkspace(wsItems)).toEqual(checkWorkspace(wsWhole));
}

describe('List item layout (the line scan)', () => {
  it('finds every item of a kubectl List', () => {
    const text = kubectlPodList({ pods: 7, namespaces: 2 });
    const layout = listLayout(text);
    expect(layout?.starts.length).toBe(7);
    for (const s of layout!.starts) expect(text.startsWith('- apiVersion: v1\n  kind: Pod\n', s)).toBe(true);
    expect(text.slice(layout!.region[1])).toMatch(/^kind: List\n/);
  });

  it('finds the items of the hand-written List and those of a sequence indented under items:', () => {
    expect(listLayout(LIST)?.starts.length).toBe(4);
    const indented = LIST.replace(/^(?!apiVersion: v1\n|items:|kind: List|metadata:| {2}resourceVersion|#)/gm, '  ');
    expect(listLayout(indented)?.starts.length).toBe(4);
    expectSameAsWhole(indented);
  });

  it.each([
    ['a comment between items', LIST.replace('- apiVersion: v1\n  kind: Pod\n  metadata: {', '# next\n$&')],
    ['a blank line between items', LIST.replace('- apiVersion: v1\n  kind: Pod\n  metadata: {', '\n$&')],
    ['a trailing comment at the end of an item', LIST.replace('kind: List', '  # last item ends\nkind: List')],
    ['a tab in the indentation', LIST.replace('  kind: Pod\n  metadata:\n', '\tkind: Pod\n  metadata:\n')],
    ['items: with a comment', LIST.replace('items:', 'items: # the items')],
    ['a flow sequence of items', 'apiVersion: v1\nkind: List\nitems: [{kind: Pod}, {kind: Pod}]\n'],
    ['no List kind', LIST.replace('kind: List', 'kind: Other')],
    ['one item only', 'apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: a}\n'],
    ['a key of the List at an odd indent after its items', LIST.replace('kind: List', ' kind: List')],
    // Found by the random edits below: cut out of the frame, the empty key's position moves to the `items:` line.
    ['an empty key after the items', LIST.replace('kind: List', ': [{port: 70000}]\nkind: List')],
    ['an explicit key after the items', LIST.replace('kind: List', '? x\n: 1\nkind: List')],
  ])('is not sure of %s (then the whole document is parsed, and still the same)', (_what, text) => {
    expect(listLayout(text)).toBeUndefined();
    expectSameAsWhole(text);
  });
});

describe('List parsed item by item', () => {
  it('gives the whole parse of a hand-written List with comments, flow maps and a block scalar', () => {
    expect(new ListParser().parse(LIST)).toBeDefined();
    expectSameAsWhole(LIST);
  });

  it('gives the whole parse of kubectl pod Lists, CRLF line ends and a List after other documents', () => {
    const pods = kubectlPodList({ pods: 40, namespaces: 3 });
    expectSameAsWhole(pods);
    expectSameAsWhole(pods.replace(/\n/g, '\r\n'));
    expectSameAsWhole(`apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n---\n${pods}---\n${LIST}`);
  });

  it.each([
    [
      'an anchor and an alias across items',
      LIST.replace('labels: {app: web}', 'labels: &l {app: web}').replace('labels: {app: api}', 'labels: *l'),
    ],
    ['an unclosed quote in an item', LIST.replace('name: web-1', 'name: "web-1')],
    [
      'a flow map running across items',
      LIST.replace('metadata: {name: bad, namespace: shop}', 'metadata: {name: bad,\n- namespace: shop}'),
    ],
    ['a duplicate key in an item', LIST.replace('name: web-1', 'name: web-1\n    name: web-2')],
    ['a duplicate items: key', `${LIST}items:\n- kind: Pod\n`],
  ])('parses whole when an item cannot stand alone: %s', (_what, text) => {
    const doc = new ListParser().parse(text);
    if (!/duplicate items/.test(_what)) expect(doc).toBeUndefined();
    expectSameAsWhole(text);
  });

  it('re-parses only the item a keystroke touched, and stays the same as the whole parse', () => {
    const parser = new IncrementalParser();
    const pods = kubectlPodList({ pods: 30, namespaces: 3 });
    expectSameAsWhole(pods, parser);
    const at = pods.indexOf('name: main', pods.length >> 1) + 'name: main'.length;
    const edited = `${pods.slice(0, at)}x${pods.slice(at)}`;
    expectSameAsWhole(edited, parser);
    // The incremental parser counts the List document as one parse; the ListParser inside it reused 29 items.
    const list = new ListParser();
    const before = list.parse(pods)!;
    list.retain(new Set([before])); // the end of a parse of the whole file: the List is in use
    list.parse(edited); // its new text: the old Document goes out of use, its items move to the new one
    expect(list.stats).toEqual({ parsed: 1, reused: 29 });
  });

  it('never shares an item between two Lists with the same items (one edited, the other moved)', () => {
    const parser = new IncrementalParser();
    const twice = `${LIST}---\n${LIST}`;
    expectSameAsWhole(twice, parser);
    const second = twice.indexOf('name: web-1', LIST.length);
    expectSameAsWhole(`${twice.slice(0, second)}x${twice.slice(second)}`, parser);
    const first = twice.indexOf('name: api-1');
    const both = `${twice.slice(0, first)}y${twice.slice(first, second)}x${twice.slice(second)}`;
    expectSameAsWhole(both, parser);
    expectSameAsWhole(twice, parser);
  });

  it('stays the same as the whole parse under random edits applied one after another', () => {
    const PIECES = [
      'a',
      ' ',
      '  ',
      '\n',
      '- ',
      '-',
      ':',
      '"',
      '#',
      '|',
      '{',
      '}',
      '&a ',
      '*a',
      '---\n',
      '\t',
      'x: 1\n',
    ];
    const edit = textEditArb(PIECES, 12);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const parser = new IncrementalParser();
        let text = LIST;
        expectSameAsWhole(text, parser);
        for (const [i, e] of edits.entries()) {
          const before = text;
          text = applyTextEdit(text, e);
          // Every other edit told, as the analysis worker tells the parser each keystroke it decodes.
          const at = e.at % (before.length + 1);
          if (i % 2 === 0) parser.tellEdit(before, text, at, Math.min(before.length, at + e.del));
          expectSameAsWhole(text, parser);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('finds the items after an edit as a scan of the whole text does, rescanning only around it', () => {
    const PIECES = [
      'a',
      ' ',
      '  ',
      '\n',
      '- ',
      '-',
      '#',
      '\t',
      'x: 1\n',
      '\n- kind: Pod\n',
      '\nitems:\n',
      '\nkind: X\n',
    ];
    const edit = textEditArb(PIECES, 40);
    const pods = kubectlPodList({ pods: 8, namespaces: 2 });
    let kept = 0;
    fc.assert(
      fc.property(fc.constantFrom(LIST, pods), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        let text = start;
        let layout = listLayout(text);
        for (const e of edits) {
          if (!layout) return;
          const next = applyTextEdit(text, e);
          const after = listLayoutAfterEdit({ layout, length: text.length }, next, ...commonEnds(text, next));
          expect(after).toEqual(listLayout(next));
          if (after) kept++;
          text = next;
          layout = after;
        }
      }),
      { numRuns: 400 },
    );
    // Most edits keep the text a List whose layout is updated (the property is not vacuous).
    expect(kept).toBeGreaterThan(300);
  });

  it.each([
    [
      'an item start turned into a deeper line (same length)',
      (t: string, i: number) => `${t.slice(0, i)}  ${t.slice(i + 2)}`,
    ],
    [
      'an item start turned into a comment (same length)',
      (t: string, i: number) => `${t.slice(0, i)}# ${t.slice(i + 2)}`,
    ],
    ['a new item', (t: string, i: number) => `${t.slice(0, i)}- kind: Pod\n${t.slice(i)}`],
    ['an item deleted', (t: string, i: number) => t.slice(0, i) + t.slice(t.indexOf('\n- ', i + 1) + 1)],
    ['a blank line before an item', (t: string, i: number) => `${t.slice(0, i)}\n${t.slice(i)}`],
    ['the key after the items', (t: string) => t.replace('\nkind: List', '\nkind: List\nextra: 1')],
    ['the items key', (t: string) => t.replace('items:\n', 'items: \n')],
    // Right at either end of the `kind: List` line, which kubectl prints last: no List any more.
    ['a letter typed before `kind: List`', (t: string) => t.replace('\nkind: List', '\nxkind: List')],
    ['a letter typed after `kind: List`', (t: string) => t.replace('\nkind: List\n', '\nkind: Listx\n')],
  ])('finds the items after an edit as a scan of the whole text does: %s', (_name, change) => {
    const pods = kubectlPodList({ pods: 8, namespaces: 2 });
    const layout = listLayout(pods)!;
    for (const i of [layout.starts[1], layout.starts[4], layout.starts[7]]) {
      const next = change(pods, i);
      expect(next).not.toBe(pods);
      const after = listLayoutAfterEdit({ layout, length: pods.length }, next, ...commonEnds(pods, next));
      expect(after).toEqual(listLayout(next));
    }
  });

  it.each([
    [
      'a new item',
      (t: string, i: number) => `${t.slice(0, i)}- kind: Pod\n  apiVersion: v1\n  metadata: {name: new}\n${t.slice(i)}`,
    ],
    ['an item deleted', (t: string, i: number) => t.slice(0, i) + t.slice(t.indexOf('\n- ', i + 1) + 1)],
    ['a letter typed into a name', (t: string, i: number) => t.slice(0, i) + t.slice(i).replace('name: ', 'name: x')],
  ])('reads the objects after an edit as the whole parse does, the kept items where they are now: %s', (_n, change) => {
    const pods = kubectlPodList({ pods: 8, namespaces: 2 });
    for (const i of listLayout(pods)!.starts.slice(1)) {
      const parser = new IncrementalParser();
      expectSameAsWhole(pods, parser); // reads every item, as the app does before the edit
      expectSameAsWhole(change(pods, i), parser);
    }
  });

  it('reads the objects of a List that moved to another document, or changed its kind, as the whole parse does', () => {
    const pods = kubectlPodList({ pods: 8, namespaces: 2 });
    const parser = new IncrementalParser();
    expectSameAsWhole(pods, parser);
    // A document typed before the List: its items' objects are in document 1 now.
    const moved = `kind: Namespace\napiVersion: v1\nmetadata: {name: shop}\n---\n${pods}`;
    expectSameAsWhole(moved, parser);
    // And one more between the two: the List's own text did not change, its Document is kept (incremental.ts).
    expectSameAsWhole(
      moved.replace('---\n', '---\nkind: Namespace\napiVersion: v1\nmetadata: {name: b}\n---\n'),
      parser,
    );
    expectSameAsWhole(moved, parser);
    // A typed List whose items carry no kind of their own take the List's: they change with it.
    const typed = moved.replace(/^ {2}kind: Pod\n/gm, '').replace('\nkind: List\n', '\nkind: PodList\n');
    expectSameAsWhole(typed, parser);
    expectSameAsWhole(typed.replace('\nkind: PodList\n', '\nkind: ServiceList\n'), parser);
  });

  it('writes an edit into an item exactly as into the whole parse', () => {
    const file = { name: 'list.yaml', text: LIST };
    const edit = { op: 'setPolicyTypes', policy: 'shop/web', ingress: true, egress: true } as const;
    const byItems = applyEdit(LIST, edit, { workspace: loadWorkspace([file]) });
    const whole = applyEdit(LIST, edit, { workspace: buildWorkspace([parseSource(file)]) });
    expect(byItems).toEqual(whole);
    expect('text' in byItems && byItems.text).not.toBe(LIST);
  });
});

describe('List items read without cluster noise (dropClusterNoise, the CLI analysis)', () => {
  /** The Workspace, its diagnostics and the lint findings: what connlist, explain and the graph read. */
  const reading = (text: string, dropClusterNoise: boolean) => {
    const ws = loadWorkspace([{ name: 'list.yaml', text }], { dropClusterNoise });
    return { ws: semantic(ws), lint: checkWorkspace(ws) };
  };

  it('reads the same objects, at the same positions, as the whole parse', () => {
    const pods = kubectlPodList({ pods: 40, namespaces: 3 });
    const withPolicies = pods.replace(
      'kind: List',
      LIST.slice(LIST.indexOf('- apiVersion: networking'), LIST.indexOf('kind: List')) + 'kind: List',
    );
    for (const text of [pods, withPolicies, LIST, pods.replace(/\n/g, '\r\n')]) {
      expect(reading(text, true)).toEqual(reading(text, false));
    }
  });

  it('leaves out status and managedFields of Pods, never of NetworkPolicies', () => {
    const pods = kubectlPodList({ pods: 3, namespaces: 1 });
    const read = (text: string) => new IncrementalParser({ dropClusterNoise: true }).parse({ name: 'l', text });
    const pod = read(pods).docs[0].doc.toJS().items[0];
    expect(pod.status).toBeUndefined();
    expect(pod.metadata.managedFields).toBeUndefined();
    expect(pod.metadata.name).toMatch(/^[a-z]/);
    expect(pod.spec.containers[0].ports[0].containerPort).toBeGreaterThan(0);
    const policy = LIST.replace(
      '  spec:\n    podSelector:\n      matchLabels:\n        app: web',
      '  status:\n    x: 1\n$&',
    );
    const items = read(policy).docs[0].doc.toJS().items;
    expect(items[1].status).toEqual({ x: 1 });
  });
});

/** Every .yaml/.yml file under `dir`. */
describe.skipIf(!oraclePresent('.', 'oracle Lists parsed item by item'))('oracle Lists parsed item by item', () => {
  it('give the whole parse of every oracle file with a List', () => {
    const lists = yamlFilesUnder(ORACLE_DIR).filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /^kind: *[A-Za-z]*List/m.test(text);
    });
    expect(lists.length).toBeGreaterThan(10);
    let split = 0;
    for (const f of lists) {
      const text = readFileSync(f, 'utf8');
      if (new ListParser().parse(text)) split++;
      expectSameAsWhole(text);
    }
    // Most of them are split into items (the rest are multi-document files or not sure: parsed whole).
    expect(split).toBeGreaterThan(0);
  });
});
