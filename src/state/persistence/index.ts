/** Saved workspaces in browser storage: framework-free, so the zustand store (or anything) can call it. */
export { WorkspaceRepository } from './repository.ts';
export { createAutosaver, type Autosaver } from './autosave.ts';
export { browserStorage, type StorageLike } from './storage.ts';
export { LocalKv } from './kv.ts';
export { openWorkspaceStore } from './open.ts';
export { openTabChannel, type TabMessage } from './tabs.ts';
export { reactToRemoteSave, rescueAction, sameData } from './revisions.ts';
export { SaveConflictError, StorageCorruptError, StorageQuotaError, type Result } from './errors.ts';
export type { WorkspaceData, WorkspaceMeta } from './types.ts';
