/**
 * The palette's list (WAI-ARIA listbox driven from the field by
 * aria-activedescendant): commands under their group names, or the matches
 * of what is typed with the matched letters marked, each with its keys.
 */
import { Fragment, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyCaps } from './KeyCaps.tsx';
import type { PaletteItem } from './palette-items.ts';

interface Props {
  id: string;
  label: string;
  items: PaletteItem[];
  grouped: boolean;
  active: PaletteItem | undefined;
  /** Matches left out of the list (it shows at most MAX_SHOWN). */
  more: number;
  query: string;
  /** Said when nothing matches what is typed. */
  emptyText: string;
  onChoose: (item: PaletteItem) => void;
  onHover: (item: PaletteItem) => void;
}

/** `text` with the characters at `positions` marked. */
function Marked({ text, positions }: { text: string; positions: number[] }) {
  if (positions.length === 0) return <>{text}</>;
  const hit = new Set(positions);
  const parts: ReactNode[] = [];
  let run = '';
  let marked = false;
  const flush = (i: number) => {
    if (run) parts.push(marked ? <mark key={i}>{run}</mark> : <Fragment key={i}>{run}</Fragment>);
    run = '';
  };
  // UTF-16 indices, as the matcher counts them.
  text.split('').forEach((ch, i) => {
    if (hit.has(i) !== marked) {
      flush(i);
      marked = hit.has(i);
    }
    run += ch;
  });
  flush(text.length);
  return <>{parts}</>;
}

export function PaletteList({ id, label, items, grouped, active, more, query, emptyText, onChoose, onHover }: Props) {
  const { t } = useTranslation('ui-commands');
  const activeId = active ? `${id}-${active.key}` : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const option = (item: PaletteItem) => {
    const text = <Marked text={item.label} positions={item.positions} />;
    return (
      <div
        key={item.key}
        id={`${id}-${item.key}`}
        role="option"
        aria-selected={item === active}
        aria-disabled={item.disabled || undefined}
        className={`cmdk__item${item === active ? ' is-active' : ''}${item.disabled ? ' is-disabled' : ''}`}
        // The field keeps the focus: a click chooses without moving it.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onChoose(item)}
        onMouseMove={() => item !== active && onHover(item)}
        data-testid="palette-item"
      >
        <span className="cmdk__label">{item.isName ? <bdi>{text}</bdi> : text}</span>
        {item.detail && <span className="cmdk__detail">{item.detail}</span>}
        {item.disabled && <span className="cmdk__detail">{t('palette.unavailable')}</span>}
        {item.shortcut && <KeyCaps shortcut={item.shortcut} />}
      </div>
    );
  };

  const groups = grouped ? [...new Set(items.map((i) => i.group))] : [undefined];
  return (
    <div id={id} role="listbox" aria-label={label} className="cmdk__list">
      {items.length === 0 && query.trim() !== '' && (
        <div role="presentation" className="cmdk__empty">
          {emptyText}
        </div>
      )}
      {groups.map((g) =>
        g ? (
          <div key={g} role="group" aria-labelledby={`${id}-g-${g}`}>
            <div id={`${id}-g-${g}`} role="presentation" className="cmdk__group">
              {t(`groups.${g}`)}
            </div>
            {items.filter((i) => i.group === g).map(option)}
          </div>
        ) : (
          <Fragment key="all">{items.map(option)}</Fragment>
        ),
      )}
      {more > 0 && (
        <div role="presentation" className="cmdk__more">
          {t('palette.more', { count: more })}
        </div>
      )}
    </div>
  );
}
