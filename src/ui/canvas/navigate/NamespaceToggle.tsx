/** The − / + on a namespace box or card: collapses it to a card, or expands the card back to a box. */
import { useStore } from '../../hooks/stores.ts';

export function NamespaceToggle({ nodeId, label, collapse }: { nodeId: string; label: string; collapse: boolean }) {
  return (
    <button
      type="button"
      className="ns-toggle nodrag"
      title={
        collapse
          ? 'Collapse namespace to a card: its edges are merged per pair of ends'
          : 'Expand namespace: draw its workloads'
      }
      aria-label={`${collapse ? 'Collapse' : 'Expand'} namespace ${label}`}
      data-testid={collapse ? 'ns-collapse' : 'ns-expand'}
      onClick={(e) => {
        e.stopPropagation();
        useStore.getState().setCollapsed(nodeId, collapse);
      }}
    >
      {collapse ? '−' : '+'}
    </button>
  );
}
