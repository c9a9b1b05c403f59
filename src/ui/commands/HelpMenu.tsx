/** The header's Help menu: the command palette, the shortcut sheet and the tour, each with its keys. */
import { useTranslation } from 'react-i18next';
import { Menu, type MenuEntry } from '../menus/Menu.tsx';
import { openHelp, openPalette, openTour } from './command-ui.ts';
import { PALETTE_SHORTCUT, shortcutText } from './KeyCaps.tsx';

export function HelpMenu() {
  const { t } = useTranslation('ui-commands');
  const entries: MenuEntry[] = [
    {
      id: 'help-palette',
      label: t('help.menuPalette'),
      hint: shortcutText(PALETTE_SHORTCUT, t),
      onSelect: () => openPalette(),
    },
    { id: 'help-shortcuts', label: t('help.menuShortcuts'), hint: '?', onSelect: openHelp },
    { id: 'help-tour', label: t('help.menuTour'), onSelect: openTour },
  ];
  return <Menu label={t('help.menu')} entries={entries} testId="help-menu" align="right" />;
}
