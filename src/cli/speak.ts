/**
 * The CLI's human-readable messages in the user's language (LC_ALL / LC_MESSAGES /
 * LANG, or --lang): one i18next instance per run. Errors thrown deep in the
 * commands carry a key and arguments (CliError), said here when printed; their
 * `message` stays English for anything that reads it.
 */
import type { TFunction } from 'i18next';
import { formatDiagnostic } from '../i18n/format.ts';
import { cli as english } from '../i18n/en/cli.ts';
import { createI18n } from '../i18n/i18n.ts';
import type { Language } from '../i18n/language.ts';
import type { Diagnostic, Severity } from '../model/diagnostics.ts';
import { fillTemplate } from '../model/text/message.ts';

type Section = 'errors' | 'warnings' | 'explain';
export type CliKey = { [S in Section]: `${S}.${keyof (typeof english)[S] & string}` }[Section];
/** A value in a CLI message: text, a number, a finding (said in the language) or another CLI message. */
export type CliArg = string | number | Diagnostic | { readonly key: CliKey; readonly args?: CliArgs };
export type CliArgs = Readonly<Record<string, CliArg>>;

export interface Speaker {
  readonly t: TFunction;
  say(key: CliKey, args?: CliArgs): string;
  diagnostic(d: Diagnostic): string;
  severity(s: Severity): string;
}

export function speaker(language: Language = 'en'): Speaker {
  const { t } = createI18n(language);
  const loose = t as unknown as (key: string, options: Record<string, unknown>) => string;
  const diagnostic = (d: Diagnostic) => formatDiagnostic(t, d);
  const say = (key: CliKey, args: CliArgs = {}): string => {
    const replace: Record<string, string | number> = {};
    for (const [name, v] of Object.entries(args))
      replace[name] = typeof v !== 'object' ? v : 'rule' in v ? diagnostic(v) : say(v.key, v.args);
    return loose(`cli:${key}`, { replace, interpolation: { escapeValue: false } });
  };
  return { t, diagnostic, say, severity: (s) => loose(`cli:severity.${s}`, {}) };
}

/** The English of a keyed message, without an i18next instance (CliError's own `message`). */
export function englishCli(key: CliKey, args: CliArgs = {}): string {
  const [section, name] = key.split('.') as [Section, string];
  const template = (english[section] as Readonly<Record<string, string>>)[name] ?? key;
  const plain: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(args))
    plain[k] = typeof v !== 'object' ? v : 'rule' in v ? v.message : englishCli(v.key, v.args);
  return fillTemplate(template, plain, () => '');
}
