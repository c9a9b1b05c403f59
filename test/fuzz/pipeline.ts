/**
 * One fuzz case: a text through everything that reads user YAML — the reader (full, and incremental after the
 * previous case), the validator, the analysis (connectivity, connlist in every format, the effective view,
 * the graph) and the writer (one random gesture applied, then the result re-read). Nothing may throw; every
 * diagnostic has a position inside the text; the incremental reader agrees with a full parse; an applied
 * edit keeps the documents it did not touch byte-identical and its undo exact (as test/sync/helpers.ts's
 * checkResult, on the parse the case has already made: a fuzz case must stay cheap).
 */
import { expect } from 'vitest';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { CONNLIST_FORMATS, formatConnlist } from '../../src/model/analysis/connlist.ts';
import { effectiveFlows } from '../../src/model/analysis/effective.ts';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { WorkspaceReader } from '../../src/model/manifests/workspace-reader.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { checkWorkspace } from '../../src/model/validation/lint.ts';
import type { ParsedDocument } from '../../src/model/manifests/source.ts';
import type { Workspace } from '../../src/model/types.ts';
import { applyChanges, applyEdit, type ApplyResult } from '../../src/sync/index.ts';
import { editFor, type Pick } from '../sync/gestures.ts';

export const FILE = 'fuzz.yaml';

/** Analysis cost grows with the workspace; past this many workloads a case only reads and validates. */
const MAX_ANALYSED_WORKLOADS = 60;

/** Which stage was running when a case failed, for the report. */
export class StageError extends Error {
  constructor(
    readonly stage: string,
    cause: unknown,
  ) {
    super(`${stage}: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`, { cause });
  }
}

function stage<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw new StageError(name, e);
  }
}

function expectPlaced(ds: readonly Diagnostic[], text: string): void {
  const lineCount = text.split(/\r\n|\r|\n|\u2028|\u2029/).length;
  for (const d of ds) {
    const where = `${d.rule} at ${d.line}:${d.column}: ${d.message}`;
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lineCount + 1, where).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1, where).toBe(true);
    expect(d.message.length > 0 && !d.message.includes('\n'), where).toBe(true);
  }
}

export interface CaseOptions {
  /** The chain's reader: it last read the previous case's text, so this read is incremental. */
  reader: WorkspaceReader;
  /** The gesture to try on the text's graph. */
  gesture: Pick;
  /** Which connlist format to print. */
  format: number;
}

/** How far a case went: analysed or not (too many workloads), and whether a gesture was written. */
export type CaseOutcome = 'read' | 'analysed' | 'no gesture' | 'refused' | 'edited';

/** Runs one case; throws a StageError naming the stage that threw or broke an invariant. */
export function runCase(text: string, { reader, gesture, format }: CaseOptions): CaseOutcome {
  const file = { name: FILE, text };
  const ws = stage('reader', () => loadWorkspace([file]));
  const diagnostics = stage('validator', () => checkWorkspace(ws));
  stage('validator', () => expectPlaced(diagnostics, text));
  stage('incremental reader', () => expect(checkWorkspace(reader.read(file))).toEqual(diagnostics));

  const graph = stage('graph', () => deriveGraph(ws));
  const analysed = ws.workloads.length <= MAX_ANALYSED_WORKLOADS;
  if (analysed) {
    const result = stage('connectivity', () => analyzeConnectivity(ws));
    stage('connlist', () => formatConnlist(result, CONNLIST_FORMATS[format % CONNLIST_FORMATS.length]));
    stage('effective view', () => effectiveFlows(ws));
  }

  const edit = stage('edit planning', () => editFor(ws, graph, gesture));
  if (!edit) return analysed ? 'no gesture' : 'read';
  const applied = stage(`sync ${edit.op}`, () => applyEdit(text, edit, { workspace: ws }));
  if ('error' in applied) return 'refused'; // with a sentence: the text stays as it was
  stage(`sync ${edit.op}: splices and undo`, () => expectExactSplices(text, applied));
  stage(`sync ${edit.op}: untouched documents`, () => expectUntouchedKept(ws.sources[0]?.docs ?? [], text, applied));
  stage(`re-read after ${edit.op}`, () => {
    const after = loadWorkspace([{ name: FILE, text: applied.text }]);
    // Valid YAML stays valid; a broken document the edit did not touch stays as broken as it was.
    expect(syntaxErrors(after)).toBeLessThanOrEqual(syntaxErrors(ws) || directiveErrors(text));
    expectPlaced(checkWorkspace(after), applied.text);
  });
  return 'edited';
}

/**
 * yaml checks directives only ahead of a document: in a text of directives alone, a bad one (`%YAML 1. 2`)
 * becomes an error once an edit adds a document. Those are the text's errors, not the writer's.
 */
const directiveErrors = (text: string): number =>
  /^\uFEFF?%/m.test(text) ? syntaxErrors(loadWorkspace([{ name: FILE, text: `${text}\n---\n` }])) : 0;

const syntaxErrors = (ws: Workspace): number =>
  ws.sources.reduce((n, s) => n + s.docs.reduce((m, d) => m + d.doc.errors.length, 0), 0);

/** The splices rebuild the new text from the old, and the undo splices the old from the new, exactly. */
function expectExactSplices(text: string, r: ApplyResult): void {
  expect(applyChanges(text, r.changes)).toBe(r.text);
  expect(applyChanges(r.text, r.undo)).toBe(text);
}

/**
 * Documents the edit did not name as touched stay byte-identical: every splice lies inside a touched
 * document's region (a document runs from its start to the next one's), or appends at the very end.
 */
function expectUntouchedKept(docs: readonly ParsedDocument[], text: string, r: ApplyResult): void {
  const starts = docs.map((d, i) => (i === 0 ? 0 : d.range[0]));
  const regions = starts.map((start, i) => ({ i, start, end: i + 1 < starts.length ? starts[i + 1] : text.length }));
  const touched = new Set(r.touchedDocs);
  for (const c of r.changes) {
    if (c.offset === text.length && c.end === text.length) continue;
    const overlapped = regions.filter((g) => c.offset < g.end && c.end > g.start);
    // A pure insertion on a boundary belongs to either neighbour.
    const ok = overlapped.length
      ? overlapped.every((g) => touched.has(g.i))
      : regions.some((g) => c.offset >= g.start && c.offset <= g.end && touched.has(g.i));
    expect(ok, `splice ${JSON.stringify(c)} changes an untouched document`).toBe(true);
  }
}
