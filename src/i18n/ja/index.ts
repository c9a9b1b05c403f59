/** The Japanese catalogue: the same namespaces and keys as the English one. */
import type { CatalogOf } from '../catalog.ts';
import type { en } from '../en/index.ts';
import { common } from './common.ts';
import { uiA11y } from './ui-a11y.ts';

export const ja: CatalogOf<typeof en> = { common, 'ui-a11y': uiA11y };
