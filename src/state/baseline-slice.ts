/**
 * Baseline slice: what the live semantic diff compares the workspace with (issue 13). The text as
 * it was when it was opened or loaded (followed by every `load` change: opening a workspace,
 * importing a file, the example), a named workspace as stored, a version pasted or imported into
 * the diff panel, or the workspace as it was at its last export. The baseline is a text, so the diff
 * is the model's comparison of two workspaces read from text, whatever the baseline came from.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './store.ts';

export type BaselineSource =
  | { kind: 'opened' }
  /** A named workspace as it was read when chosen (`name` shown in the panel). */
  | { kind: 'workspace'; id: string; name: string; text: string }
  /** A version pasted or imported into the diff panel (`name`: the file's, or '' when pasted). */
  | { kind: 'pasted'; name: string; text: string }
  /** The open workspace's last export (`lastExport`, which follows the workspace that is open). */
  | { kind: 'export' };

/** Which export menu item made the last export. */
export type ExportKind = 'workspace' | 'policies' | 'zip' | 'copy';
export const EXPORT_KINDS: readonly ExportKind[] = ['workspace', 'policies', 'zip', 'copy'];

export interface LastExport {
  /**
   * The workspace text the export was made from. For the whole-workspace exports it is the exported
   * text; for the policies-only ones (YAML, zip) it is the text their policies were taken from, so
   * the baseline keeps the workloads the policies select (without them no flow could be compared).
   */
  text: string;
  /** Milliseconds since the epoch. */
  at: number;
  what: ExportKind;
}

export interface BaselineSlice {
  baseline: BaselineSource;
  /** The text as it was when last opened or loaded (the `opened` baseline). */
  openedText: string;
  /** The open workspace's last export of manifests; null before its first (saved with the workspace). */
  lastExport: LastExport | null;
  setBaseline: (baseline: BaselineSource) => void;
  /** An export of manifests happened: it becomes the `export` baseline's text. */
  recordExport: (record: LastExport) => void;
  /**
   * Another workspace opened with its own last export (or none): a diff against the last export
   * follows it, and goes back to the text as opened when the workspace has none.
   */
  restoreLastExport: (record: LastExport | null) => void;
}

export const createBaselineSlice: StateCreator<AppState, [], [], BaselineSlice> = (set) => ({
  baseline: { kind: 'opened' },
  openedText: '',
  lastExport: null,
  setBaseline: (baseline) => set({ baseline }),
  recordExport: (record) => set({ lastExport: record }),
  restoreLastExport: (record) =>
    set((s) => ({
      lastExport: record,
      baseline: record === null && s.baseline.kind === 'export' ? { kind: 'opened' } : s.baseline,
    })),
});

/** The text the workspace is compared with. */
export function baselineText(s: Pick<AppState, 'baseline' | 'openedText' | 'lastExport'>): string {
  switch (s.baseline.kind) {
    case 'opened':
      return s.openedText;
    case 'export':
      // restoreLastExport never leaves `export` chosen without one; the opened text is the safe reading.
      return s.lastExport?.text ?? s.openedText;
    default:
      return s.baseline.text;
  }
}

/**
 * A loaded text becomes the `opened` baseline: called by the source slice on every `load` change
 * (graph gestures and typing never are loads).
 */
export const openedOnLoad = (text: string): Pick<BaselineSlice, 'openedText'> => ({ openedText: text });

/** A saved `lastExport` read back (stored data is untrusted: anything malformed is no export). */
export function lastExportFrom(value: unknown): LastExport | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<Record<keyof LastExport, unknown>>;
  if (typeof v.text !== 'string' || typeof v.at !== 'number' || !Number.isFinite(v.at)) return null;
  const what = EXPORT_KINDS.find((k) => k === v.what);
  return what ? { text: v.text, at: v.at, what } : null;
}
