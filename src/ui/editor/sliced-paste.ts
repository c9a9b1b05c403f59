/**
 * A paste of megabytes taken in by slices, one task each. Monaco applies a
 * paste in one task: for a 10 MB dump that is ~600 ms of line counting, piece
 * insertion and view-line bookkeeping in which the page cannot paint or take a
 * key (issue 10: no main-thread task over 200 ms). Here the text goes in a
 * slice of lines at a time; the slices form one undo step (Monaco merges edits
 * into the open undo element until a stack element closes it), so Ctrl+Z takes
 * the whole paste back, as after Monaco's own paste.
 *
 * While the slices go in, the editor is read-only (a key cannot land between
 * them) and the store already has the text as it will be: the worker reads it
 * meanwhile, once, whole. A decoration tracks where the pasted text ends, so a change made
 * meanwhile by someone else (a graph edit) cannot send a slice to the wrong place.
 */
import type * as Monaco from 'monaco-editor';

/** Pastes at least this long go in by slices; smaller ones are Monaco's (a few tens of ms). */
export const SLICED_PASTE_FROM = 1 << 20;
/** About 30 ms of Monaco's work each on this project's 2-core machine. */
const SLICE_CHARS = 256 * 1024;

/** `text` cut after line breaks into pieces of about `size` characters (one piece when it has no break). */
export function slicesOf(text: string, size: number): string[] {
  const out: string[] = [];
  let from = 0;
  while (text.length - from > size) {
    const cut = text.indexOf('\n', from + size - 1);
    if (cut < 0) break;
    out.push(text.slice(from, cut + 1));
    from = cut + 1;
  }
  if (from < text.length || out.length === 0) out.push(text.slice(from));
  return out;
}

export interface SlicedPaste {
  /** True from the first slice until the last is in. */
  readonly active: boolean;
  /** Takes `text` in by slices in place of the selection; false (nothing done) when Monaco should paste it. */
  paste(text: string): boolean;
}

/**
 * `write(fn)` runs an edit of ours (the editor's write guard: not taken for typing). `arrived(text)` is given the
 * text as it will be once the paste is in, at once (the analysis starts while the slices go in), and the model's
 * text once they are all in (the same text, unless something else changed the model meanwhile).
 */
export function slicedPaste(
  monaco: typeof Monaco,
  editor: () => Monaco.editor.IStandaloneCodeEditor | null,
  write: (fn: () => void) => void,
  arrived: (text: string) => void,
): SlicedPaste {
  let active = false;
  return {
    get active() {
      return active;
    },
    paste(text) {
      const ed = editor();
      const model = ed?.getModel();
      const selections = ed?.getSelections();
      if (!ed || !model || active || text.length < SLICED_PASTE_FROM) return false;
      if (!selections || selections.length !== 1 || ed.getOption(monaco.editor.EditorOption.readOnly)) return false;
      const slices = slicesOf(text, SLICE_CHARS);
      const sel = selections[0];
      const whole = model.getValue();
      const from = model.getOffsetAt(sel.getStartPosition());
      const to = model.getOffsetAt(sel.getEndPosition());
      active = true;
      ed.updateOptions({ readOnly: true });
      // Where the pasted text ends so far: an empty range that moves with edits before it.
      let mark: string[] = [];
      const place = (at: Monaco.IPosition) => {
        mark = model.deltaDecorations(mark, [
          {
            range: new monaco.Range(at.lineNumber, at.column, at.lineNumber, at.column),
            options: { stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges },
          },
        ]);
      };
      const insert = (range: Monaco.IRange, slice: string, before: Monaco.Selection[]) => {
        const start = model.getOffsetAt({ lineNumber: range.startLineNumber, column: range.startColumn });
        write(() => model.pushEditOperations(before, [{ range, text: slice }], () => null));
        place(model.getPositionAt(start + slice.length));
      };
      write(() => model.pushStackElement());
      // The selection collapsed first: Monaco hands the selected text to the browser's edit context after every
      // edit, and a selection that grew with each slice made that the whole pasted text each time.
      ed.setSelection(new monaco.Selection(sel.startLineNumber, sel.startColumn, sel.startLineNumber, sel.startColumn));
      insert(sel, slices[0], selections);
      const next = (k: number) => {
        // Gone only when the model was replaced meanwhile (a workspace switch): the rest belongs to no text.
        const at = model.isDisposed() ? null : model.getDecorationRange(mark[0]);
        if (k < slices.length && at) {
          insert(at, slices[k], []);
          setTimeout(() => next(k + 1), 0);
          return;
        }
        // The end: one undo step closed, the cursor after the pasted text, the editor writable again (the
        // model outlives an editor unmounted meanwhile).
        active = false;
        if (model.isDisposed()) return;
        write(() => model.pushStackElement());
        model.deltaDecorations(mark, []);
        if (editor() === ed) {
          if (at) {
            ed.setPosition(at.getEndPosition());
            ed.revealPosition(at.getEndPosition());
          }
          ed.updateOptions({ readOnly: false });
        }
        arrived(model.getValue());
      };
      setTimeout(() => next(1), 0);
      arrived(whole.slice(0, from) + text + whole.slice(to));
      return true;
    },
  };
}
