// The test hook src/ui/editor/YamlEditor.tsx puts on window (same shape).
import type * as Monaco from 'monaco-editor';

declare global {
  interface Window {
    __netpolStudio?: {
      monaco: typeof Monaco;
      editor: Monaco.editor.IStandaloneCodeEditor;
      markers: () => Monaco.editor.IMarker[];
      yamlFeatures: () => { completion: boolean; hover: boolean; format: boolean; validate: boolean };
    };
  }
}
export {};
