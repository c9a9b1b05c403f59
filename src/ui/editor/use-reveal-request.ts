/**
 * Reveals a range of the text when asked from elsewhere (a diagnostic picked
 * in the list): selects it, scrolls it to the middle and focuses the editor,
 * so the user can fix it at once.
 */
import { useEffect, type RefObject } from 'react';
import type * as Monaco from 'monaco-editor';
import { monaco } from './monaco-env.ts';
import { useStore } from '../hooks/stores.ts';

export function useRevealRequest(editorRef: RefObject<Monaco.editor.IStandaloneCodeEditor | null>): void {
  const request = useStore((s) => s.revealRequest);
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!request || !editor || !model) return;
    const start = model.getPositionAt(request.offset);
    const end = model.getPositionAt(Math.max(request.offset, request.endOffset));
    const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
    editor.setSelection(range);
    editor.revealRangeInCenter(range);
    editor.focus();
  }, [editorRef, request]);
}
