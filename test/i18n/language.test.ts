import { describe, expect, it } from 'vitest';
import { detectLanguage, languageFromEnv, languageFromTags } from '../../src/i18n/language.ts';

describe('choosing the language', () => {
  it('takes the first supported browser language', () => {
    expect(languageFromTags(['fr-FR', 'ja-JP', 'en'])).toBe('ja');
    expect(languageFromTags(['en-GB', 'ja'])).toBe('en');
    expect(languageFromTags(['de', 'fr'])).toBe('en');
    expect(languageFromTags([])).toBe('en');
  });
  it('prefers what the user picked over the browser', () => {
    expect(detectLanguage('en', ['ja-JP'])).toBe('en');
    expect(detectLanguage('ja', ['en-US'])).toBe('ja');
    expect(detectLanguage('klingon', ['ja-JP'])).toBe('ja');
    expect(detectLanguage(null, ['ja-JP'])).toBe('ja');
  });
  it('reads the locale environment as POSIX tools do', () => {
    expect(languageFromEnv({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(languageFromEnv({ LC_ALL: 'C', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(languageFromEnv({})).toBe('en');
  });
});
