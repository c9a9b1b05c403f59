/** The header's theme choice: follow the system, or always light, or always dark (remembered). */
import { useTranslation } from 'react-i18next';
import { THEME_CHOICES, useTheme, type ThemeChoice } from './theme-store.ts';

export function ThemeSwitch() {
  const { t } = useTranslation('ui-a11y');
  const choice = useTheme((s) => s.choice);
  const setChoice = useTheme((s) => s.setChoice);
  return (
    <label className="theme-switch">
      <span className="theme-switch__label">{t('theme.label')}</span>
      <select
        className="theme-switch__select"
        value={choice}
        onChange={(e) => setChoice(e.target.value as ThemeChoice)}
        data-testid="theme-switch"
      >
        {THEME_CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`theme.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
