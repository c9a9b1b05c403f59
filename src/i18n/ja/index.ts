/** The Japanese catalogue: the same namespaces and keys as the English one. */
import type { CatalogOf } from '../catalog.ts';
import type { en } from '../en/index.ts';
import { common } from './common.ts';
import { uiCommands } from './ui-commands.ts';

export const ja: CatalogOf<typeof en> = { common, 'ui-commands': uiCommands };
