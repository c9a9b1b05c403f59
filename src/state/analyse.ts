/**
 * Text → (graph, diagnostics). The one place the store calls into the model, so
 * that the derivation can change without touching the UI.
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { PolicyGraph } from '../model/graph-types.ts';
import { deriveGraph } from '../model/graph.ts';
import { checkWorkspace } from '../model/lint.ts';
import { loadWorkspace } from '../model/workspace.ts';

/** File name the editor text is parsed as; diagnostics carry it. */
export const WORKSPACE_FILE = 'workspace.yaml';

export interface Analysis {
  /** Null when the text does not parse (YAML syntax errors): the caller keeps the last good graph. */
  graph: PolicyGraph | null;
  diagnostics: Diagnostic[];
  counts: { namespaces: number; workloads: number; policies: number };
}

export function analyse(text: string): Analysis {
  try {
    const ws = loadWorkspace([{ name: WORKSPACE_FILE, text }]);
    const diagnostics = checkWorkspace(ws);
    const broken = diagnostics.some((d) => d.rule === 'yaml-syntax' && d.severity === 'error');
    const graph = broken ? null : deriveGraph(ws);
    // Count namespaces as drawn: also those only named by a selector (e.g. kube-system).
    const namespaces = graph ? graph.nodes.filter((n) => n.kind === 'namespace').length : ws.namespaces.size;
    return {
      graph,
      diagnostics,
      counts: { namespaces, workloads: ws.workloads.length, policies: ws.policies.length },
    };
  } catch (err) {
    // A bug in derivation must not blank the app: report it like a parse failure.
    const message = err instanceof Error ? err.message : String(err);
    return {
      graph: null,
      diagnostics: [
        {
          file: WORKSPACE_FILE, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0,
          severity: 'error', rule: 'internal', message: `Could not analyse the workspace: ${message}`,
        },
      ],
      counts: { namespaces: 0, workloads: 0, policies: 0 },
    };
  }
}
