/**
 * The palette's state: the command list or the question being asked, the field's text and the
 * highlighted row, and what Enter and Backspace do with them. `closeNow` closes the dialog at once
 * (before a command runs).
 */
import { textOf } from '../i18n/use-text.ts';
import { useMemo, useState } from 'react';
import { closeCommandUi, useCommandUi, type PaletteRequest } from './command-ui.ts';
import { choiceItems, commandItems, type PaletteItem } from './palette-items.ts';
import { commandById } from './registry.ts';
import type { Answers, Command, CommandT, Step } from './types.ts';

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

export function usePaletteFlow(request: PaletteRequest, t: CommandT, en: CommandT, closeNow: () => void) {
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
    // Closed at once: while the modal is open the page is inert, and the command may move the focus.
    closeNow();
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
    // A check may say a Message (the shared name forms' errors): said here in the current language.
    if (problem) return setError(textOf(t, problem));
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

  const setQuery = (text: string) => {
    setField([text, 0]);
    setError(undefined);
  };
  const setActive = (index: number) => setField([query, index]);
  return { flow, step, query, active, error, listing, items, current, setQuery, setActive, choose, back };
}
