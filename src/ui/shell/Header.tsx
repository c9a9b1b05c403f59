/** Top bar: product name, the workspace switcher and the Import / Export / Share menus. */
import { useTranslation } from 'react-i18next';
import { HeaderMenus } from '../menus/HeaderMenus.tsx';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { ThemeSwitch } from '../theme/ThemeSwitch.tsx';

export function Header() {
  const { t } = useTranslation('ui-shell');
  return (
    <header className="app-header">
      <div className="brand">
        <svg className="brand__mark" width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="5" cy="12" r="3" fill="currentColor" />
          <circle cx="19" cy="5" r="3" fill="currentColor" opacity="0.75" />
          <circle cx="19" cy="19" r="3" fill="currentColor" opacity="0.75" />
          <path d="M7.6 10.7 16.4 6.3M7.6 13.3l8.8 4.4" stroke="currentColor" strokeWidth="1.8" fill="none" />
        </svg>
        <h1 className="brand__name">netpol-studio</h1>
        <span className="brand__tag">{t('header.tagline')}</span>
      </div>
      <HeaderMenus />
      <LanguageSwitch />
      <ThemeSwitch />
    </header>
  );
}
