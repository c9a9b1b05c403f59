/**
 * What an empty workspace's canvas says: how to start — paste YAML, or one of
 * the first actions as buttons with their keys, and where every command is.
 */
import { useTranslation } from 'react-i18next';
import { KeyCaps, PALETTE_SHORTCUT, shortcutText } from '../commands/KeyCaps.tsx';
import { commandById } from '../commands/registry.ts';
import { startCommand } from '../commands/run-command.ts';
import type { CommandId } from '../commands/types.ts';
import './onboarding.css';

const ACTIONS: { command: CommandId; labelKey: 'addNamespace' | 'addWorkload' | 'templates' | 'openFiles' }[] = [
  { command: 'newNamespace', labelKey: 'addNamespace' },
  { command: 'newWorkload', labelKey: 'addWorkload' },
  { command: 'templates', labelKey: 'templates' },
  { command: 'openFiles', labelKey: 'openFiles' },
];

export function EmptyCanvas() {
  const { t } = useTranslation('ui-commands');
  return (
    <div className="empty-canvas" data-testid="empty-canvas">
      <section className="empty-canvas__card" aria-labelledby="empty-canvas-title">
        <h2 id="empty-canvas-title" className="empty-canvas__title">
          {t('empty.title')}
        </h2>
        <p className="empty-canvas__body">{t('empty.body')}</p>
        <div className="empty-canvas__actions">
          {ACTIONS.map(({ command, labelKey }) => {
            const c = commandById(command)!;
            return (
              <button
                key={command}
                type="button"
                className="btn"
                onClick={() => startCommand(c, t)}
                data-testid={`empty-${command}`}
              >
                {t(`empty.${labelKey}`)}
                {c.shortcuts?.[0] && <KeyCaps shortcut={c.shortcuts[0]} />}
              </button>
            );
          })}
        </div>
        <p className="empty-canvas__palette">{t('empty.palette', { palette: shortcutText(PALETTE_SHORTCUT, t) })}</p>
      </section>
    </div>
  );
}
