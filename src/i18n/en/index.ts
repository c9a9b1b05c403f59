/**
 * The English catalogue: the reference every other language must match key for
 * key (src/i18n/catalog.ts types it, test/i18n checks it). One file per
 * namespace, named after the part of the product that owns the strings.
 */
import { common } from './common.ts';
import { uiCommands } from './ui-commands.ts';

export const en = { common, 'ui-commands': uiCommands } as const;
