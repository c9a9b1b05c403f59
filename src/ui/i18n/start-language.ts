/**
 * The app's one i18next instance, made once at start: the language the user
 * picked last time (localStorage), else the browser's. A change is remembered
 * and written to <html lang> (screen readers, fonts and hyphenation follow it)
 * at once, without a reload.
 */
import type { i18n } from 'i18next';
import { createI18n } from '../../i18n/i18n.ts';
import { detectLanguage, isLanguage } from '../../i18n/language.ts';

export const LANGUAGE_KEY = 'netpol-studio.language';

// Storage may be blocked (site data off, sandboxed frame): the app then speaks the browser's language.
function readStored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

function remember(language: string): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered across visits; this visit still switches.
  }
}

export function startLanguage(): i18n {
  const instance = createI18n(detectLanguage(readStored(), navigator.languages ?? [navigator.language]));
  document.documentElement.lang = instance.language;
  instance.on('languageChanged', (language) => {
    if (!isLanguage(language)) return;
    document.documentElement.lang = language;
    remember(language);
  });
  return instance;
}
