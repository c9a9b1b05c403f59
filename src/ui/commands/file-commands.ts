/** Import, export and share: the header menus' actions as commands (they load their code on first use). */
import {
  copyShareLink,
  copyWorkspaceYaml,
  exportCsv,
  exportMarkdown,
  exportPng,
  exportPoliciesAsZip,
  exportPoliciesYaml,
  exportSvg,
  exportWorkspaceYaml,
  openFiles,
  openInventory,
  openTemplates,
} from '../io/actions.ts';
import { openDialog } from '../io/io-ui.ts';
import { openPalette } from './command-ui.ts';
import type { Command } from './types.ts';

export const FILE_COMMANDS: Command[] = [
  // Ctrl+O would otherwise make the browser open the file in place of the app.
  { id: 'openFiles', group: 'import', shortcuts: [{ key: 'o', mod: true, global: true }], run: openFiles },
  { id: 'importInventory', group: 'import', run: openInventory },
  { id: 'templates', group: 'import', shortcuts: [{ key: 't' }], run: openTemplates },
  {
    id: 'newWorkspace',
    group: 'import',
    // The dialog selects the suggested name, so typing replaces it.
    run: (_a, t) => openDialog({ kind: 'name', mode: 'new', initial: t('palette.untitledWorkspace') }),
  },
  // E: the palette on the export group, so the format is one more keystroke.
  { id: 'exportMenu', group: 'export', shortcuts: [{ key: 'e' }], run: () => openPalette({ group: 'export' }) },
  { id: 'exportPolicies', group: 'export', run: exportPoliciesYaml },
  { id: 'exportWorkspace', group: 'export', run: exportWorkspaceYaml },
  { id: 'exportZip', group: 'export', run: exportPoliciesAsZip },
  { id: 'copyYaml', group: 'export', run: copyWorkspaceYaml },
  { id: 'exportPng', group: 'export', run: exportPng },
  { id: 'exportSvg', group: 'export', run: exportSvg },
  { id: 'exportCsv', group: 'export', run: exportCsv },
  { id: 'exportMarkdown', group: 'export', run: exportMarkdown },
  { id: 'share', group: 'export', run: copyShareLink },
];
