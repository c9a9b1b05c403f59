/**
 * The canvas filters (model/graph/filter.ts) in a small popover: namespaces,
 * one port, policies. The button says when a filter is on and how many.
 */
import { useTranslation } from 'react-i18next';
import { useEffect, useMemo, useRef, useState } from 'react';
import { isFiltering, NO_FILTERS, type GraphFilters } from '../../../model/graph/filter.ts';
import type { PolicyGraph } from '../../../model/graph/types.ts';
import { useStore } from '../../hooks/stores.ts';

const toggle = (list: string[], item: string) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

function activeCount(f: GraphFilters): number {
  return (f.namespaces.length ? 1 : 0) + (f.port.trim() ? 1 : 0) + (f.policies.length ? 1 : 0);
}

export function FilterPopover({ graph }: { graph: PolicyGraph }) {
  const { t } = useTranslation('ui-canvas');
  const filters = useStore((s) => s.filters);
  const setFilters = useStore((s) => s.setFilters);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // Listed only while the panel is open: the graph changes on every keystroke, and the policy list
  // walks every rule edge (38,000 on the keystroke bench's workspace).
  const namespaces = useMemo(
    () => (open ? [...new Set(graph.nodes.filter((n) => n.kind === 'namespace').map((n) => n.label))].sort() : []),
    [graph, open],
  );
  const policies = useMemo(() => {
    if (!open) return [];
    const ids = new Set<string>();
    for (const e of graph.edges) ids.add(e.policyId);
    for (const n of graph.nodes) for (const p of n.selectedBy) ids.add(p);
    return [...ids].sort();
  }, [graph, open]);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  const on = isFiltering(filters);
  return (
    <div className="filter-popover" ref={root}>
      <button
        type="button"
        className={`tool-button tool-button--text${on ? ' is-active' : ''}`}
        aria-expanded={open}
        aria-haspopup="dialog"
        title={t('filter.title')}
        data-testid="filter-button"
        onClick={() => setOpen(!open)}
      >
        {t('filter.button')}
        {on && (
          <span className="filter-popover__badge" data-testid="filter-indicator" title={t('filter.badgeTitle')}>
            {activeCount(filters)}
          </span>
        )}
      </button>
      {open && (
        <div className="filter-popover__panel" aria-label={t('filter.panel')} data-testid="filter-panel">
          <fieldset>
            <legend>{t('filter.namespaces')}</legend>
            <div className="filter-popover__list">
              {namespaces.map((ns) => (
                <label key={ns}>
                  <input
                    type="checkbox"
                    checked={filters.namespaces.includes(ns)}
                    onChange={() => setFilters({ ...filters, namespaces: toggle(filters.namespaces, ns) })}
                    data-testid={`filter-ns-${ns}`}
                  />
                  {ns}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="filter-popover__port">
            {t('filter.port')}
            <input
              type="text"
              placeholder="5432, 53/UDP, http"
              value={filters.port}
              onChange={(e) => setFilters({ ...filters, port: e.target.value })}
              data-testid="filter-port"
            />
          </label>
          <fieldset>
            <legend>{t('filter.policies')}</legend>
            <div className="filter-popover__list">
              {policies.map((p) => (
                <label key={p}>
                  <input
                    type="checkbox"
                    checked={filters.policies.includes(p)}
                    onChange={() => setFilters({ ...filters, policies: toggle(filters.policies, p) })}
                  />
                  {p}
                </label>
              ))}
            </div>
          </fieldset>
          <button
            type="button"
            className="btn btn--small"
            disabled={!on}
            onClick={() => setFilters(NO_FILTERS)}
            data-testid="filter-clear"
          >
            {t('filter.clear')}
          </button>
        </div>
      )}
    </div>
  );
}
