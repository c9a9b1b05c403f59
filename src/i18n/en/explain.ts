/**
 * "Why is this flow allowed / blocked" (English). `sentences` is the core's own
 * table (model/analysis/explain-messages.ts: the `explain` command's summary).
 * The Why panel's and the probe's own wording is in ui-effective and ui-analysis.
 */
import { EXPLAIN_MESSAGES } from '../../model/analysis/explain-messages.ts';

export const explain = {
  sentences: EXPLAIN_MESSAGES,
} as const;
