/**
 * A menu button (WAI-ARIA APG "menu button" pattern): Enter, Space or ArrowDown
 * opens it on the first item, ArrowUp on the last; arrows move (wrapping),
 * Home/End jump, a letter jumps to the next item starting with it, Escape
 * closes and returns focus to the button, Tab closes and moves on.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Name } from '../text/Name.tsx';

export type MenuEntry =
  | {
      kind?: 'item';
      id: string;
      label: string;
      /** The label is a user-supplied name (a workspace): shown isolated, see <Name>. */
      isName?: boolean;
      hint?: string;
      icon?: ReactNode;
      onSelect: () => void;
      disabled?: boolean;
      checked?: boolean;
    }
  | { kind: 'separator'; id: string }
  | { kind: 'heading'; id: string; label: string };

interface MenuProps {
  label: ReactNode;
  /** Accessible name when the visible label is not enough (e.g. the workspace switcher). */
  ariaLabel?: string;
  entries: MenuEntry[];
  testId: string;
  className?: string;
  align?: 'left' | 'right';
}

type Item = Extract<MenuEntry, { onSelect: () => void }>;
const isItem = (e: MenuEntry): e is Item => e.kind === undefined || e.kind === 'item';

export function Menu({ label, ariaLabel, entries, testId, className = '', align = 'left' }: MenuProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const items = entries.filter(isItem);

  // Focus follows the active item (roving focus: items are tabIndex -1).
  useEffect(() => {
    if (open) menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus();
  }, [open, active]);

  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && !buttonRef.current?.contains(e.target as Node))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [open]);

  const firstEnabled = (from: number, step: 1 | -1) => {
    for (let i = 0, at = from; i < items.length; i++, at = (at + step + items.length) % items.length)
      if (!items[at].disabled) return at;
    return from;
  };
  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const choose = (item: Item) => {
    if (item.disabled) return;
    // Focus goes back to the button first, so a dialog the action opens restores focus there.
    close(true);
    item.onSelect();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openAt(firstEnabled(0, 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(firstEnabled(items.length - 1, -1));
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const n = items.length;
    const move = (to: number, step: 1 | -1) => {
      e.preventDefault();
      setActive(firstEnabled(((to % n) + n) % n, step));
    };
    switch (e.key) {
      case 'ArrowDown':
        return move(active + 1, 1);
      case 'ArrowUp':
        return move(active - 1, -1);
      case 'Home':
        return move(0, 1);
      case 'End':
        return move(n - 1, -1);
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        return close(true);
      case 'Tab':
        return close(false);
      case 'Enter':
      case ' ':
        e.preventDefault();
        return choose(items[active]);
      default:
        if (e.key.length === 1 && /\S/.test(e.key)) {
          const k = e.key.toLowerCase();
          for (let i = 1; i <= n; i++) {
            const at = (active + i) % n;
            if (!items[at].disabled && items[at].label.toLowerCase().startsWith(k)) return move(at, 1);
          }
        }
    }
  };

  return (
    <div className={`menu ${className}`}>
      <button
        ref={buttonRef}
        type="button"
        className={`menu-button${open ? ' is-open' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={ariaLabel}
        data-testid={testId}
        onClick={() => (open ? close(false) : openAt(firstEnabled(0, 1)))}
        onKeyDown={onButtonKey}
      >
        {label}
        <svg className="menu-button__caret" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
          <path d="M2 3.5 5 6.5 8 3.5" stroke="currentColor" strokeWidth="1.5" fill="none" />
        </svg>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={ariaLabel ?? (typeof label === 'string' ? label : undefined)}
          className={`menu__list menu__list--${align}`}
          data-testid={`${testId}-list`}
          onKeyDown={onMenuKey}
        >
          {entries.map((entry) => {
            if (entry.kind === 'separator') return <div key={entry.id} role="separator" className="menu__separator" />;
            if (entry.kind === 'heading')
              return (
                <div key={entry.id} role="presentation" className="menu__heading">
                  {entry.label}
                </div>
              );
            const index = items.indexOf(entry);
            const radio = entry.checked !== undefined;
            return (
              <div
                key={entry.id}
                role={radio ? 'menuitemradio' : 'menuitem'}
                aria-checked={radio ? entry.checked : undefined}
                aria-disabled={entry.disabled || undefined}
                tabIndex={-1}
                className={`menu__item${entry.disabled ? ' is-disabled' : ''}`}
                data-testid={`menuitem-${entry.id}`}
                onClick={() => choose(entry)}
                onMouseEnter={() => !entry.disabled && setActive(index)}
              >
                <span className="menu__icon" aria-hidden="true">
                  {radio ? (entry.checked ? '✓' : '') : entry.icon}
                </span>
                <span className="menu__label">{entry.isName ? <Name>{entry.label}</Name> : entry.label}</span>
                {entry.hint && <span className="menu__hint">{entry.hint}</span>}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
