/**
 * Text → (graph, diagnostics). The one place the store calls into the model, so
 * that the derivation can change without touching the UI.
 *
 * Speed (issue 4: keystroke → graph ≤ 100 ms): the text is parsed
 * incrementally (the caches' WorkspaceReader, only changed documents), and
 * diagnostics — validation and lint, a large share of the work — are computed
 * only when first read, so the graph can be drawn before them (view-memo.ts
 * reads them on the next idle period).
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { PolicyGraph } from '../model/graph/types.ts';
import { deriveGraph } from '../model/graph/index.ts';
import { diagnosticTargets, placeInPolicies, type DiagnosticTargets } from '../model/graph/diagnostic-targets.ts';
import { checkWorkspace } from '../model/validation/lint.ts';
import type { ParsedDocument } from '../model/manifests/source.ts';
import type { Workspace } from '../model/types.ts';
import { unresolvedAliases } from '../model/validation/aliases.ts';
import type { AnalysisCaches } from './analysis-caches.ts';
import type { BrokenRegion } from './keep-broken.ts';

/** File name the editor text is parsed as; diagnostics carry it. */
export const WORKSPACE_FILE = 'workspace.yaml';

export interface Analysis {
  /**
   * The graph of the documents that parse. Null only when the whole text cannot be trusted (an alias
   * without its anchor, an internal error): the caller keeps the last good graph.
   */
  graph: PolicyGraph | null;
  /** Documents with syntax errors: left out of `graph`; the view keeps their last good objects (keep-broken.ts). */
  broken: BrokenRegion[];
  /** Computed on first read (validation + lint are slower than the graph). */
  readonly diagnostics: Diagnostic[];
  /**
   * The nodes, edges and policies of `graph` each diagnostic is about (the canvas's markers), computed on
   * first read where the analysis runs (the worker for a large text): on 2,000 workloads placing them
   * walks 338,000 rule edges, which the page then did in a render after every edit. Undefined without a graph.
   */
  readonly targets: DiagnosticTargets | undefined;
  /** `clusterPolicies`: AdminNetworkPolicies and the like (panels that read them parse only when there are some). */
  counts: { namespaces: number; workloads: number; policies: number; clusterPolicies: number };
}

const EMPTY_COUNTS = { namespaces: 0, workloads: 0, policies: 0, clusterPolicies: 0 };

function internalError(err: unknown): Diagnostic[] {
  // A bug in derivation must not blank the app: report it like a parse failure.
  const message = err instanceof Error ? err.message : String(err);
  return [
    {
      file: WORKSPACE_FILE,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      offset: 0,
      endOffset: 0,
      severity: 'error',
      rule: 'internal',
      message: `Could not analyse the workspace: ${message}`,
    },
  ];
}

/** The parsed Workspace of `text` by the caches' reader (shared with src/sync, so a graph edit reuses the store's parse). */
export function workspaceOf(text: string, caches: Pick<AnalysisCaches, 'reader'>): Workspace {
  return caches.reader.read({ name: WORKSPACE_FILE, text });
}

/**
 * Diagnostics of `text`. The Workspace is fetched again rather than captured:
 * cached Documents are shifted by later parses (incremental.ts), and lint
 * reads node positions from them.
 */
function diagnosticsOf(text: string, caches: Pick<AnalysisCaches, 'reader'>): Diagnostic[] {
  try {
    const ws = workspaceOf(text, caches);
    // Placed here, where the workspace is at hand (often in the worker), not by the canvas after each keystroke.
    return placeInPolicies(checkWorkspace(ws), ws.policies);
  } catch (err) {
    return internalError(err);
  }
}

/**
 * The `yaml-syntax` errors checkWorkspace adds to the parser's own: an alias
 * without its anchor. Cached per Document object (incremental parses reuse
 * them; shifting positions does not change what an alias resolves to).
 */
const aliasCache = new WeakMap<object, boolean>();
function hasUnresolvedAlias(pd: ParsedDocument): boolean {
  if (pd.doc.errors.length > 0) return false; // skipped by validation too
  let bad = aliasCache.get(pd.doc);
  if (bad === undefined) {
    bad = unresolvedAliases(pd.doc).length > 0;
    aliasCache.set(pd.doc, bad);
  }
  return bad;
}

/**
 * Whether a document of `docs` (in text order) has an alias without its anchor. Only documents with a
 * `*` in their range can: one forward scan finds them all (a search per document from its start to the
 * next `*` would read the rest of the text once per document when there is none).
 */
function someAliasUnresolved(text: string, docs: readonly ParsedDocument[]): boolean {
  let star = -1;
  for (const pd of docs) {
    if (star < pd.range[0]) star = text.indexOf('*', pd.range[0]);
    if (star < 0) return false;
    if (star < pd.range[1] && hasUnresolvedAlias(pd)) return true;
  }
  return false;
}

/** The analysis of `text`, through the caches of its owner (the store's, or a test's own). */
export function analyse(text: string, caches: Pick<AnalysisCaches, 'reader' | 'graphs'>): Analysis {
  let diagnostics: Diagnostic[] | undefined;
  let graph: PolicyGraph | null = null;
  let targets: DiagnosticTargets | undefined;
  const lazy = {
    get diagnostics(): Diagnostic[] {
      diagnostics ??= diagnosticsOf(text, caches);
      return diagnostics;
    },
    get targets(): DiagnosticTargets | undefined {
      if (graph) targets ??= diagnosticTargets(graph, lazy.diagnostics);
      return targets;
    },
  };
  try {
    const ws = workspaceOf(text, caches);
    const aliasBroken = ws.sources.some((s) => someAliasUnresolved(s.file.text, s.docs));
    graph = aliasBroken ? null : deriveGraph(ws, caches.graphs);
    // Count namespaces as drawn: also those only named by a selector (e.g. kube-system).
    const namespaces = graph ? graph.nodes.filter((n) => n.kind === 'namespace').length : ws.namespaces.size;
    return Object.defineProperties(
      {
        graph,
        broken: brokenRegions(ws),
        counts: {
          namespaces,
          workloads: ws.workloads.length,
          policies: ws.policies.length,
          clusterPolicies: ws.clusterPolicies?.length ?? 0,
        },
      },
      Object.getOwnPropertyDescriptors(lazy),
    ) as Analysis;
  } catch (err) {
    return { graph: null, broken: [], diagnostics: internalError(err), targets: undefined, counts: EMPTY_COUNTS };
  }
}

/**
 * The documents of `text` that do not parse, without deriving its graph (a graph gesture checks these
 * before its text is written; the graph follows when the text lands). Parsed through the caches'
 * reader, so the analysis that follows reuses this parse.
 */
export function brokenOf(text: string, caches: Pick<AnalysisCaches, 'reader'>): BrokenRegion[] {
  try {
    return brokenRegions(workspaceOf(text, caches));
  } catch {
    return []; // analyse reports the failure when the text lands
  }
}

/** The documents the builder skipped for their syntax errors (workspace.ts: documents with errors are not read). */
function brokenRegions(ws: Workspace): BrokenRegion[] {
  const out: BrokenRegion[] = [];
  for (const s of ws.sources) {
    for (const pd of s.docs) {
      const first = pd.doc.errors[0];
      if (!first) continue;
      out.push({
        start: pd.range[0],
        end: pd.range[1],
        document: pd.index + 1,
        line: s.lines.position(first.pos[0]).line,
      });
    }
  }
  return out;
}
