/** Shared checks for the writer tests: every applied edit must satisfy these. */
import { expect } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { applyEdit, applyChanges, type ApplyResult } from '../../src/sync/index.ts';
import type { PolicyEdit } from '../../src/model/edits/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import type { Workspace } from '../../src/model/types.ts';

/** The text of each document's region, as the writer splits it (doc i spans from its start to the next one's). */
export function docRegions(text: string): string[] {
  const docs = parseAllDocuments(text);
  const list = Array.isArray(docs) ? docs : [];
  const starts = list.map((d, i) => (i === 0 ? 0 : d.range[0]));
  return starts.map((s, i) => text.slice(s, i + 1 < starts.length ? starts[i + 1] : text.length));
}

export function yamlErrors(text: string): string[] {
  const docs = parseAllDocuments(text);
  return (Array.isArray(docs) ? docs : []).flatMap((d) => d.errors.map((e) => e.message));
}

/** Applies an edit that must succeed and checks the invariants every result has. */
export function applyOk(text: string, edit: PolicyEdit): ApplyResult {
  const r = applyEdit(text, edit);
  if ('error' in r) throw new Error(`${edit.op}: ${r.error}`);
  checkResult(text, r);
  return r;
}

export function checkResult(text: string, r: ApplyResult): void {
  // The splices reproduce the text, and undoing them restores the original exactly.
  expect(applyChanges(text, r.changes)).toBe(r.text);
  expect(applyChanges(r.text, r.undo)).toBe(text);
  if (r.changes.length === 0) expect(r.text).toBe(text);
  for (let i = 1; i < r.changes.length; i++) expect(r.changes[i].offset).toBeGreaterThan(r.changes[i - 1].end - 1);
  // Valid YAML stays valid; a document that was already broken (and untouched) stays as it was.
  expect(yamlErrors(r.text).length).toBeLessThanOrEqual(yamlErrors(text).length);
  // Documents the edit did not touch are byte-identical: every splice lies inside a touched
  // document's region, or appends at the very end.
  const bounds = docBounds(text);
  const touched = new Set(r.touchedDocs);
  for (const c of r.changes) {
    if (c.offset === text.length && c.end === text.length) continue;
    const owners = bounds.map((b, i) => ({ ...b, i })).filter((b) => c.offset < b.end && c.end > b.start);
    const inside = owners.length
      ? owners
      : bounds.map((b, i) => ({ ...b, i })).filter((b) => c.offset >= b.start && c.offset <= b.end);
    // A pure insertion on a boundary belongs to either neighbour.
    const ok = owners.length ? owners.every((o) => touched.has(o.i)) : inside.some((o) => touched.has(o.i));
    expect(ok, `change at ${c.offset} is in an untouched document`).toBe(true);
  }
}

export function docBounds(text: string): { start: number; end: number }[] {
  const docs = parseAllDocuments(text);
  const list = Array.isArray(docs) ? docs : [];
  const starts = list.map((d, i) => (i === 0 ? 0 : d.range[0]));
  return starts.map((s, i) => ({ start: s, end: i + 1 < starts.length ? starts[i + 1] : text.length }));
}

export const ws = (text: string): Workspace => loadWorkspace([{ name: 'test.yaml', text }]);
