/**
 * One i18next instance per caller (no global): the app creates one at start,
 * the CLI one per run, tests one per language. `t` is typed by the English
 * catalogue (see i18next.d.ts), so a key that does not exist does not compile.
 */
import { createInstance, type i18n } from 'i18next';
import { en } from './en/index.ts';
import { ja } from './ja/index.ts';
import type { Language } from './language.ts';

export const resources = { en, ja } as const;
export const NAMESPACES = Object.keys(en) as (keyof typeof en)[];

export function createI18n(language: Language): i18n {
  const instance = createInstance();
  // Resources are bundled, so init is synchronous (initAsync: false) and `t` works on return.
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    ns: NAMESPACES,
    defaultNS: 'common',
    initAsync: false,
    // React escapes text itself, and the CLI prints plain text.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
