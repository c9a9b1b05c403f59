/**
 * A message as data: the id of a sentence in a catalogue and the values it
 * quotes. The core stays free of i18next and of any language choice: it keeps
 * the English sentence (CLI json, tests, logs) and hands the same sentence as
 * data to the app and the CLI, which say it in the user's language
 * (src/i18n/format.ts). An argument may itself be a message (e.g. "found
 * the string …"), said in the same language.
 */
export type MessageArg = string | number | MessageRef;

export interface MessageRef {
  readonly id: string;
  readonly args: Readonly<Record<string, MessageArg>>;
}

/** A sentence as data together with its English wording. */
export interface Said {
  readonly ref: MessageRef;
  readonly text: string;
}

export type MessageTable = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * Fills `{{name}}` placeholders as i18next does with escaping off, so the core's
 * English and the English catalogue said through i18next are the same bytes
 * (test/i18n checks it). `nested` says an argument that is itself a message.
 */
export function fillTemplate(
  template: string,
  args: Readonly<Record<string, MessageArg>>,
  nested: (ref: MessageRef) => string,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = args[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? nested(value) : String(value);
  });
}

/** Says `ref` with `table` (English in the core); an unknown id says itself, so nothing is lost. */
export function sayWith(table: MessageTable, ref: MessageRef): string {
  const template = table[ref.id];
  if (template === undefined) return ref.id;
  return fillTemplate(template, ref.args, (inner) => sayWith(table, inner));
}
