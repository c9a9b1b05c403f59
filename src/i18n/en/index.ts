/**
 * The English catalogue: the reference every other language must match key for
 * key (src/i18n/catalog.ts types it, test/i18n checks it). One file per
 * namespace, named after the part of the product that owns the strings.
 */
import { cli } from './cli.ts';
import { common } from './common.ts';
import { state } from './state.ts';
import { uiPalette } from './ui-palette.ts';
import { uiCanvas } from './ui-canvas.ts';
import { uiAnalysis } from './ui-analysis.ts';
import { uiEffective } from './ui-effective.ts';
import { uiInspector } from './ui-inspector.ts';
import { uiDialogs } from './ui-dialogs.ts';
import { uiIo } from './ui-io.ts';
import { uiMenus } from './ui-menus.ts';
import { uiShell } from './ui-shell.ts';
import { uiA11y } from './ui-a11y.ts';
import { uiCommands } from './ui-commands.ts';
import { diagnostics } from './diagnostics.ts';
import { explain } from './explain.ts';
import { quickFixes } from './quick-fixes.ts';
import { rules } from './rules.ts';
import { templates } from './templates.ts';

export const en = {
  common,
  'ui-shell': uiShell,
  'ui-menus': uiMenus,
  'ui-io': uiIo,
  'ui-dialogs': uiDialogs,
  state,
  'ui-palette': uiPalette,
  'ui-canvas': uiCanvas,
  'ui-inspector': uiInspector,
  'ui-analysis': uiAnalysis,
  'ui-effective': uiEffective,
  'ui-a11y': uiA11y,
  'ui-commands': uiCommands,
  diagnostics,
  rules,
  explain,
  cli,
  templates,
  quickFixes,
} as const;
