/**
 * The diagnostics list, opened from the status bar's counts or a marker on
 * the canvas: each problem with its line:column; picking one selects it in
 * the editor.
 */
import { useEffect, useRef } from 'react';
import { compareDiagnostics, type Diagnostic } from '../../model/diagnostics.ts';
import { useStore } from '../hooks/stores.ts';
import './diagnostics.css';
import { Name } from '../text/Name.tsx';

export function DiagnosticsList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const open = useStore((s) => s.diagnosticsOpen);
  const setOpen = useStore((s) => s.setDiagnosticsOpen);
  const root = useRef<HTMLDivElement>(null);
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
  const sorted = [...diagnostics].sort(compareDiagnostics);
  return (
    <div className="diag-list" ref={root} role="region" aria-label="Problems" data-testid="diagnostics-list">
      <div className="diag-list__head">
        <span>Problems ({sorted.length})</span>
        <button type="button" className="diag-list__close" aria-label="Close the list" onClick={() => setOpen(false)}>
          ×
        </button>
      </div>
      {sorted.length === 0 ? (
        <p className="diag-list__empty">No problems found.</p>
      ) : (
        <ul>
          {sorted.map((d, i) => (
            <li key={`${d.offset}:${d.rule}:${i}`}>
              <button
                type="button"
                className={`diag-list__item diag-list__item--${d.severity}`}
                onClick={() => useStore.getState().requestReveal(d.offset, d.endOffset)}
                data-testid="diagnostic-item"
              >
                <span className="diag-list__severity">{d.severity}</span>
                <Name className="diag-list__message">{d.message}</Name>
                <span className="diag-list__where">
                  {d.line}:{d.column}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
