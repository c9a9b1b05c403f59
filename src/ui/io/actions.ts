/**
 * What the Import / Export / Share menus do. The export code (zip, policy
 * export, connectivity analysis, image rendering, share encoding) loads on
 * first use, keeping it out of the entry chunk the graph waits for.
 */
import { openDialog } from './io-ui.ts';

const exports = () => import('./export-actions.ts');
type ExportActions = Awaited<ReturnType<typeof exports>>;
const run = (pick: (m: ExportActions) => unknown) => () => void exports().then(pick);

export const exportWorkspaceYaml = run((m) => m.exportWorkspaceYaml());
export const exportPoliciesYaml = run((m) => m.exportPoliciesYaml());
export const exportPoliciesAsZip = run((m) => m.exportPoliciesAsZip());
export const copyWorkspaceYaml = run((m) => m.copyWorkspaceYaml());
export const exportPng = run((m) => m.exportPng());
export const exportSvg = run((m) => m.exportSvg());
export const exportCsv = run((m) => m.exportCsv());
export const exportMarkdown = run((m) => m.exportMarkdown());
export const copyShareLink = run((m) => m.copyShareLink());

/** The hidden <input type=file> of the Open action, rendered once by IoLayer. */
let openInput: HTMLInputElement | null = null;
export const registerOpenInput = (el: HTMLInputElement | null) => void (openInput = el);
/** Synchronous: a file chooser only opens from within the user's click. */
export const openFiles = () => openInput?.click();

export const openInventory = () => openDialog({ kind: 'inventory' });
export const openTemplates = () => openDialog({ kind: 'templates' });
