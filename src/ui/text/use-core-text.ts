/**
 * The core's messages (diagnostics, explanations, quick fixes, template words) in
 * the app's current language: the i18next instance the app's I18nextProvider
 * supplies, so a language switch re-renders every user of this hook. Without a
 * provider (a component rendered alone) the messages stay in English.
 */
import { useContext, useMemo } from 'react';
import { I18nContext, useTranslation } from 'react-i18next';
import type { i18n as I18n, TFunction } from 'i18next';
import { formatDiagnosticOnce, sayMessage } from '../../i18n/format.ts';
import { createI18n } from '../../i18n/i18n.ts';
import { isLanguage, type Language } from '../../i18n/language.ts';
import type { Diagnostic } from '../../model/diagnostics.ts';
import type { QuickFix } from '../../model/edits/quick-fix.ts';
import type { MessageRef } from '../../model/text/message.ts';
import type { Template, TemplateParam } from '../../model/templates/types.ts';

/** English for components outside any provider; made on first need, one per page. */
let englishOnly: ReturnType<typeof createI18n> | undefined;

export interface CoreText {
  readonly language: Language;
  /** `t` for keys built at run time (the core's ids). */
  readonly say: (key: string, values?: Record<string, string | number>) => string;
  readonly t: TFunction;
  /** The instance `t` comes from (Trans needs it where no provider is). */
  readonly i18n: I18n;
  diagnostic(d: Diagnostic): string;
  explain(ref: MessageRef): string;
  quickFix(fix: QuickFix): string;
  templateTitle(template: Template): string;
  templateDescription(template: Template): string;
  paramLabel(template: Template, param: TemplateParam): string;
  paramDescription(template: Template, param: TemplateParam): string;
}

export function useCoreText(): CoreText {
  const context = useContext(I18nContext);
  const { t, i18n } = useTranslation(undefined, { i18n: context?.i18n ?? (englishOnly ??= createI18n('en')) });
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return useMemo(() => {
    const loose = t as unknown as (key: string, options: Record<string, unknown>) => string;
    const say = (key: string, values: Record<string, string | number> = {}) =>
      loose(key, { replace: values, interpolation: { escapeValue: false } });
    const word = (key: string, english: string) => loose(key, { defaultValue: english });
    return {
      language,
      say,
      t,
      i18n,
      diagnostic: (d) => formatDiagnosticOnce(t, d),
      explain: (ref) => sayMessage(t, 'explain:sentences.', ref),
      quickFix: (fix) => word(`quickFixes:${fix.id}`, fix.title),
      templateTitle: (tp) => word(`templates:${tp.id}.title`, tp.title),
      templateDescription: (tp) => word(`templates:${tp.id}.description`, tp.description),
      paramLabel: (tp, p) => word(`templates:${tp.id}.params.${p.id}.label`, p.label),
      paramDescription: (tp, p) => word(`templates:${tp.id}.params.${p.id}.description`, p.description),
    };
  }, [t, i18n, language]);
}
