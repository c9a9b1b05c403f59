/**
 * The palette, top-left on the canvas: drag a Namespace, Workload, External
 * CIDR or All-namespaces onto the canvas (HTML5 drag and drop), or press one
 * (click, Enter) to place it in the middle of the view — the keyboard path.
 * Disabled, saying why, while the YAML does not parse.
 */
import { useEffect, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphNodeKind } from '../../model/graph/types.ts';
import { STALE_REASON } from '../../state/commit.ts';
import { resolveToast } from '../../state/toasts.ts';
import { KindIcon } from '../canvas/nodes/icons.tsx';
import { useText } from '../i18n/use-text.ts';

export type PaletteKind = 'namespace' | 'workload' | 'cidr' | 'all-namespaces';

/** The drag payload type: only our own drags are accepted by the canvas. */
export const PALETTE_MIME = 'application/x-netpol-studio-palette';

// Labels and help are in the ui-palette catalogue under the item's kind.
const ITEMS: Array<{ kind: PaletteKind; icon: GraphNodeKind }> = [
  { kind: 'namespace', icon: 'namespace' },
  { kind: 'workload', icon: 'workload' },
  { kind: 'cidr', icon: 'cidr' },
  { kind: 'all-namespaces', icon: 'all-namespaces' },
];

interface Props {
  disabled: boolean;
  onPick: (kind: PaletteKind) => void;
}

export function Palette({ disabled, onPick }: Props) {
  const { t } = useTranslation('ui-palette');
  const say = useText();
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
      aria-label={t('label')}
      data-testid="palette"
      title={disabled ? say(STALE_REASON) : undefined}
    >
      <span className="palette__title" aria-hidden="true">
        {t('title')}
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
          title={disabled ? say(STALE_REASON) : t('help', { what: t(`items.${item.kind}.help`) })}
          data-testid={`palette-${item.kind}`}
        >
          <span className="palette__icon">
            <KindIcon kind={item.icon} size={14} />
          </span>
          <span className="palette__label">{t(`items.${item.kind}.label`)}</span>
        </button>
      ))}
    </aside>
  );
}
