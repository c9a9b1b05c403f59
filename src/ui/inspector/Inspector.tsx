/**
 * The side panel for the canvas selection: one node or one canvas edge (the
 * rules behind it). Hidden for no or multiple selection, so the canvas keeps
 * its room. Read-only, saying why, while the YAML does not parse.
 */
import { useTranslation } from 'react-i18next';
import { useRef } from 'react';
import { EdgeInspector } from './EdgeInspector.tsx';
import { NodeInspector } from './NodeInspector.tsx';
import { usePanelSide } from './use-panel-side.ts';
import { useDrafts, useStore } from '../hooks/stores.ts';
import { useView } from '../hooks/use-view.ts';

export function Inspector() {
  const { t } = useTranslation('ui-inspector');
  const view = useView();
  const nodeIds = useStore((s) => s.selectedNodeIds);
  const edgeIds = useStore((s) => s.selectedEdgeIds);
  const clear = useStore((s) => s.clearSelection);
  const drafts = useDrafts((s) => s.drafts);
  const panel = useRef<HTMLElement>(null);
  // Objects kept from a document that does not parse now (keep-broken.ts) are shown, not edited.
  let disabled = view.stale;

  let body = null;
  let shown: string | undefined;
  if (nodeIds.length === 1 && edgeIds.length === 0) {
    const real = view.graph.nodes.find((n) => n.id === nodeIds[0]);
    const node = real ?? drafts[nodeIds[0]];
    disabled ||= real?.stale === true;
    if (node) {
      body = <NodeInspector key={node.id} node={node} disabled={disabled} draft={!real} />;
      // A namespace box may be wider than the pane: the panel keeps off its title, which names it.
      shown =
        node.kind === 'namespace'
          ? `[data-node-id="${CSS.escape(node.id)}"] [data-ns-title]`
          : `[data-node-id="${CSS.escape(node.id)}"]`;
    }
  } else if (nodeIds.length === 0 && edgeIds.length > 0) {
    const wanted = new Set(edgeIds);
    const rules = view.graph.edges.filter((e) => wanted.has(e.id));
    disabled ||= rules.some((r) => r.stale);
    const pairs = new Set(rules.map((r) => `${r.source}>${r.target}`));
    if (rules.length > 0 && pairs.size === 1) {
      const byId = (id: string) => view.graph.nodes.find((n) => n.id === id);
      body = (
        <EdgeInspector
          rules={rules}
          source={byId(rules[0].source)}
          target={byId(rules[0].target)}
          disabled={disabled}
        />
      );
      shown = `[data-edge-id="${CSS.escape(`${rules[0].source}->${rules[0].target}`)}"]`;
    }
  }
  const side = usePanelSide(panel, body ? shown : undefined);
  if (!body) return null;
  return (
    <aside ref={panel} className={`inspector inspector--${side}`} aria-label={t('label')} data-testid="inspector">
      <button type="button" className="inspector__close" onClick={clear} aria-label={t('close')}>
        ×
      </button>
      {disabled && <p className="inspector__stale">{view.stale ? t('stale') : t('brokenDocument')}</p>}
      {body}
    </aside>
  );
}
