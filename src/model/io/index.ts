/** Workspace in and out: import, export, share links. Pure functions for the menus to call. */
export { importFiles, importFilesAsync } from './import.ts';
export type {
  ImportCancelled,
  ImportError,
  ImportFile,
  ImportMode,
  ImportOptions,
  ImportResult,
  ImportSummary,
} from './import.ts';
export { connectivityCsv, connectivityMarkdown, exportPolicies, exportPoliciesZip, exportWorkspace } from './export.ts';
export type { ConnectivityRow, ExportedPolicy, PolicyExport, PolicyZip, SkippedDocument } from './export.ts';
export { decodeShare, encodeShare, hasSharePayload, MAX_SHARE_BYTES, SHARE_FORMAT_VERSION } from './share.ts';
export type { LayoutPosition, SharedWorkspace, ShareDecodeResult } from './share.ts';
