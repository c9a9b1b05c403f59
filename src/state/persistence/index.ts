/** Saved workspaces in browser storage: framework-free, so the zustand store (or anything) can call it. */
export { WorkspaceRepository, type RepositoryOptions } from './repository.ts';
export { createAutosaver, type Autosaver, type AutosaveOptions, type AutosaveTarget } from './autosave.ts';
export { browserStorage, type StorageLike } from './storage.ts';
export {
  isQuotaError,
  PersistenceError,
  StorageCorruptError,
  StorageQuotaError,
  type PersistenceErrorKind,
  type Result,
} from './errors.ts';
export type { StoredBox, WorkspaceData, WorkspaceMeta } from './types.ts';
