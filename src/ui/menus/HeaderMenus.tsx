/** The header's workspace switcher and its Import / Export / Share actions. */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { duplicateWorkspace, switchWorkspace } from '../../state/workspaces.ts';
import { openDialog } from '../io/io-ui.ts';
import { analysisDockStore } from '../../state/analysis-dock.ts';
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
import { HelpMenu } from '../commands/HelpMenu.tsx';
import { Menu, type MenuEntry } from './Menu.tsx';
import { useNotices, useWorkspaces } from '../hooks/stores.ts';
import { Name } from '../text/Name.tsx';

const importEntries = (t: TFunction<'ui-menus'>): MenuEntry[] => [
  { id: 'open-files', label: t('import.openFiles'), hint: '.yaml .yml .json', onSelect: openFiles },
  { id: 'inventory', label: t('import.inventory'), hint: t('import.inventoryHint'), onSelect: openInventory },
  { id: 'templates', label: t('import.templates'), hint: t('import.templatesHint'), onSelect: openTemplates },
  { kind: 'separator', id: 'sep' },
  { kind: 'heading', id: 'tip', label: t('import.tip') },
];

const exportEntries = (t: TFunction<'ui-menus'>): MenuEntry[] => [
  { kind: 'heading', id: 'h-yaml', label: 'YAML' },
  {
    id: 'export-workspace',
    label: t('export.workspace'),
    hint: t('export.workspaceHint'),
    onSelect: exportWorkspaceYaml,
  },
  {
    id: 'export-policies',
    label: t('export.policies'),
    hint: 'kubectl apply -f',
    onSelect: exportPoliciesYaml,
  },
  { id: 'export-zip', label: t('export.zip'), hint: t('export.zipHint'), onSelect: exportPoliciesAsZip },
  { id: 'copy-yaml', label: t('export.copyYaml'), hint: t('export.copyYamlHint'), onSelect: copyWorkspaceYaml },
  // Before exporting, what the edit breaks: the live diff against the baseline (ui/live/DiffPanel.tsx).
  {
    id: 'what-breaks',
    label: t('export.whatBreaks'),
    hint: t('export.whatBreaksHint'),
    onSelect: () => analysisDockStore.getState().setPanel('diff'),
  },
  { kind: 'separator', id: 'sep1' },
  { kind: 'heading', id: 'h-graph', label: t('export.graphHeading') },
  { id: 'export-png', label: t('export.png'), onSelect: exportPng },
  { id: 'export-svg', label: t('export.svg'), onSelect: exportSvg },
  { kind: 'separator', id: 'sep2' },
  { kind: 'heading', id: 'h-conn', label: t('export.connHeading') },
  { id: 'export-csv', label: t('export.csv'), onSelect: exportCsv },
  { id: 'export-md', label: t('export.md'), onSelect: exportMarkdown },
];

function SaveState() {
  const { t } = useTranslation('ui-menus');
  const status = useWorkspaces((s) => s.saveStatus);
  const quota = useNotices((s) => s.notices.some((n) => n.key === 'storage'));
  const label =
    status === 'error' || quota ? t('save.notSaved') : status === 'pending' ? t('save.saving') : t('save.saved');
  return (
    <span
      className={`save-state save-state--${status === 'error' || quota ? 'error' : status}`}
      data-testid="save-state"
      title={t('save.title')}
    >
      {label}
    </span>
  );
}

function WorkspaceMenu() {
  const { t } = useTranslation('ui-menus');
  const list = useWorkspaces((s) => s.list);
  const activeId = useWorkspaces((s) => s.activeId);
  const active = list.find((w) => w.id === activeId);
  const name = active?.name ?? t('workspace.unsaved');
  const entries: MenuEntry[] = [
    { kind: 'heading', id: 'h-ws', label: t('workspace.heading') },
    ...list.map((w): MenuEntry => ({
      id: `ws-${w.id}`,
      label: w.name,
      isName: true,
      checked: w.id === activeId,
      onSelect: () => void switchWorkspace(w.id),
    })),
    { kind: 'separator', id: 'sep' },
    {
      id: 'ws-new',
      label: t('workspace.new'),
      onSelect: () => openDialog({ kind: 'name', mode: 'new', initial: t('workspace.untitled') }),
    },
    {
      id: 'ws-rename',
      label: t('workspace.rename'),
      disabled: !active,
      onSelect: () => active && openDialog({ kind: 'name', mode: 'rename', id: active.id, initial: active.name }),
    },
    {
      id: 'ws-duplicate',
      label: t('workspace.duplicate'),
      disabled: !active,
      onSelect: () => active && void duplicateWorkspace(active.id),
    },
    {
      id: 'ws-delete',
      label: t('workspace.delete'),
      disabled: !active,
      onSelect: () => active && openDialog({ kind: 'delete', id: active.id, name: active.name }),
    },
  ];
  return (
    <Menu
      label={
        <span className="ws-switcher__name" data-testid="workspace-name">
          <Name>{name}</Name>
        </span>
      }
      ariaLabel={t('workspace.ariaLabel', { name })}
      entries={entries}
      testId="workspace-menu"
      className="ws-switcher"
    />
  );
}

export function HeaderMenus() {
  const { t } = useTranslation('ui-menus');
  return (
    <>
      <div className="header-workspace">
        <WorkspaceMenu />
        <SaveState />
      </div>
      <nav className="app-menu" aria-label={t('actions')}>
        <Menu label={t('import.menu')} entries={importEntries(t)} testId="import-menu" align="right" />
        <Menu label={t('export.menu')} entries={exportEntries(t)} testId="export-menu" align="right" />
        <button
          type="button"
          className="menu-button"
          onClick={copyShareLink}
          data-testid="share-button"
          title={t('share.title')}
        >
          {t('share.label')}
        </button>
        <HelpMenu />
      </nav>
    </>
  );
}
