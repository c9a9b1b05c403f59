// The test hook src/ui/editor/YamlEditor.tsx puts on window (same shape).
import type * as Monaco from 'monaco-editor';
import type { YamlFeatures } from '../../src/ui/editor/yaml-feature-limits.ts';

declare global {
  interface Window {
    __netpolStudio?: {
      monaco: typeof Monaco;
      editor: Monaco.editor.IStandaloneCodeEditor;
      markers: () => Monaco.editor.IMarker[];
      yamlFeatures: () => YamlFeatures;
      loadWorkspaceText: (text: string) => Promise<void>;
    };
  }
}
export {};
