/** The Japanese catalogue: the same namespaces and keys as the English one. */
import type { CatalogOf } from '../catalog.ts';
import type { en } from '../en/index.ts';
import { cli } from './cli.ts';
import { common } from './common.ts';
import { diagnostics } from './diagnostics.ts';
import { explain } from './explain.ts';
import { quickFixes } from './quick-fixes.ts';
import { rules } from './rules.ts';
import { templates } from './templates.ts';

export const ja: CatalogOf<typeof en> = { common, diagnostics, rules, explain, cli, templates, quickFixes };
