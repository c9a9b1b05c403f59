/**
 * Graph gestures → text: the one path by which the canvas, the palette and
 * the inspector change the workspace. Every call is ONE undoable step, even
 * when it is made of several PolicyEdits (deleting a canvas edge that stands
 * for an ingress and an egress rule).
 *
 * Steps are resolved against the graph of the text they apply to, by stable
 * id, never against objects captured earlier: rule and peer indices shift
 * when an earlier step removes a rule.
 */
import type { PolicyGraph } from '../model/graph/types.ts';
import type { PolicyEdit } from '../model/edits/index.ts';
import { applyEdit, minimalChanges, type TextChange } from '../sync/index.ts';
import { analyse, brokenOf, workspaceOf } from './analyse.ts';
import { selectView } from './derived.ts';
import { recordEdit } from './history.ts';
import type { BrokenRegion } from './keep-broken.ts';
import { appStore, type AppState } from './store.ts';
import { message, type Message, type Text } from './message.ts';

/** Builds one edit from the graph of the text it will apply to; undefined skips the step. */
export type EditStep = PolicyEdit | ((graph: PolicyGraph) => PolicyEdit | undefined);

/** The error is a Message, or the writer's own text (src/sync, as it words it). */
export type CommitOutcome = { ok: true; changed: boolean } | { ok: false; error: Text };

export const UPDATING_REASON = message('state:commit.updating');

export const STALE_REASON = message('state:commit.stale');

export const BROKEN_DOCUMENT_REASON = message('state:commit.brokenDocument');

/**
 * Names (`w|ns|name` workloads, `p|ns/name` policies, `n|name` namespaces) of the objects kept from
 * documents that do not parse (state/keep-broken.ts). An edit naming one is refused: it would be
 * written into the broken document, or beside it as a second object of the same name.
 */
function staleNames(graph: PolicyGraph): Set<string> {
  const out = new Set<string>();
  for (const n of graph.nodes) {
    if (!n.stale) continue;
    if (n.kind === 'namespace' && n.namespace) out.add(`n|${n.namespace}`);
    if (n.endpoint?.type === 'workload') out.add(`w|${n.endpoint.namespace}|${n.endpoint.name}`);
  }
  for (const e of graph.edges) if (e.stale) out.add(`p|${e.policyId}`);
  return out;
}

/** Whether `edit` names an object of `stale` anywhere in it (edits are small plain data). */
function namesStale(edit: PolicyEdit, stale: ReadonlySet<string>): boolean {
  if (stale.size === 0) return false;
  const pending: unknown[] = [edit];
  while (pending.length > 0) {
    const v = pending.pop();
    if (typeof v !== 'object' || v === null) continue;
    const o = v as Record<string, unknown>;
    if (typeof o.namespace === 'string' && typeof o.name === 'string' && stale.has(`w|${o.namespace}|${o.name}`))
      return true;
    if (typeof o.policy === 'string' && stale.has(`p|${o.policy}`)) return true;
    for (const key of ['name', 'namespace', 'from'] as const) {
      if (typeof o[key] === 'string' && /Namespace$/.test(String(o.op)) && stale.has(`n|${o[key]}`)) return true;
    }
    pending.push(...Object.values(o));
  }
  return false;
}

/** Parses now what the debounce would parse in a moment, so the gesture sees the current text. */
function flushParse(): void {
  const s = appStore.getState();
  if (s.text !== s.parsedText || s.parsePending) appStore.setState({ parsedText: s.text, parsePending: false });
}

/**
 * Why graph gestures are disabled right now, if they are. While a large text is analysed in the
 * worker the graph on screen is an older text's: a gesture on it could name rules that moved.
 */
export function gestureBlockReason(): Message | undefined {
  flushParse();
  const view = selectView(appStore.getState());
  return view.updating ? UPDATING_REASON : view.stale ? STALE_REASON : undefined;
}

export function commitEdits(steps: EditStep | EditStep[]): CommitOutcome {
  const blocked = gestureBlockReason();
  if (blocked) return { ok: false, error: blocked };
  const list = Array.isArray(steps) ? steps : [steps];
  const state = appStore.getState();
  const { caches } = state;
  const before = state.text;
  let text = before;
  let graph: PolicyGraph | null = selectView(state).graph;
  const stale = staleNames(graph);
  let lastChanges: TextChange[] = [];
  let applied = 0;
  for (const step of list) {
    graph ??= analyse(text, caches).graph;
    if (!graph) return { ok: false, error: message('state:commit.unparsable') };
    const edit = typeof step === 'function' ? step(graph) : step;
    if (!edit) continue;
    if (namesStale(edit, stale)) return { ok: false, error: BROKEN_DOCUMENT_REASON };
    let result;
    try {
      // The store's parse of this text, not a second one (its reader parsed it for the graph).
      result = applyEdit(text, edit, { workspace: workspaceOf(text, caches) });
    } catch (e) {
      // A bug in the writer must not take the app down: report it, keep the text.
      return { ok: false, error: message('state:commit.failed', { reason: (e as Error).message }) };
    }
    if ('error' in result) return { ok: false, error: result.error };
    if (result.text !== text) {
      applied++;
      lastChanges = result.changes;
      text = result.text;
      graph = null; // re-derived for the next step
    }
  }
  if (text === before) return { ok: true, changed: false };
  const swallowed = landsInBrokenDocument(before, text, caches);
  if (swallowed) return { ok: false, error: swallowed };
  // One step: the writer's own splices; several: their combined minimal diff.
  recordEdit(before, text, applied === 1 ? lastChanges : minimalChanges(before, text));
  return { ok: true, changed: true };
}

/**
 * Why the written text must not be kept, if so: the change landed inside a document that does not parse
 * (a new document appended after an unclosed quote is swallowed by it), or it broke another document.
 * Either way a broken document of the result is not, word for word, one of the text before.
 */
function landsInBrokenDocument(before: string, after: string, caches: AppState['caches']): Message | undefined {
  const textOf = (text: string) => (r: BrokenRegion) => text.slice(r.start, r.end).trim();
  // Parses only: deriving both graphs here cost a graph edit most of its 50 ms budget (bench:browser (b)).
  const was = new Set(brokenOf(before, caches).map(textOf(before)));
  const now = brokenOf(after, caches);
  const hit = now.find((r) => !was.has(textOf(after)(r)));
  if (!hit) return undefined;
  return message('state:commit.landsInBroken', { document: hit.document, line: hit.line });
}
