/** A shortcut as key caps (<kbd>), and as plain text for sentences ("Ctrl+K", "⌘K" on a Mac). */
import { useTranslation } from 'react-i18next';
import { isMacPlatform, keyCaps, type KeyCap, type Shortcut } from './shortcuts.ts';
import type { CommandT } from './types.ts';
import './keycaps.css';

const MAC = typeof navigator !== 'undefined' && isMacPlatform(navigator.platform);

const capText = (cap: KeyCap, t: CommandT) => ('word' in cap ? t(`keys.${cap.word}`) : cap.text);

/** "Ctrl+K" on a PC, "⌘K" on a Mac. */
export const shortcutText = (shortcut: Shortcut, t: CommandT): string =>
  keyCaps(shortcut, MAC)
    .map((cap) => capText(cap, t))
    .join(MAC ? '' : '+');

/** The palette's own keys, for the sentences that mention it. */
export const PALETTE_SHORTCUT: Shortcut = { key: 'k', mod: true };

export function KeyCaps({ shortcut }: { shortcut: Shortcut }) {
  const { t } = useTranslation('ui-commands');
  return (
    <span className="keycaps">
      {keyCaps(shortcut, MAC).map((cap, i) => (
        <kbd key={i}>{capText(cap, t)}</kbd>
      ))}
    </span>
  );
}
