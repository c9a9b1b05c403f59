/** The header's workspace switcher and its Import / Export / Share actions. */
import { duplicateWorkspace, switchWorkspace } from '../../state/workspaces.ts';
import { openDialog } from '../io/io-ui.ts';
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

const importEntries: MenuEntry[] = [
  { id: 'open-files', label: 'Open files…', hint: '.yaml .yml .json', onSelect: openFiles },
  { id: 'inventory', label: 'Cluster inventory…', hint: 'kubectl output', onSelect: openInventory },
  { id: 'templates', label: 'Templates…', hint: 'policy gallery', onSelect: openTemplates },
  { kind: 'separator', id: 'sep' },
  { kind: 'heading', id: 'tip', label: 'Tip: drop files or a folder anywhere, or paste into the editor' },
];

const exportEntries: MenuEntry[] = [
  { kind: 'heading', id: 'h-yaml', label: 'YAML' },
  { id: 'export-workspace', label: 'Workspace (.yaml)', hint: 'everything, as written', onSelect: exportWorkspaceYaml },
  {
    id: 'export-policies',
    label: 'NetworkPolicies only (.yaml)',
    hint: 'kubectl apply -f',
    onSelect: exportPoliciesYaml,
  },
  { id: 'export-zip', label: 'NetworkPolicies as .zip', hint: 'one file per policy', onSelect: exportPoliciesAsZip },
  { id: 'copy-yaml', label: 'Copy workspace YAML', hint: 'clipboard', onSelect: copyWorkspaceYaml },
  { kind: 'separator', id: 'sep1' },
  { kind: 'heading', id: 'h-graph', label: 'Graph' },
  { id: 'export-png', label: 'Graph as PNG', onSelect: exportPng },
  { id: 'export-svg', label: 'Graph as SVG', onSelect: exportSvg },
  { kind: 'separator', id: 'sep2' },
  { kind: 'heading', id: 'h-conn', label: 'Who can reach whom' },
  { id: 'export-csv', label: 'Connectivity list (.csv)', onSelect: exportCsv },
  { id: 'export-md', label: 'Connectivity list (.md)', onSelect: exportMarkdown },
];

function SaveState() {
  const status = useWorkspaces((s) => s.saveStatus);
  const quota = useNotices((s) => s.notices.some((n) => n.key === 'storage'));
  const label = status === 'error' || quota ? 'Not saved' : status === 'pending' ? 'Saving…' : 'Saved';
  return (
    <span
      className={`save-state save-state--${status === 'error' || quota ? 'error' : status}`}
      data-testid="save-state"
      title="Workspaces are saved in this browser (IndexedDB, or localStorage where that is unavailable)"
    >
      {label}
    </span>
  );
}

function WorkspaceMenu() {
  const list = useWorkspaces((s) => s.list);
  const activeId = useWorkspaces((s) => s.activeId);
  const active = list.find((w) => w.id === activeId);
  const name = active?.name ?? 'Unsaved workspace';
  const entries: MenuEntry[] = [
    { kind: 'heading', id: 'h-ws', label: 'Workspaces in this browser' },
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
      label: 'New workspace…',
      onSelect: () => openDialog({ kind: 'name', mode: 'new', initial: 'Untitled workspace' }),
    },
    {
      id: 'ws-rename',
      label: 'Rename…',
      disabled: !active,
      onSelect: () => active && openDialog({ kind: 'name', mode: 'rename', id: active.id, initial: active.name }),
    },
    {
      id: 'ws-duplicate',
      label: 'Duplicate',
      disabled: !active,
      onSelect: () => active && void duplicateWorkspace(active.id),
    },
    {
      id: 'ws-delete',
      label: 'Delete…',
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
      ariaLabel={`Workspace: ${name}`}
      entries={entries}
      testId="workspace-menu"
      className="ws-switcher"
    />
  );
}

export function HeaderMenus() {
  return (
    <>
      <div className="header-workspace">
        <WorkspaceMenu />
        <SaveState />
      </div>
      <nav className="app-menu" aria-label="Workspace actions">
        <Menu label="Import" entries={importEntries} testId="import-menu" align="right" />
        <Menu label="Export" entries={exportEntries} testId="export-menu" align="right" />
        <button
          type="button"
          className="menu-button"
          onClick={copyShareLink}
          data-testid="share-button"
          title="Copy a link that opens this workspace (it travels inside the link)"
        >
          Share
        </button>
        <HelpMenu />
      </nav>
    </>
  );
}
