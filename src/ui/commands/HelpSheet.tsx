/**
 * The shortcut sheet (`?`, a lazy chunk): every command that has keys, by
 * group, on the shared modal Dialog (focus trapped, Escape closes, focus
 * goes back where it was).
 */
import { useTranslation } from 'react-i18next';
import { Dialog } from '../dialogs/Dialog.tsx';
import { closeCommandUi, openPalette, openTour } from './command-ui.ts';
import { KeyCaps, PALETTE_SHORTCUT, shortcutText } from './KeyCaps.tsx';
import { COMMANDS, GROUP_ORDER } from './registry.ts';
import type { Command } from './types.ts';
import './help.css';

function Row({ command }: { command: Command }) {
  const { t } = useTranslation('ui-commands');
  return (
    <tr>
      <th scope="row">{t(`commands.${command.id}`)}</th>
      <td>
        {command.shortcuts!.map((s, i) => (
          <span key={i} className="help-sheet__keys">
            {i > 0 && <span className="help-sheet__or">{t('keys.or')}</span>}
            <KeyCaps shortcut={s} />
          </span>
        ))}
      </td>
    </tr>
  );
}

export default function HelpSheet() {
  const { t } = useTranslation('ui-commands');
  const groups = GROUP_ORDER.map((g) => ({ g, commands: COMMANDS.filter((c) => c.group === g && c.shortcuts) })).filter(
    (x) => x.commands.length > 0,
  );
  return (
    <Dialog
      title={t('help.title')}
      subtitle={t('help.subtitle', { palette: shortcutText(PALETTE_SHORTCUT, t) })}
      onClose={closeCommandUi}
      size="large"
      testId="help-sheet"
      footer={
        <>
          <button type="button" className="btn" onClick={openTour} data-testid="help-tour">
            {t('help.tour')}
          </button>
          <button type="button" className="btn btn--primary" onClick={() => openPalette()} data-autofocus>
            {t('help.openPalette')}
          </button>
        </>
      }
    >
      <p className="help-sheet__note">{t('help.paletteNote')}</p>
      <div className="help-sheet__groups">
        {groups.map(({ g, commands }) => (
          <table key={g} className="help-sheet__table">
            <caption>{t(`groups.${g}`)}</caption>
            <thead className="sr-only">
              <tr>
                <th scope="col">{t('help.command')}</th>
                <th scope="col">{t('help.keys')}</th>
              </tr>
            </thead>
            <tbody>
              {commands.map((c) => (
                <Row key={c.id} command={c} />
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Dialog>
  );
}
