/**
 * The YAML pane: a Monaco editor on the workspace text, in two-way sync with
 * the store. Lazy-loaded (default export for React.lazy).
 */
import { useEffect, useRef } from 'react';
import type * as Monaco from 'monaco-editor';
import { MARKER_OWNER, toMarkers } from './markers.ts';
import { monaco, WORKSPACE_URI } from './monaco-env.ts';
import { minimalReplacement } from './text-edit.ts';
import { useSelectionHighlight } from './use-selection-highlight.ts';
import { useCursorSelection } from './use-cursor-selection.ts';
import { useRevealRequest } from './use-reveal-request.ts';
import { connectHistory, pushChanges, type WriteGuard } from './editor-history.ts';
import { noteTyping } from '../canvas/typing-layer.ts';
import { useStore } from '../hooks/stores.ts';
import { selectView } from '../../state/derived.ts';
import { workspacesStore } from '../../state/workspaces.ts';
import { useView } from '../hooks/use-view.ts';
import { useCoreText } from '../text/use-core-text.ts';
import {
  limitBeforeArrival,
  limitYamlFeatures,
  onYamlFeatures,
  watchYamlFeatureLimits,
  yamlFeaturesInForce,
} from './yaml-feature-limiter.ts';
import { editorOptionsFor, modelLanguageFor, type YamlFeatures } from './yaml-feature-limits.ts';
import { monacoThemeName, useMonacoTheme } from './monaco-theme.ts';
import { useTheme } from '../theme/theme-store.ts';
import { loadWorkspaceText } from '../io/apply-text.ts';

declare global {
  interface Window {
    /** Test hook for e2e specs: read markers and text without scraping the DOM (test builds only). */
    __netpolStudio?: {
      monaco: typeof Monaco;
      editor: Monaco.editor.IStandaloneCodeEditor;
      markers: () => Monaco.editor.IMarker[];
      /** The monaco-yaml features the text's size allows now (yaml-feature-limits.ts). */
      yamlFeatures: () => YamlFeatures;
      /** Switches the workspace's text as a workspace switch does (io/apply-text.ts), for benchmarks. */
      loadWorkspaceText: (text: string) => Promise<void>;
    };
  }
}

/**
 * The editor options of these features (yaml-feature-limits.ts, kept free of Monaco), typed as Monaco's:
 * its typings declare `lightbulb.enabled` as an enum whose values are these very strings.
 */
const monacoOptionsFor = (features: YamlFeatures) => editorOptionsFor(features) as Monaco.editor.IEditorOptions;

export default function YamlEditor() {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const view = useView();
  const core = useCoreText();

  useEffect(() => {
    // Changes we apply from the store must not echo back as 'editor' changes.
    const guard: WriteGuard = { applying: false };
    // Before the model exists: monaco-yaml validates a model as soon as it is created.
    limitYamlFeatures(useStore.getState().text);
    // The model outlives StrictMode's double mount and is reused; on first creation
    // it starts from the text before any graph edits made while Monaco loaded.
    const { model, detach } = connectHistory(
      monaco,
      (base) =>
        monaco.editor.getModel(WORKSPACE_URI) ??
        monaco.editor.createModel(base, modelLanguageFor(yamlFeaturesInForce()), WORKSPACE_URI),
      () => useStore.getState().text,
      guard,
    );
    // Colouring by size: a plain-text model is never tokenized (yaml-feature-limits.ts, LIMITS.highlight).
    const applyLanguage = (features: YamlFeatures) => {
      const language = modelLanguageFor(features);
      if (model.getLanguageId() !== language) monaco.editor.setModelLanguage(model, language);
    };
    applyLanguage(yamlFeaturesInForce());
    // A big paste: its features before Monaco takes it in. Registered before the editor exists: Monaco's own
    // paste handler listens on this element in the capture phase too, and stops the event there.
    const onPaste = (e: ClipboardEvent) => limitBeforeArrival(e.clipboardData?.getData('text/plain') ?? '');
    const hostElement = host.current!;
    hostElement.addEventListener('paste', onPaste, true);
    const editor = monaco.editor.create(hostElement, {
      model,
      automaticLayout: true,
      fontSize: 13,
      lineHeight: 20,
      tabSize: 2,
      insertSpaces: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderWhitespace: 'none',
      wrappingIndent: 'indent',
      quickSuggestions: { other: true, comments: false, strings: true },
      // Manifests hold no colours; the detector would scan the whole text in Monaco's worker after each edit.
      colorDecorators: false,
      padding: { top: 8 },
      theme: monacoThemeName(monaco, useTheme.getState().resolved),
      fixedOverflowWidgets: true,
      // Folding, links and sticky scroll as the text's size allows (yaml-feature-limits.ts).
      ...monacoOptionsFor(yamlFeaturesInForce()),
      // Until the saved workspace has loaded: text typed or pasted before would be replaced by it.
      readOnly: !workspacesStore.getState().started,
    });
    editorRef.current = editor;
    const limits = watchYamlFeatureLimits(model);
    const stopLimits = onYamlFeatures((features) => {
      applyLanguage(features);
      editor.updateOptions(monacoOptionsFor(features));
    });

    const typed = model.onDidChangeContent((event) => {
      if (!guard.applying) {
        noteTyping();
        // One edit (a keystroke, a paste) is said as such: the store then never compares megabytes to find it.
        const only = event.changes.length === 1 && !event.isFlush ? event.changes[0] : undefined;
        const edit = only && { at: only.rangeOffset, removed: only.rangeLength, inserted: only.text };
        useStore.getState().setText(model.getValue(), 'editor', edit ? { edit } : undefined);
      }
    });
    const unsubscribe = useStore.subscribe((state, prev) => {
      if (state.revision === prev.revision || state.origin === 'editor') return;
      // A text the worker analyses is asked for before Monaco takes it in (hundreds of milliseconds for
      // megabytes): the worker reads it meanwhile, on the other core.
      if (state.origin === 'load' && state.caches.backend?.takes(state.parsedText)) selectView(state);
      if (state.resetsHistory) {
        if (model.getValueLength() === state.text.length && model.getValue() === state.text) return;
        limitBeforeArrival(state.text);
        guard.applying = true;
        try {
          model.setValue(state.text); // not an edit: a new undo history
        } finally {
          guard.applying = false;
        }
        return;
      }
      // Graph edits were pushed into the model already (history.ts); this catches
      // loads and anything else, as one undoable minimal replacement.
      const change = minimalReplacement(model.getValue(), state.text);
      if (!change) return;
      limitBeforeArrival(change.text);
      pushChanges(monaco, model, [{ offset: change.start, end: change.end, insert: change.text }], guard);
    });

    const whenStarted = () => {
      editor.updateOptions({ readOnly: false });
      // Test builds only: a production build drops this block (see state/test-hook.ts). Set once the saved
      // workspace has loaded, so a test's paste is never replaced by it.
      if (import.meta.env.VITE_TEST_HOOKS) {
        window.__netpolStudio = {
          monaco,
          editor,
          markers: () => monaco.editor.getModelMarkers({ resource: WORKSPACE_URI }),
          yamlFeatures: yamlFeaturesInForce,
          loadWorkspaceText,
        };
      }
    };
    const stopWaiting = workspacesStore.subscribe((state) => {
      if (!state.started) return;
      stopWaiting();
      whenStarted();
    });
    if (workspacesStore.getState().started) {
      stopWaiting();
      whenStarted();
    }
    useStore.getState().setEditorReady(true);
    return () => {
      stopWaiting();
      unsubscribe();
      limits.dispose();
      stopLimits();
      hostElement.removeEventListener('paste', onPaste, true);
      typed.dispose();
      detach();
      editor.dispose();
      editorRef.current = null;
      useStore.getState().setEditorReady(false);
      // The model outlives StrictMode's double mount; it is reused above.
    };
  }, []);

  useEffect(() => {
    const model = monaco.editor.getModel(WORKSPACE_URI);
    if (model)
      monaco.editor.setModelMarkers(model, MARKER_OWNER, toMarkers(monaco, model, view.diagnostics, core.diagnostic));
  }, [view.diagnostics, core]);

  // After the editor is created above, so its first run sees the editor.
  useSelectionHighlight(editorRef);
  useCursorSelection(editorRef);
  useRevealRequest(editorRef);
  useMonacoTheme(monaco);

  return <div ref={host} className="yaml-editor nokey" data-testid="yaml-editor" />;
}
