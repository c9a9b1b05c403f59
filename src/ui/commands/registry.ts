/**
 * The one list of commands: the palette lists it, the key handler dispatches
 * its shortcuts, the help sheet shows it. Groups appear in this order.
 */
import { openHelp, openPalette, openTour } from './command-ui.ts';
import { CREATE_COMMANDS } from './create-commands.ts';
import { EDIT_COMMANDS } from './edit-commands.ts';
import { FILE_COMMANDS } from './file-commands.ts';
import type { Command, CommandGroup, CommandId } from './types.ts';

const HELP_COMMANDS: Command[] = [
  // Global: it is the way out of the editor to every other command, so Monaco gives up its Ctrl+K chords.
  {
    id: 'palette',
    group: 'help',
    shortcuts: [{ key: 'k', mod: true, global: true }],
    unlisted: true,
    run: () => openPalette(),
  },
  { id: 'shortcuts', group: 'help', shortcuts: [{ key: '?' }], run: openHelp },
  { id: 'tour', group: 'help', run: openTour },
];

export const COMMANDS: readonly Command[] = [...CREATE_COMMANDS, ...EDIT_COMMANDS, ...FILE_COMMANDS, ...HELP_COMMANDS];

export const GROUP_ORDER: readonly CommandGroup[] = ['create', 'edit', 'view', 'analysis', 'import', 'export', 'help'];

const BY_ID = new Map(COMMANDS.map((c) => [c.id, c]));

export const commandById = (id: CommandId): Command | undefined => BY_ID.get(id);
