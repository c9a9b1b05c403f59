/** The header's language choice: each language named in its own script, so anyone can find theirs. */
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage } from '../../i18n/language.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        className="language-switch__select"
        data-testid="language-switch"
        aria-label={t('language.label')}
        value={i18n.language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void i18n.changeLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
