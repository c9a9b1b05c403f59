/**
 * Canvas search: name, label (`app=web`) or namespace. Enter selects the
 * current match and centres it (expanding its namespace if collapsed);
 * the arrow keys move between matches; Escape leaves the box.
 */
import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import { collapsedNamespaces } from '../../../model/graph/collapse.ts';
import { filterGraph } from '../../../model/graph/filter.ts';
import { searchNodes } from '../../../model/graph/search.ts';
import type { GraphNode, PolicyGraph } from '../../../model/graph/types.ts';
import { useStore } from '../../hooks/stores.ts';
import { SEARCH_INPUT } from './use-navigation-keys.ts';

function reveal(node: GraphNode, graph: PolicyGraph): void {
  const s = useStore.getState();
  // A match inside a collapsed namespace: expand it, so the match itself is drawn (and then centred).
  if (node.parentId && collapsedNamespaces(graph, s.collapseChoices).has(node.parentId))
    s.setCollapsed(node.parentId, false);
  s.select({ nodes: [node.id] });
  s.requestCentre(node.id);
}

export function SearchBox({ graph }: { graph: PolicyGraph }) {
  const { t } = useTranslation('ui-canvas');
  const filters = useStore((s) => s.filters);
  const [text, setText] = useState('');
  const [index, setIndex] = useState(0);
  const matches = useMemo(() => searchNodes(filterGraph(graph, filters), text), [graph, filters, text]);
  const current = matches.length ? Math.min(index, matches.length - 1) : -1;
  const go = (i: number) => {
    if (matches.length === 0) return;
    const at = (i + matches.length) % matches.length;
    setIndex(at);
    reveal(matches[at], graph);
  };
  return (
    <div className="canvas-search" role="search">
      <input
        id={SEARCH_INPUT}
        type="search"
        className="canvas-search__input"
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        title={t('search.title')}
        value={text}
        data-testid="canvas-search"
        onChange={(e) => {
          setText(e.target.value);
          setIndex(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            go(e.shiftKey ? current - 1 : Math.max(current, 0));
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            go(current + 1);
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            go(current - 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            if (text) setText('');
            else e.currentTarget.blur();
          }
        }}
      />
      {text.trim() && (
        <span className="canvas-search__count" data-testid="canvas-search-count" aria-live="polite">
          {matches.length ? `${current + 1}/${matches.length}` : t('search.none')}
        </span>
      )}
    </div>
  );
}
