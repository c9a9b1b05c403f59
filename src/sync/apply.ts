/**
 * The entry point for graph → text: PolicyEdit in, new text and the minimal
 * splices out.
 *
 * Undo is a text splice (`undo`): the graph's edits enter the editor as one
 * undoable edit and share Monaco's single undo history (DESIGN.md §2), and a
 * text inverse is exact by construction — a deleted policy comes back with
 * its comments and formatting, which no semantic inverse edit could promise.
 */
import type { WorkspaceReader } from '../model/manifests/workspace-reader.ts';
import { loadWorkspace } from '../model/manifests/workspace.ts';
import type { ParsedSource } from '../model/manifests/source.ts';
import { planEdit, type ManifestOp, type PolicyEdit } from '../model/edits/index.ts';
import type { Workspace } from '../model/types.ts';
import { executeOps } from './execute.ts';
import { EditSession } from './session.ts';
import { invertChanges, type TextChange } from './text-change.ts';

export interface ApplyOptions {
  /** The Workspace of `text`, when the caller has it already (the store's memoised parse). */
  workspace?: Workspace;
  /**
   * Otherwise the caller's reader, which parses only what changed since its last text (the store's
   * analysis caches own one). Without either, `text` is parsed afresh.
   */
  reader?: WorkspaceReader;
  /** File name used when the workspace has to be loaded here. */
  fileName?: string;
}

export interface ApplyResult {
  /** The new text; the very same string object when nothing changed. */
  text: string;
  /** Sorted, non-overlapping splices in offsets of the ORIGINAL text. */
  changes: TextChange[];
  /** Indices of changed or removed documents of the original text; appended documents count on from its document count. */
  touchedDocs: number[];
  /** Splices (in offsets of the NEW text) that restore the original exactly. */
  undo: TextChange[];
}

export type ApplyOutcome = ApplyResult | { error: string };

export function applyEdit(text: string, edit: PolicyEdit, options: ApplyOptions = {}): ApplyOutcome {
  if (edit.op === 'noop') return unchanged(text);
  // Plan against the caller's Workspace, else its reader's parse (the store's, when it has parsed this
  // very text); only a caller with neither pays for a full parse.
  const file = { name: options.fileName ?? 'workspace.yaml', text };
  const ws = options.workspace ?? options.reader?.read(file) ?? loadWorkspace([file]);
  const plan = planEdit(ws, edit);
  if ('error' in plan) return plan;
  return applyOps(text, plan.ops, sourceOf(ws, text));
}

/** The workspace's parse of `text`, when it has one (a single file with exactly this text). */
function sourceOf(ws: Workspace, text: string): ParsedSource | undefined {
  return ws.sources.length === 1 && ws.sources[0].file.text === text ? ws.sources[0] : undefined;
}

/**
 * Lower level: writes already planned operations. `source`, a parse of
 * `text`, spares parsing it again; its Documents are cloned before any change.
 */
export function applyOps(text: string, ops: readonly ManifestOp[], source?: ParsedSource): ApplyOutcome {
  if (ops.length === 0) return unchanged(text);
  let session: EditSession;
  try {
    session = new EditSession(text, source?.file.text === text ? source : undefined);
  } catch (e) {
    return { error: `Could not parse the text: ${(e as Error).message}` };
  }
  let result;
  try {
    const failed = executeOps(session, ops);
    if (failed) return failed;
    result = session.result();
  } catch (e) {
    // yaml refuses to serialise some documents it parsed (an alias to a missing anchor).
    return { error: `Could not write the change: ${(e as Error).message}` };
  }
  if (result.changes.length === 0) return unchanged(text);
  return { ...result, undo: invertChanges(text, result.changes) };
}

function unchanged(text: string): ApplyResult {
  return { text, changes: [], touchedDocs: [], undo: [] };
}
