/**
 * The incremental parser (src/model/incremental.ts) must be indistinguishable
 * from a full parse: same documents with the same node ranges, same
 * diagnostics at the same positions, same Workspace and checkWorkspace
 * output — for random edits (fast-check) applied one after another to the
 * same parser, so cached documents are shifted and reused.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { documentStarts, documentStartsAfterEdit, IncrementalParser } from '../../src/model/manifests/incremental.ts';
import { commonEnds } from '../../src/model/manifests/common-ends.ts';
import { WorkspaceReader } from '../../src/model/manifests/workspace-reader.ts';
import { checkWorkspace } from '../../src/model/validation/lint.ts';
import { parseSource } from '../../src/model/manifests/source.ts';
import { nodes, shape } from './parse-shape.ts';
import { applyTextEdit, textEditArb } from './random-edits.ts';
import type { Workspace } from '../../src/model/types.ts';
import { buildWorkspace } from '../../src/model/manifests/workspace.ts';
import { applyEdit } from '../../src/sync/index.ts';
import type { PolicyEdit } from '../../src/model/edits/index.ts';

const FIXTURE = `# header comment of the file
apiVersion: v1
kind: Namespace
metadata:
  name: shop # trailing comment
  labels: {team: a}
  annotations:
    note: |
      a block scalar
      ---
      is not a document marker when indented
---
# comment before a policy
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: web   # the web pods
  ingress:
  - from:
    - namespaceSelector:
        matchLabels: {team: a}
      podSelector: {matchLabels: {app: api}}
    ports:
    - {port: 8080}
    - port: http
  - from:
    - ipBlock: {cidr: 10.0.0.0/8, except: ["10.1.0.0/16"]}
--- |
  a literal document
---
# only a comment
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  annotations:
    folded: >
      text
    quoted: "a ---
      b"
spec:
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        ports:
        - {name: http, containerPort: 8080}
---
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: shop, labels: {app: api}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: bad, namespace: shop}
spec:
  podSelector: {matchLabels: {app: "x y"}}
  policyTypes: [Ingress, Ingress]
  ingress:
  - ports: [{port: 70000}]
`;

/** The Workspace without its parse (compared separately). */
const semantic = (ws: Workspace) => ({ ...ws, sources: undefined });

function expectSameAsFull(parser: IncrementalParser, text: string): void {
  const file = { name: 'w.yaml', text };
  const inc = parser.parse(file);
  const full = parseSource(file);
  expect(shape(inc)).toEqual(shape(full));
  const wsInc = buildWorkspace([inc]);
  const wsFull = buildWorkspace([full]);
  expect(semantic(wsInc)).toEqual(semantic(wsFull));
  expect(checkWorkspace(wsInc)).toEqual(checkWorkspace(wsFull));
}

const PIECES = [
  'a',
  'x: 1',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '-',
  '- ',
  ':',
  '"',
  "'",
  '#',
  '|',
  '>',
  '[',
  ']',
  '{',
  '}',
  ',',
  '.',
  '&a ',
  '*a',
  '---\n',
  '---',
  '...\n',
  '%YAML 1.2\n',
  '\t',
  'port: 80\n',
];

const editArb = textEditArb(PIECES, 12, true);

describe('IncrementalParser', () => {
  it('matches a full parse of the fixture, first and again', () => {
    const parser = new IncrementalParser();
    expectSameAsFull(parser, FIXTURE);
    expectSameAsFull(parser, FIXTURE);
    expect(parser.stats.parsed).toBe(0);
  });

  it('re-parses only the edited document and shifts the ones after it', () => {
    const parser = new IncrementalParser();
    parser.parse({ name: 'w.yaml', text: FIXTURE });
    const edited = FIXTURE.replace('app: web   # the web pods', 'app: webx   # the web pods');
    expectSameAsFull(parser, edited);
    expect(parser.stats.parsed).toBe(1);
    expect(parser.stats.reused).toBe(documentStarts(edited)!.length);
  });

  it('does not split at `---` inside indented block scalars, and splits where yaml does', () => {
    const starts = documentStarts(FIXTURE)!;
    const indented = FIXTURE.indexOf('      ---');
    expect(starts.some((s) => s > indented - 10 && s < indented + 10)).toBe(false);
    expect(starts.length).toBe(parseSource({ name: 'w', text: FIXTURE }).docs.length - 1);
    // A top-level block scalar ends at a column-0 marker: two documents either way.
    const top = '--- |\n  text\n---\nkind: Namespace\n';
    expectSameAsFull(new IncrementalParser(), top);
    expect(documentStarts(top)).toEqual([top.indexOf('---\nkind')]);
  });

  it('falls back to a full parse for directives and `...` markers', () => {
    expect(documentStarts('a: 1\n...\nb: 2\n')).toBeUndefined();
    expect(documentStarts('%YAML 1.2\n---\na: 1\n')).toBeUndefined();
    expectSameAsFull(new IncrementalParser(), 'a: 1\n...\nb: 2\n---\nc: 3\n');
  });

  it('gives a comment after a scalar document to the next document, as yaml does', () => {
    // Alone, `--- |` + body + blank line + `# c` keeps `# c` as its own trailing comment; in the
    // whole text yaml hands it to the next document's commentBefore (a CI run found this).
    const text = '--- |\n  a literal\n\n# moves on\n---\nkind: Namespace # kept\n';
    const parser = new IncrementalParser();
    expectSameAsFull(parser, text);
    expectSameAsFull(parser, text.replace('a literal', 'a literal edited'));
    expect(parser.parse({ name: 'w.yaml', text }).docs[1].doc.commentBefore).toBe(' moves on');
  });

  it('ends a map whose last line is a comment at the same place alone as before a `---` line', () => {
    // yaml ends such a map after the comment's line break at the end of the text, but before it when
    // a marker follows: the chunk (parsed alone) and the whole text gave the manifest, and its
    // "metadata.name is required", two different ends (the mutation fuzz found it in CI).
    const text =
      '# a comment document\nspec: {}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\negress:\n' +
      '# trailing comment, kept\n---\n---\n';
    const parser = new IncrementalParser();
    expectSameAsFull(parser, text);
    expectSameAsFull(parser, text.replace('egress:', 'egress: # edited'));
    const missing = checkWorkspace(buildWorkspace([parseSource({ name: 'w.yaml', text })])).find(
      (d) => d.rule === 'missing-name',
    )!;
    // The manifest's span ends with its comment, not on the next line.
    expect(text.slice(missing.offset, missing.endOffset).endsWith('# trailing comment, kept')).toBe(true);
  });

  it('handles an unclosed quote that swallows the documents after it', () => {
    const parser = new IncrementalParser();
    parser.parse({ name: 'w.yaml', text: FIXTURE });
    expectSameAsFull(
      parser,
      FIXTURE.replace(
        'name: web\n  namespace: shop\nspec:\n  podSelector:',
        'name: "web\n  namespace: shop\nspec:\n  podSelector:',
      ),
    );
    expectSameAsFull(parser, FIXTURE);
  });

  it('finds the document starts after an edit as a scan of the whole text does (fast-check)', () => {
    // Markers typed, deleted or split near the edit's ends, directives and `...` appearing (full parse).
    const marked = FIXTURE + '---\n%YAML?\n';
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (edits) => {
        let text = FIXTURE;
        for (const e of edits) {
          const next = applyTextEdit(e.at % 5 === 0 ? marked.slice(0, text.length) : text, e);
          const before = documentStarts(text);
          if (before) {
            const [p, s] = commonEnds(text, next);
            const got = documentStartsAfterEdit({ starts: before, length: text.length }, next, p, s);
            expect(got).toEqual(documentStarts(next));
          }
          text = next;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('equals a full parse after every random edit of a sequence (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (edits) => {
        const parser = new IncrementalParser();
        let text = FIXTURE;
        parser.parse({ name: 'w.yaml', text });
        for (const e of edits) {
          text = applyTextEdit(text, e);
          expectSameAsFull(parser, text);
        }
      }),
      { numRuns: 200 },
    );
  }, 90_000); // ~3 s alone; generous for a loaded 2-core machine
});

describe('WorkspaceReader and applyEdit', () => {
  it('plans and writes against the shared parse without changing its Documents', () => {
    const file = { name: 'workspace.yaml', text: FIXTURE };
    const ws = new WorkspaceReader().read(file);
    const before = ws.sources[0].docs.map((d) => [d.doc.toString(), JSON.stringify(nodes(d.doc))]);
    const r = applyEdit(
      FIXTURE,
      { op: 'setRulePorts', policy: 'shop/web', direction: 'ingress', rule: 0, ports: [{ port: 9090 }] },
      { workspace: ws },
    );
    if ('error' in r) throw new Error(r.error);
    expect(r.text).toContain('port: 9090');
    expect(ws.sources[0].docs.map((d) => [d.doc.toString(), JSON.stringify(nodes(d.doc))])).toEqual(before);
    // Same result as writing against a private full parse.
    const fresh = applyEdit(
      FIXTURE,
      { op: 'setRulePorts', policy: 'shop/web', direction: 'ingress', rule: 0, ports: [{ port: 9090 }] },
      { fileName: 'other.yaml' },
    );
    expect(fresh).toEqual(r);
  });
});

describe('WorkspaceReader', () => {
  const file = (text: string) => ({ name: 'workspace.yaml', text });
  const OTHER = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: elsewhere\n';

  it('hands back the same Workspace while the text stays the same', () => {
    const reader = new WorkspaceReader();
    const ws = reader.read(file(FIXTURE));
    expect(reader.read(file(FIXTURE))).toBe(ws);
    expect(reader.read(file(OTHER))).not.toBe(ws);
  });

  it('keeps each owner’s parse apart: another reader of the same file name changes nothing in this one', () => {
    const mine = new WorkspaceReader();
    const ws = mine.read(file(FIXTURE));
    const positions = JSON.stringify(ws.sources[0].docs.map((d) => d.range));
    new WorkspaceReader().read(file(`# moves every document\n${OTHER}---\n${FIXTURE}`));
    expect(mine.read(file(FIXTURE))).toBe(ws);
    expect(JSON.stringify(ws.sources[0].docs.map((d) => d.range))).toBe(positions);
  });

  it('serves applyEdit its parse when passed as the reader, with the result of a fresh parse', () => {
    const edit: PolicyEdit = {
      op: 'setRulePorts',
      policy: 'shop/web',
      direction: 'ingress',
      rule: 0,
      ports: [{ port: 9090 }],
    };
    const reader = new WorkspaceReader();
    const ws = reader.read(file(FIXTURE));
    const read = vi.spyOn(reader, 'read');
    const viaReader = applyEdit(FIXTURE, edit, { reader });
    // Planned on the reader's parse, not a new one.
    expect(read).toHaveReturnedWith(ws);
    expect(viaReader).toEqual(applyEdit(FIXTURE, edit));
  });
  it('reads a workspace after edits exactly as a fresh read would, though unchanged documents are not read again', () => {
    // Each step keeps most documents as they were, so the reader reuses their reads; the workloads
    // (labels, ports, spans) and policies must still be those of a fresh parse of the new text.
    const steps = [
      FIXTURE,
      FIXTURE.replace('labels: {app: web}', 'labels: {app: webx}'), // a label typed in one pod template
      `# a document above moves every span\n${OTHER}---\n${FIXTURE.replace('labels: {app: web}', 'labels: {app: webx}')}`,
      `${OTHER}---\n${FIXTURE.replace('containerPort: 8080', 'containerPort: 8081')}`, // a port, spans shifted
      FIXTURE, // back: every document's index changes again
    ];
    const reader = new WorkspaceReader();
    for (const text of steps) {
      const ws = reader.read(file(text));
      const fresh = new WorkspaceReader().read(file(text));
      expect(ws.workloads).toEqual(fresh.workloads);
      expect(ws.policies).toEqual(fresh.policies);
      expect([...ws.namespaces]).toEqual([...fresh.namespaces]);
    }
    expect(reader.read(file(steps[1])).workloads.find((w) => w.name === 'web')?.labels).toEqual({ app: 'webx' });
  });
});
