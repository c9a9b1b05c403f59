/**
 * The YAML pane: a Monaco editor on the workspace text, in two-way sync with
 * the store. Lazy-loaded (default export for React.lazy).
 */
import { useEffect, useRef } from 'react';
import type * as Monaco from 'monaco-editor';
import { useView } from '../../state/derived.ts';
import { useStore } from '../../state/store.ts';
import { MARKER_OWNER, toMarkers } from './markers.ts';
import { monaco, WORKSPACE_URI } from './monaco-env.ts';
import { minimalReplacement } from './text-edit.ts';
import { useSelectionHighlight } from './use-selection-highlight.ts';

declare global {
  interface Window {
    /** Test hook for e2e specs: read markers and text without scraping the DOM. */
    __netpolStudio?: {
      monaco: typeof Monaco;
      editor: Monaco.editor.IStandaloneCodeEditor;
      markers: () => Monaco.editor.IMarker[];
    };
  }
}

export default function YamlEditor() {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const view = useView();

  useEffect(() => {
    const { text } = useStore.getState();
    const model = monaco.editor.getModel(WORKSPACE_URI) ?? monaco.editor.createModel(text, 'yaml', WORKSPACE_URI);
    if (model.getValue() !== text) model.setValue(text);
    const editor = monaco.editor.create(host.current!, {
      model,
      automaticLayout: true,
      fontSize: 13,
      lineHeight: 20,
      tabSize: 2,
      insertSpaces: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderWhitespace: 'none',
      // Comments in pasted manifests are often long; wrap rather than scroll sideways.
      wordWrap: 'on',
      wrappingIndent: 'indent',
      quickSuggestions: { other: true, comments: false, strings: true },
      padding: { top: 8 },
      theme: 'vs',
      fixedOverflowWidgets: true,
    });
    editorRef.current = editor;

    // Changes we apply from the store must not echo back as 'editor' changes.
    let applying = false;
    const typed = model.onDidChangeContent(() => {
      if (!applying) useStore.getState().setText(model.getValue(), 'editor');
    });
    const unsubscribe = useStore.subscribe((state, prev) => {
      if (state.revision === prev.revision || state.origin === 'editor') return;
      const change = minimalReplacement(model.getValue(), state.text);
      if (!change) return;
      const start = model.getPositionAt(change.start);
      const end = model.getPositionAt(change.end);
      applying = true;
      try {
        // One undoable step, shared undo history with typing.
        model.pushStackElement();
        model.pushEditOperations([], [{ range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: change.text }], () => null);
        model.pushStackElement();
      } finally {
        applying = false;
      }
    });

    window.__netpolStudio = { monaco, editor, markers: () => monaco.editor.getModelMarkers({ resource: WORKSPACE_URI }) };
    useStore.getState().setEditorReady(true);
    return () => {
      unsubscribe();
      typed.dispose();
      editor.dispose();
      editorRef.current = null;
      useStore.getState().setEditorReady(false);
      // The model outlives StrictMode's double mount; it is reused above.
    };
  }, []);

  useEffect(() => {
    const model = monaco.editor.getModel(WORKSPACE_URI);
    if (model) monaco.editor.setModelMarkers(model, MARKER_OWNER, toMarkers(monaco, model, view.diagnostics));
  }, [view.diagnostics]);

  // After the editor is created above, so its first run sees the editor.
  useSelectionHighlight(editorRef);

  return <div ref={host} className="yaml-editor nokey" data-testid="yaml-editor" />;
}
