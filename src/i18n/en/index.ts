/**
 * The English catalogue: the reference every other language must match key for
 * key (src/i18n/catalog.ts types it, test/i18n checks it). One file per
 * namespace, named after the part of the product that owns the strings.
 */
import { cli } from './cli.ts';
import { common } from './common.ts';
import { diagnostics } from './diagnostics.ts';
import { explain } from './explain.ts';
import { quickFixes } from './quick-fixes.ts';
import { rules } from './rules.ts';
import { templates } from './templates.ts';

export const en = { common, diagnostics, rules, explain, cli, templates, quickFixes } as const;
