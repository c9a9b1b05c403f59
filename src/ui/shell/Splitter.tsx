/**
 * The draggable divider between graph and YAML. A WAI-ARIA window splitter:
 * focusable, arrow keys move it, Home/End jump to the limits.
 */
import { useTranslation } from 'react-i18next';
import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { SPLIT_MAX, SPLIT_MIN } from '../../state/ui-slice.ts';
import { useStore } from '../hooks/stores.ts';

const STEP = 0.02;

export function Splitter({ containerRef }: { containerRef: React.RefObject<HTMLElement | null> }) {
  const { t } = useTranslation('ui-shell');
  const split = useStore((s) => s.split);
  const setSplit = useStore((s) => s.setSplit);
  const dragging = useRef(false);

  const toRatio = useCallback(
    (clientX: number) => {
      const rect = containerRef.current?.getBoundingClientRect();
      return rect && rect.width > 0 ? (clientX - rect.left) / rect.width : split;
    },
    [containerRef, split],
  );

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) setSplit(toRatio(e.clientX));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    dragging.current = false;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? STEP * 5 : STEP;
    const next =
      e.key === 'ArrowLeft'
        ? split - step
        : e.key === 'ArrowRight'
          ? split + step
          : e.key === 'Home'
            ? SPLIT_MIN
            : e.key === 'End'
              ? SPLIT_MAX
              : undefined;
    if (next === undefined) return;
    e.preventDefault();
    setSplit(next);
  };

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('splitter.label')}
      aria-valuemin={Math.round(SPLIT_MIN * 100)}
      aria-valuemax={Math.round(SPLIT_MAX * 100)}
      aria-valuenow={Math.round(split * 100)}
      tabIndex={0}
      data-testid="splitter"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    >
      <span className="splitter__grip" aria-hidden="true" />
    </div>
  );
}
