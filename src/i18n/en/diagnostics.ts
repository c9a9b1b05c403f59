/**
 * The diagnostics' sentences in English: the core's own table
 * (model/validation/messages.ts), so the English the CLI's json keeps and the
 * English the app shows are one text.
 */
import { DIAGNOSTIC_MESSAGES } from '../../model/validation/messages.ts';

export const diagnostics = {
  ...DIAGNOSTIC_MESSAGES,
  /** A diagnostic with no sentence in the language: the rule's summary, then the English message. */
  untranslated: '{{summary}} ({{message}})',
} as const;
