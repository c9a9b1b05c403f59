/**
 * What the palette lists for what is typed: the commands (grouped while
 * nothing is typed, best match first once something is), or the choices of
 * the question being asked. Commands are found by their name in the UI's
 * language, their English name and their keywords.
 */
import { uiCommands } from '../../i18n/en/ui-commands.ts';
import { rankByMatch } from './fuzzy.ts';
import { COMMANDS, GROUP_ORDER } from './registry.ts';
import type { Shortcut } from './shortcuts.ts';
import type { Answers, ChooseStep, Choice, Command, CommandGroup, CommandT } from './types.ts';

export interface PaletteItem {
  key: string;
  label: string;
  /** Indices of `label` the typed text matched. */
  positions: number[];
  detail?: string;
  isName?: boolean;
  /** Listed but not runnable now. */
  disabled?: boolean;
  shortcut?: Shortcut;
  group?: CommandGroup;
  command?: Command;
  choice?: Choice;
}

/** At most this many choices are drawn (a big cluster has thousands of nodes): typing narrows the rest. */
export const MAX_SHOWN = 100;

type KeywordId = keyof typeof uiCommands.keywords;
const hasKeywords = (id: string): id is KeywordId => id in uiCommands.keywords;

function searchTexts(c: Command, t: CommandT, en: CommandT): string[] {
  const texts: string[] = [t(`commands.${c.id}`), en(`commands.${c.id}`)];
  if (hasKeywords(c.id)) texts.push(t(`keywords.${c.id}`), en(`keywords.${c.id}`));
  return texts;
}

/** The commands for `query`, limited to `group` when given; `grouped` when shown under their group names. */
export function commandItems(
  query: string,
  group: CommandGroup | undefined,
  t: CommandT,
  en: CommandT,
): { items: PaletteItem[]; grouped: boolean } {
  const listed = COMMANDS.filter((c) => !c.unlisted && (!group || c.group === group));
  const grouped = query.trim() === '';
  const ranked = grouped
    ? GROUP_ORDER.flatMap((g) => listed.filter((c) => c.group === g)).map((item) => ({ item, positions: [] }))
    : rankByMatch(listed, query, (c) => searchTexts(c, t, en)).map((r) => ({
        item: r.item,
        positions: r.match.positions,
      }));
  return {
    grouped,
    items: ranked.map(({ item: c, positions }) => ({
      key: c.id,
      label: t(`commands.${c.id}`),
      positions,
      disabled: c.available ? !c.available() : false,
      shortcut: c.shortcuts?.[0],
      group: c.group,
      command: c,
    })),
  };
}

/**
 * The choices of `step` for `query`: the typed value first when the step offers one (a new
 * namespace), then the matching choices, at most MAX_SHOWN; `more` counts the ones left out.
 */
export function choiceItems(
  step: ChooseStep,
  choices: readonly Choice[],
  query: string,
  answers: Answers,
  t: CommandT,
): { items: PaletteItem[]; more: number } {
  const ranked = rankByMatch(choices, query, (c) => [c.label, ...(c.also ?? []), c.detail ?? '']);
  const typed = step.typed?.(query, answers, t);
  const all: PaletteItem[] = ranked.map(({ item, match }) => ({
    key: `c:${item.value}`,
    label: item.label,
    positions: match.positions,
    detail: item.detail,
    isName: item.isName,
    choice: item,
  }));
  if (typed) all.unshift({ key: `typed:${typed.value}`, label: typed.label, positions: [], choice: typed });
  return { items: all.slice(0, MAX_SHOWN), more: Math.max(0, all.length - MAX_SHOWN) };
}
