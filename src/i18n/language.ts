/**
 * Which language to speak. Pure functions, so the app (browser languages,
 * the remembered choice) and the CLI (LC_ALL / LC_MESSAGES / LANG) decide the
 * same way.
 */
export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first supported language among BCP 47 tags such as `ja-JP` or `en-US`; English when none is. */
export function languageFromTags(tags: readonly string[]): Language {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split(/[-_.]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** The app's choice: what the user picked last time, else what the browser prefers. */
export function detectLanguage(stored: string | null | undefined, browserTags: readonly string[]): Language {
  return isLanguage(stored) ? stored : languageFromTags(browserTags);
}

/**
 * The CLI's choice, as POSIX tools make it: the first set of LC_ALL,
 * LC_MESSAGES, LANG; `C` and `POSIX` mean English.
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return languageFromTags([value]);
}
