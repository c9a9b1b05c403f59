/**
 * Monaco from the local bundle (never a CDN) with Vite-built ES-module workers,
 * and monaco-yaml wired to the Kubernetes schema shipped in this repo, so
 * completion, hover and schema markers work offline.
 */
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';
import { configureMonacoYaml } from 'monaco-yaml';
import k8sSchema from './schema/k8s.schema.json';
import YamlWorker from './yaml.worker.ts?worker';

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
};

/** The editor's model URI; the schema's fileMatch targets it. */
export const WORKSPACE_URI = monaco.Uri.parse('file:///workspace.yaml');

/** The one monaco-yaml configuration of the page; yaml-feature-limiter.ts narrows it for large texts. */
export const monacoYaml = configureMonacoYaml(monaco, {
  enableSchemaRequest: false, // the schema is inline; nothing may be fetched
  format: {},
  hover: true,
  completion: true,
  validate: true,
  schemas: [
    {
      // Never requested (enableSchemaRequest is off); only an identifier.
      uri: 'inmemory://netpol-studio/k8s.schema.json',
      fileMatch: [WORKSPACE_URI.toString(), '*.yaml', '*.yml'],
      schema: k8sSchema as object,
    },
  ],
});

export { monaco };
