/**
 * The command palette (Ctrl+K / ⌘K), a lazy chunk: one field over a list.
 * Typing filters the commands; Enter runs the highlighted one, or asks its
 * questions first, one per step, in the same field (a name, or a choice from
 * a filtered list such as the graph's nodes). Backspace in an empty field
 * goes back a step; Escape closes. A modal <dialog>: the page behind is inert
 * and the focus stays in the field, which is the only thing to Tab to.
 */
import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { closeCommandUi, useCommandUi, type PaletteRequest } from './command-ui.ts';
import { PaletteList } from './PaletteList.tsx';
import type { CommandT } from './types.ts';
import { usePaletteFlow } from './use-palette-flow.ts';
import './palette.css';

export default function CommandPalette({ request }: { request: PaletteRequest }) {
  const { t, i18n } = useTranslation('ui-commands');
  const en = useMemo(() => i18n.getFixedT('en', 'ui-commands') as CommandT, [i18n]);
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const promptId = useId();
  const hintId = useId();
  const palette = usePaletteFlow(request, t, en, () => dialog.current?.close());
  const { flow, step, query, active, error, listing, items, current } = palette;

  useEffect(() => {
    const el = dialog.current!;
    const previous = document.activeElement as HTMLElement | null;
    el.showModal();
    input.current?.focus();
    return () => {
      if (el.open) el.close();
      // Back where the user was, unless the command moved the focus on purpose (search, a dialog).
      const now = document.activeElement;
      if ((!now || now === document.body) && previous?.isConnected) previous.focus();
    };
  }, []);

  // Prefilled text (a declared port) is selected, so typing replaces it; typed-ahead text is the user's own.
  useEffect(() => {
    if (!useCommandUi.getState().typedAhead) input.current?.select();
    useCommandUi.setState({ typedAhead: '' });
  }, [step]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const move = (to: number) => {
      e.preventDefault();
      if (items.length) palette.setActive((to + items.length) % items.length);
    };
    if (e.key === 'ArrowDown') move(active + 1);
    else if (e.key === 'ArrowUp') move(active - 1);
    else if (e.key === 'Home' && listing && !query) move(0);
    else if (e.key === 'End' && listing && !query) move(items.length - 1);
    else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      palette.choose(current);
    } else if (e.key === 'Backspace' && query === '' && flow) {
      e.preventDefault();
      palette.back();
    } else if (e.key === 'Tab') e.preventDefault(); // the field is the only stop: focus stays in the dialog
  };

  const label = step ? t(`prompts.${step.prompt}`) : t('palette.title');
  const steps = flow?.command.steps?.length ?? 0;
  return (
    <dialog
      ref={dialog}
      className="cmdk nokey"
      aria-label={t('palette.title')}
      data-testid="command-palette"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        closeCommandUi();
      }}
      onCancel={(e) => {
        e.preventDefault();
        closeCommandUi();
      }}
      onMouseDown={(e) => e.target === dialog.current && closeCommandUi()}
    >
      {flow && step && (
        <div className="cmdk__trail" data-testid="palette-trail">
          <span className="cmdk__trail-command">{t(`commands.${flow.command.id}`)}</span>
          {flow.shown.map((s, i) => (
            <span key={i} className="cmdk__trail-answer">
              <bdi>{s}</bdi>
            </span>
          ))}
          <span className="cmdk__trail-step">{t('palette.stepOf', { step: flow.index + 1, steps })}</span>
        </div>
      )}
      <label id={promptId} className={step ? 'cmdk__prompt' : 'sr-only'} htmlFor={`${listId}-input`}>
        {label}
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        className="cmdk__input"
        role={listing ? 'combobox' : undefined}
        aria-expanded={listing ? items.length > 0 : undefined}
        aria-controls={listing ? listId : undefined}
        aria-autocomplete={listing ? 'list' : undefined}
        aria-activedescendant={listing && current ? `${listId}-${current.key}` : undefined}
        aria-describedby={step?.hintKey || error ? hintId : undefined}
        aria-invalid={error ? true : undefined}
        placeholder={step?.kind === 'text' ? step.placeholder?.(t) : t('palette.placeholder')}
        value={query}
        onChange={(e) => palette.setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
        data-testid="palette-input"
      />
      {(error || step?.hintKey) && (
        <p id={hintId} className={`cmdk__hint${error ? ' is-error' : ''}`} role={error ? 'alert' : undefined}>
          {error ?? t(`hints.${step!.hintKey!}`)}
        </p>
      )}
      {listing && (
        <PaletteList
          id={listId}
          label={label}
          items={items}
          grouped={listing.grouped}
          active={current}
          more={listing.more}
          query={query}
          emptyText={step ? t('palette.noChoice', { query }) : t('palette.empty', { query })}
          onChoose={palette.choose}
          onHover={(item) => palette.setActive(items.indexOf(item))}
        />
      )}
      <p className="cmdk__footer" aria-hidden="true">
        {t('palette.footer')}
      </p>
    </dialog>
  );
}
