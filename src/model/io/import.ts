/**
 * Importing files into the workspace (File → Open / Import, drag-and-drop).
 *
 * All or nothing: when any file does not parse, the result is that file's error
 * and the caller keeps the current text; the workspace is never half-imported.
 * - `replace`: the imported documents become the workspace.
 * - `merge`: they are added to it; a document naming the same object (API group,
 *   kind, namespace, name) replaces the existing one in place. Every other
 *   document of the current text stays byte-identical.
 */
import { documentKey, joinDocuments, segmentText } from './documents.ts';
import { prepareFile, type ImportError, type ImportFile, type PreparedFile } from './prepare.ts';

export type { ImportError, ImportFile } from './prepare.ts';
export { importFileFromBytes } from './prepare.ts';
export type ImportMode = 'replace' | 'merge';

export interface ImportSummary {
  /** Objects read from the files (after unwrapping lists). */
  documents: number;
  /** Existing documents replaced by an imported one (merge only). */
  replaced: number;
  /** Documents from which cluster noise (managedFields, status, …) was removed. */
  cleaned: number;
  /** Documents kept as written that are no Kubernetes object (drawn by nothing, noted by lint). */
  ignored: number;
}

export type ImportResult = { text: string; summary: ImportSummary } | { error: ImportError };

export interface ImportOptions {
  /** Called after each file: `done` of `total` files. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** The async import was cancelled through its AbortSignal; the workspace is unchanged. */
export interface ImportCancelled {
  cancelled: true;
}

export function importFiles(current: string, files: readonly ImportFile[], mode: ImportMode): ImportResult {
  const prepared: PreparedFile[] = [];
  for (const file of files) {
    const p = prepareFile(file);
    if ('error' in p) return p;
    prepared.push(p);
  }
  return combine(current, prepared, mode);
}

/**
 * Same as importFiles, one file per task: the browser can paint progress between
 * files, and an abort stops the import before the next file (nothing is applied).
 */
export async function importFilesAsync(
  current: string,
  files: readonly ImportFile[],
  mode: ImportMode,
  options: ImportOptions = {},
): Promise<ImportResult | ImportCancelled> {
  const { onProgress, signal } = options;
  const prepared: PreparedFile[] = [];
  for (let i = 0; i < files.length; i++) {
    if (signal?.aborted) return { cancelled: true };
    const p = prepareFile(files[i]);
    if ('error' in p) return p;
    prepared.push(p);
    onProgress?.(i + 1, files.length);
    await nextTask();
  }
  if (signal?.aborted) return { cancelled: true };
  return combine(current, prepared, mode);
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function combine(current: string, files: readonly PreparedFile[], mode: ImportMode): ImportResult {
  const documents = files.reduce((n, f) => n + f.docs.filter((d) => d.key !== null).length, 0);
  const cleaned = files.reduce((n, f) => n + f.cleaned, 0);
  const ignored = files.reduce((n, f) => n + f.ignored, 0);
  if (mode === 'replace') {
    // Unchanged files keep their exact text, so exporting and importing back is the identity.
    const text = joinDocuments(files.map((f) => f.unchangedText ?? joinDocuments(f.docs.map((d) => d.text))));
    return { text, summary: { documents, replaced: 0, cleaned, ignored } };
  }

  // Last import of an object wins, also among the imported files themselves.
  const incoming = files.flatMap((f) => f.docs);
  const lastByKey = new Map<string, number>();
  incoming.forEach((d, i) => d.key !== null && lastByKey.set(d.key, i));
  const keep = incoming.filter((d, i) => d.key === null || lastByKey.get(d.key) === i);
  const byKey = new Map(keep.flatMap((d) => (d.key === null ? [] : [[d.key, d] as const])));

  const segments = segmentText('workspace', current).segments.map((seg) => ({
    seg,
    // A document with errors has no reliable identity: it is never replaced.
    key: seg.hasErrors ? null : documentKey(seg.parsed.doc),
  }));
  // An object written N times in the workspace and N times in the import (merging a file into itself):
  // the copies pair up in order, rather than the last one replacing the first and the rest staying.
  const paired = pairedDuplicates(
    segments.map((s) => s.key),
    incoming.map((d) => d.key),
  );
  const copies = new Map<string, string[]>();
  for (const d of incoming)
    if (d.key !== null && paired.has(d.key)) copies.set(d.key, [...(copies.get(d.key) ?? []), d.text]);

  const used = new Set<string>();
  let replaced = 0;
  const pieces: string[] = [];
  for (const { seg, key } of segments) {
    const copy = key !== null ? copies.get(key)?.shift() : undefined;
    const next = copy ?? (key !== null && !used.has(key) ? byKey.get(key)?.text : undefined);
    if (next !== undefined && key !== null) {
      used.add(key);
      replaced++;
      // Keep the document's own `---` (or its lack of one, first in the file) so the neighbours' text does not move.
      pieces.push(withMarkerOf(seg.text, next));
    } else {
      pieces.push(seg.text);
    }
  }
  for (const d of keep) if (d.key === null || !used.has(d.key)) pieces.push(d.text);
  return { text: joinDocuments(pieces), summary: { documents, replaced, cleaned, ignored } };
}

/** Keys written more than once, as often in the workspace as in the import. */
function pairedDuplicates(current: readonly (string | null)[], incoming: readonly (string | null)[]): Set<string> {
  const count = (keys: readonly (string | null)[]) => {
    const n = new Map<string, number>();
    for (const k of keys) if (k !== null) n.set(k, (n.get(k) ?? 0) + 1);
    return n;
  };
  const mine = count(current);
  const theirs = count(incoming);
  return new Set([...theirs].filter(([k, n]) => n > 1 && mine.get(k) === n).map(([k]) => k));
}

/** `text` starting with a `---` line exactly when `like` does (a bare marker is dropped; one with a comment is kept). */
function withMarkerOf(like: string, text: string): string {
  const wants = like.startsWith('---');
  if (wants === text.startsWith('---')) return text;
  return wants ? `---\n${text}` : text.replace(/^---[ \t]*\r?\n/, '');
}
