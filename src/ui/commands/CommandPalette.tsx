/**
 * The command palette (Ctrl+K / ⌘K), a lazy chunk: one field over a list.
 * Typing filters the commands; Enter runs the highlighted one, or asks its
 * questions first, one per step, in the same field (a name, or a choice from
 * a filtered list such as the graph's nodes). Backspace in an empty field
 * goes back a step; Escape closes. A modal <dialog>: the page behind is inert
 * and the focus stays in the field, which is the only thing to Tab to.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { closeCommandUi, useCommandUi, type PaletteRequest } from './command-ui.ts';
import { choiceItems, commandItems, type PaletteItem } from './palette-items.ts';
import { PaletteList } from './PaletteList.tsx';
import { commandById } from './registry.ts';
import type { Answers, Command, CommandT, Step } from './types.ts';
import './palette.css';

/** A command being asked for its arguments. */
interface Flow {
  command: Command;
  index: number;
  answers: Answers;
  /** What each answer looked like when chosen (a node's name rather than its id), for the trail. */
  shown: string[];
}

/**
 * The field's text and the highlighted row when `step` opens: its initial value, or `earlier`, the
 * answer it had when the user comes back to it.
 */
function opening(
  step: Step | undefined,
  answers: Answers,
  choices: { value: string }[],
  earlier?: string,
): [string, number] {
  if (step?.kind === 'text') return [earlier ?? step.initial?.(answers) ?? '', 0];
  const initial = earlier ?? step?.initial?.(answers);
  return [
    '',
    Math.max(
      0,
      choices.findIndex((c) => c.value === initial),
    ),
  ];
}

export default function CommandPalette({ request }: { request: PaletteRequest }) {
  const { t, i18n } = useTranslation('ui-commands');
  const en = useMemo(() => i18n.getFixedT('en', 'ui-commands') as CommandT, [i18n]);
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const promptId = useId();
  const hintId = useId();
  const startCommand = request.command ? commandById(request.command) : undefined;
  const [flow, setFlow] = useState<Flow | null>(() =>
    startCommand ? { command: startCommand, index: 0, answers: {}, shown: [] } : null,
  );
  const step = flow?.command.steps?.[flow.index];
  // A step's choices are read once, when it opens (the graph does not change under an open palette).
  const choices = useMemo(() => (step?.kind === 'choose' ? step.choices(flow!.answers, t) : []), [step, flow, t]);
  const [[query, active], setField] = useState<[string, number]>(() => {
    // Keys pressed while this chunk loaded: the start of what the user is typing.
    const ahead = useCommandUi.getState().typedAhead;
    return ahead ? [ahead, 0] : opening(step, {}, choices);
  });
  const [error, setError] = useState<string>();

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

  const listing =
    step?.kind === 'text'
      ? null
      : step
        ? { ...choiceItems(step, choices, query, flow!.answers, t), grouped: false }
        : { ...commandItems(query, request.group, t, en), more: 0 };
  const items = listing?.items ?? [];
  const current = items[Math.min(active, items.length - 1)] as PaletteItem | undefined;

  const enter = (next: Flow | null, earlier?: string) => {
    const nextStep = next?.command.steps?.[next.index];
    const nextChoices = nextStep?.kind === 'choose' ? nextStep.choices(next!.answers, t) : [];
    setFlow(next);
    setField(opening(nextStep, next?.answers ?? {}, nextChoices, earlier));
    setError(undefined);
  };

  const finish = (command: Command, answers: Answers) => {
    // Closed natively first: while the modal is open the page is inert, and the command may move the focus.
    dialog.current?.close();
    closeCommandUi();
    command.run(answers, t);
  };

  const pickCommand = (command: Command) => {
    if (command.available && !command.available()) return;
    if (command.ready && !command.ready()) return closeCommandUi();
    if (!command.steps?.length) return finish(command, {});
    enter({ command, index: 0, answers: {}, shown: [] });
  };

  const answer = (value: string, shown: string) => {
    if (!flow || !step) return;
    const problem = step.check?.(value, flow.answers, t);
    if (problem) return setError(problem);
    const answers = { ...flow.answers, [step.id]: value };
    if (flow.index + 1 >= (flow.command.steps?.length ?? 0)) return finish(flow.command, answers);
    enter({ ...flow, index: flow.index + 1, answers, shown: [...flow.shown, shown] });
  };

  const choose = (item: PaletteItem | undefined) => {
    if (!step) return item?.command && pickCommand(item.command);
    if (step.kind === 'text') return answer(query.trim(), query.trim());
    if (!item?.choice) return setError(choices.length ? t('palette.noChoice', { query }) : t('errors.noNodes'));
    answer(item.choice.value, item.isName ? item.label : item.choice.label);
  };

  /** One question back, its answer in the field again (from the first question: the list). */
  const back = () => {
    if (!flow) return;
    if (flow.index === 0) return enter(null);
    const id = flow.command.steps![flow.index - 1].id;
    const { [id]: earlier, ...answers } = flow.answers;
    enter({ ...flow, index: flow.index - 1, answers, shown: flow.shown.slice(0, -1) }, earlier);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const move = (to: number) => {
      e.preventDefault();
      if (items.length) setField([query, (to + items.length) % items.length]);
    };
    if (e.key === 'ArrowDown') move(active + 1);
    else if (e.key === 'ArrowUp') move(active - 1);
    else if (e.key === 'Home' && listing && !query) move(0);
    else if (e.key === 'End' && listing && !query) move(items.length - 1);
    else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      choose(current);
    } else if (e.key === 'Backspace' && query === '' && flow) {
      e.preventDefault();
      back();
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
        aria-describedby={step?.hint || error ? hintId : undefined}
        aria-invalid={error ? true : undefined}
        placeholder={step?.kind === 'text' ? step.placeholder?.(t) : t('palette.placeholder')}
        value={query}
        onChange={(e) => {
          setField([e.target.value, 0]);
          setError(undefined);
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
        data-testid="palette-input"
      />
      {(error || step?.hint) && (
        <p id={hintId} className={`cmdk__hint${error ? ' is-error' : ''}`} role={error ? 'alert' : undefined}>
          {error ?? t(`hints.${step!.hint!}`)}
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
          onChoose={choose}
          onHover={(item) => setField([query, items.indexOf(item)])}
        />
      )}
      <p className="cmdk__footer" aria-hidden="true">
        {t('palette.footer')}
      </p>
    </dialog>
  );
}
