/** Workspace in and out: import, export, share links. Pure functions for the menus to call. */
export { importFileFromBytes, importFilesAsync } from './import.ts';
export type { ImportError, ImportFile, ImportMode } from './import.ts';
export { connectivityCsv, connectivityMarkdown, exportPolicies, exportPoliciesZip, exportWorkspace } from './export.ts';
export { encodeShare } from './share.ts';
