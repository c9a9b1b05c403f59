/**
 * The problems panel, opened from the status bar's counts or a marker on the canvas: each problem
 * with its line:column. Picking one selects it in the editor and centres the canvas on the node or
 * rule edge it is about (model/graph/diagnostic-targets.ts). Where the fix is unambiguous
 * (model/edits/quick-fix.ts) a button applies it: one PolicyEdit through the graph's commit path, so
 * it is one undoable step that keeps the YAML's comments.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { compareDiagnostics, type Diagnostic } from '../../model/diagnostics.ts';
import { quickFixFor, type QuickFix } from '../../model/edits/quick-fix.ts';
import { targetsByDiagnostic, type TargetsOfOne } from '../../model/graph/diagnostic-targets.ts';
import type { PolicyGraph } from '../../model/graph/types.ts';
import { workspaceOf } from '../../state/analyse.ts';
import { commitEdits } from '../../state/commit.ts';
import { toast } from '../../state/toasts.ts';
import { useStore } from '../hooks/stores.ts';
import { useView } from '../hooks/use-view.ts';
import './diagnostics.css';
import { Name } from '../text/Name.tsx';
import { useCoreText } from '../text/use-core-text.ts';

interface Row {
  d: Diagnostic;
  fix?: QuickFix;
  /** The node to centre the canvas on: the one the problem is about, or the target of its rule edge. */
  node?: string;
}

function nodeOf(graph: PolicyGraph, targets: TargetsOfOne): string | undefined {
  const [node] = targets.nodes;
  if (node) return node;
  const [edge] = targets.edges;
  if (edge) return graph.edges.find((e) => e.id === edge)?.target;
  return targets.policy ? graph.edges.find((e) => e.policyId === targets.policy)?.target : undefined;
}

/** Fixes and canvas targets of the problems, over the current parse (only while the panel is open). */
function useRows(diagnostics: readonly Diagnostic[]): Row[] {
  const { graph } = useView();
  const text = useStore((s) => s.parsedText);
  const caches = useStore((s) => s.caches);
  return useMemo(() => {
    const sorted = [...diagnostics].sort(compareDiagnostics);
    let ws: ReturnType<typeof workspaceOf> | undefined;
    try {
      ws = workspaceOf(text, caches);
    } catch {
      ws = undefined; // no fixes and no targets rather than no list
    }
    // All rows in one pass over the graph, not one pass per row.
    const targets = ws ? targetsByDiagnostic(graph, sorted, ws.policies) : [];
    return sorted.map((d, i) => {
      if (!ws) return { d };
      const node = nodeOf(graph, targets[i]);
      // The diagnostics may trail the text by an idle period: a position that no longer holds it gets no fix.
      return { d, node, fix: quickFixFor(ws, d) };
    });
  }, [diagnostics, graph, text, caches]);
}

function reveal(row: Row): void {
  const s = useStore.getState();
  if (row.node) s.requestCentre(row.node);
  s.requestReveal(row.d.offset, row.d.endOffset);
}

function applyFix(fix: QuickFix): void {
  const outcome = commitEdits(fix.edit);
  if (!outcome.ok) toast(outcome.error, 'error');
}

function Rows({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const rows = useRows(diagnostics);
  const { t } = useTranslation('ui-shell');
  const core = useCoreText();
  return (
    <ul>
      {rows.map((row, i) => (
        <li key={`${row.d.offset}:${row.d.rule}:${i}`} className="diag-list__row">
          <button
            type="button"
            className={`diag-list__item diag-list__item--${row.d.severity}`}
            onClick={() => reveal(row)}
            data-testid="diagnostic-item"
            data-rule={row.d.rule}
          >
            <span className="diag-list__severity">{t(`problems.severity.${row.d.severity}`)}</span>
            <Name className="diag-list__message">{core.diagnostic(row.d)}</Name>
            <span className="diag-list__where">
              {row.d.line}:{row.d.column}
            </span>
          </button>
          {row.fix && (
            <button
              type="button"
              className="diag-list__fix"
              title={t('problems.quickFix', { fix: core.quickFix(row.fix) })}
              onClick={() => applyFix(row.fix!)}
              data-testid="quick-fix"
              data-rule={row.d.rule}
            >
              {core.quickFix(row.fix)}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

export function DiagnosticsList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const open = useStore((s) => s.diagnosticsOpen);
  const setOpen = useStore((s) => s.setDiagnosticsOpen);
  const root = useRef<HTMLDivElement>(null);
  const { t } = useTranslation('ui-shell');
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    // Capture: after a pick the editor has focus, and Monaco keeps Escape to itself.
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [open, setOpen]);
  if (!open) return null;
  return (
    <div className="diag-list" ref={root} role="region" aria-label={t('problems.title')} data-testid="diagnostics-list">
      <div className="diag-list__head">
        <span>{t('problems.heading', { count: diagnostics.length })}</span>
        <button
          type="button"
          className="diag-list__close"
          aria-label={t('problems.close')}
          onClick={() => setOpen(false)}
        >
          ×
        </button>
      </div>
      {diagnostics.length === 0 ? (
        <p className="diag-list__empty">{t('problems.none')}</p>
      ) : (
        <Rows diagnostics={diagnostics} />
      )}
    </div>
  );
}
