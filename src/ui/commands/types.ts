/**
 * A command of the keyboard layer: what the palette lists, what a shortcut
 * runs and what the help sheet shows. A command that needs arguments asks
 * for them in steps (a typed value, or a choice from a filtered list) before
 * it runs, so every action works without a mouse.
 */
import type { Text } from '../../state/message.ts';
import type { TFunction } from 'i18next';
import type { uiCommands } from '../../i18n/en/ui-commands.ts';
import type { Shortcut } from './shortcuts.ts';

export type CommandId = keyof typeof uiCommands.commands;
export type CommandGroup = keyof typeof uiCommands.groups;
export type PromptId = keyof typeof uiCommands.prompts;
export type HintId = keyof typeof uiCommands.hints;

/** The translation function of the `ui-commands` namespace. */
export type CommandT = TFunction<'ui-commands'>;

/** The answers given so far, by step id. */
export type Answers = Readonly<Record<string, string>>;

export interface Choice {
  value: string;
  label: string;
  /** A second, quieter line (a workload's namespace and kind). */
  detail?: string;
  /** The label is a user-supplied name: shown bidi-isolated. */
  isName?: boolean;
  /** More text the typed filter matches (e.g. `namespace/name`). */
  also?: string[];
}

interface StepBase {
  id: string;
  prompt: PromptId;
  hintKey?: HintId;
}

/** A value typed into the palette's field. */
export interface TextStep extends StepBase {
  kind: 'text';
  /** The field's text when the step opens (selected, so typing replaces it). */
  initial?: (answers: Answers) => string;
  /** An example value, shown while the field is empty. */
  placeholder?: (t: CommandT) => string;
  /** Why the value cannot be used, or undefined when it can. */
  check: (value: string, answers: Answers, t: CommandT) => Text | undefined;
}

/** One of a list, filtered by what is typed. */
export interface ChooseStep extends StepBase {
  kind: 'choose';
  choices: (answers: Answers, t: CommandT) => Choice[];
  /** A choice made of the typed text itself (a new namespace), offered first when it is not in the list. */
  typed?: (text: string, answers: Answers, t: CommandT) => Choice | undefined;
  /** The value to start on (the selected node). */
  initial?: (answers: Answers) => string | undefined;
  /** Why the chosen value cannot be used. */
  check?: (value: string, answers: Answers, t: CommandT) => Text | undefined;
}

export type Step = TextStep | ChooseStep;

export interface Command {
  id: CommandId;
  group: CommandGroup;
  /** The first is shown in the palette; all of them in the help sheet. */
  shortcuts?: Shortcut[];
  /** Questions asked before `run`, in order. */
  steps?: Step[];
  /** False when the command cannot run now (nothing to undo, nothing selected): listed, greyed out. */
  available?: () => boolean;
  /**
   * Asked once when the command is chosen, before any question: false stops it (it has said why,
   * e.g. graph editing is paused while the YAML does not parse).
   */
  ready?: () => boolean;
  /** Not listed in the palette (the palette itself). */
  unlisted?: boolean;
  run: (answers: Answers, t: CommandT) => void;
}
