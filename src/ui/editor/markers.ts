/** Model diagnostics → Monaco markers (the squiggles and the problems hover). */
import type * as Monaco from 'monaco-editor';
import type { Diagnostic } from '../../model/diagnostics.ts';

/** Owner of our markers; monaco-yaml's schema markers use their own owner. */
export const MARKER_OWNER = 'netpol-studio';

export function toMarkers(
  monaco: typeof Monaco,
  model: Monaco.editor.ITextModel,
  diagnostics: readonly Diagnostic[],
  /** The message in the app's language (use-core-text.ts); English by default. */
  say: (d: Diagnostic) => string = (d) => d.message,
): Monaco.editor.IMarkerData[] {
  const severity = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
  };
  return diagnostics.map((d) => {
    let { endLine, endColumn } = d;
    // A zero-width diagnostic would draw no squiggle: widen it to the word (or one character).
    if (endLine === d.line && endColumn <= d.column) {
      const word = model.getWordAtPosition({ lineNumber: d.line, column: d.column });
      endColumn = word ? word.endColumn : d.column + 1;
      endLine = d.line;
    }
    return {
      severity: severity[d.severity],
      message: say(d),
      code: d.rule,
      source: 'netpol-studio',
      startLineNumber: d.line,
      startColumn: d.column,
      endLineNumber: endLine,
      endColumn,
    };
  });
}
