/**
 * Says the core's messages (model/text/message.ts) in the language of a `t`
 * function: the app passes react-i18next's, the CLI its own instance's. The
 * core keeps English text beside each message, so a message the catalogue
 * lacks still reads (in English) instead of showing a key.
 */
import type { TFunction } from 'i18next';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { MessageArg, MessageRef } from '../model/text/message.ts';
import { RULES } from '../model/validation/rules.ts';

/** `t` with a key built at run time (the typed `t` accepts only literal keys). */
type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** Where a family of core messages lives in the catalogues. */
export type MessageFamily = 'diagnostics:' | 'explain:sentences.';

/**
 * Values are inserted as they are: the app renders text (React escapes it) and the CLI prints it, so
 * i18next must not HTML-escape a quote in a path, whatever the instance's own setting.
 */
const RAW = { escapeValue: false } as const;

export function sayMessage(t: TFunction, family: MessageFamily, ref: MessageRef): string {
  const loose = t as unknown as LooseT;
  const args: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(ref.args)) args[name] = sayArg(t, family, value);
  return loose(`${family}${ref.id}`, { replace: args, interpolation: RAW, defaultValue: ref.id });
}

function sayArg(t: TFunction, family: MessageFamily, value: MessageArg): string | number {
  return typeof value === 'object' ? sayMessage(t, family, value) : value;
}

/**
 * A diagnostic's sentence in the language of `t`. Without a sentence as data (the yaml library's own
 * syntax errors, cluster-policy checks not yet translated), the rule's one-line summary in that
 * language comes first and the English message follows, so nothing the user needs is lost.
 */
export function formatDiagnostic(t: TFunction, d: Diagnostic): string {
  if (d.ref) return sayMessage(t, 'diagnostics:', d.ref);
  const loose = t as unknown as LooseT;
  const summary = loose(`rules:${d.rule}`, { defaultValue: '' });
  // The English summary means the English catalogue: the message alone says it all there.
  if (!summary || summary === RULES[d.rule]?.summary) return d.message;
  return loose('diagnostics:untranslated', { replace: { summary, message: d.message }, interpolation: RAW });
}

/** Sentences already said, per `t` (a language of an instance: react-i18next gives a new `t` on a change). */
const said = new WeakMap<TFunction, Map<string, string>>();
/** Bounded: diagnostics come and go while typing. */
const MAX_SAID = 100_000;

/**
 * formatDiagnostic, remembered per `t` and message: the editor's markers, the canvas's markers and the
 * problems list say every diagnostic again whenever the diagnostics change, and i18next takes tens of
 * microseconds a sentence. A 10,000-rule policy has thousands of warnings: saying them took ~390 ms of
 * each keystroke's landing (bench:big, Chromium trace), where nearly all were said the keystroke before.
 */
export function formatDiagnosticOnce(t: TFunction, d: Diagnostic): string {
  let memo = said.get(t);
  if (!memo) {
    memo = new Map();
    said.set(t, memo);
  }
  // What formatDiagnostic reads: the sentence as data, or the rule (its summary) and the English message.
  const key = d.ref ? JSON.stringify(d.ref) : `${d.rule}\n${d.message}`;
  let sentence = memo.get(key);
  if (sentence === undefined) {
    if (memo.size >= MAX_SAID) memo.clear();
    sentence = formatDiagnostic(t, d);
    memo.set(key, sentence);
  }
  return sentence;
}
