/**
 * The palette, top-left on the canvas: drag a Namespace, Workload, External
 * CIDR or All-namespaces onto the canvas (HTML5 drag and drop), or press one
 * (click, Enter) to place it in the middle of the view — the keyboard path.
 * Disabled, saying why, while the YAML does not parse.
 */
import { useEffect, type DragEvent } from 'react';
import type { GraphNodeKind } from '../../model/graph/types.ts';
import { STALE_REASON } from '../../state/commit.ts';
import { resolveToast } from '../../state/toasts.ts';
import { KindIcon } from '../canvas/nodes/icons.tsx';

export type PaletteKind = 'namespace' | 'workload' | 'cidr' | 'all-namespaces';

/** The drag payload type: only our own drags are accepted by the canvas. */
export const PALETTE_MIME = 'application/x-netpol-studio-palette';

const ITEMS: Array<{ kind: PaletteKind; icon: GraphNodeKind; label: string; help: string }> = [
  { kind: 'namespace', icon: 'namespace', label: 'Namespace', help: 'A new Namespace manifest' },
  { kind: 'workload', icon: 'workload', label: 'Workload', help: 'A Deployment; drop it inside a namespace box' },
  { kind: 'cidr', icon: 'cidr', label: 'CIDR', help: 'An external network (ipBlock peer); draw an edge to or from it' },
  {
    kind: 'all-namespaces',
    icon: 'all-namespaces',
    label: 'All namespaces',
    help: 'Every pod in every namespace; draw an edge to or from it',
  },
];

interface Props {
  disabled: boolean;
  onPick: (kind: PaletteKind) => void;
}

export function Palette({ disabled, onPick }: Props) {
  // A gesture tried while the YAML was broken left an error notice; it is stale once the YAML parses.
  useEffect(() => {
    if (!disabled) resolveToast(STALE_REASON);
  }, [disabled]);
  const onDragStart = (e: DragEvent<HTMLButtonElement>, kind: PaletteKind) => {
    if (disabled) {
      e.preventDefault();
      return;
    }
    e.dataTransfer.setData(PALETTE_MIME, kind);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <aside
      className={`palette${disabled ? ' is-disabled' : ''}`}
      aria-label="Add to the graph"
      data-testid="palette"
      title={disabled ? STALE_REASON : undefined}
    >
      <span className="palette__title" aria-hidden="true">
        Add
      </span>
      {ITEMS.map((item) => (
        <button
          key={item.kind}
          type="button"
          className={`palette__item palette__item--${item.icon}`}
          draggable={!disabled}
          onDragStart={(e) => onDragStart(e, item.kind)}
          onClick={() => onPick(item.kind)}
          aria-disabled={disabled}
          title={disabled ? STALE_REASON : `${item.help}. Drag onto the canvas, or press to add it in the middle.`}
          data-testid={`palette-${item.kind}`}
        >
          <span className="palette__icon">
            <KindIcon kind={item.icon} size={14} />
          </span>
          <span className="palette__label">{item.label}</span>
        </button>
      ))}
    </aside>
  );
}
