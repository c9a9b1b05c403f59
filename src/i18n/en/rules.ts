/**
 * One line per rule id, saying what the rule finds (English): the summaries
 * of model/validation/rules.ts, so there is one English text. Shown where a
 * diagnostic has no sentence of its own in the user's language.
 */
import { RULES } from '../../model/validation/rules.ts';

export const rules: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(RULES).map(([id, info]) => [id, info.summary]),
);
