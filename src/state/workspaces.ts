/**
 * Named workspaces in browser storage: restore on start, autosave, switching,
 * share links opened as new workspaces. The persistence layer does the storage
 * work; this module connects it to the app store and reports every failure to
 * the user through notices (a full storage must never be silent).
 */
import { createStore } from 'zustand/vanilla';
import { notify, noticesStore } from './notices.ts';
import {
  browserStorage,
  createAutosaver,
  WorkspaceRepository,
  type Autosaver,
  type Result,
  type StorageLike,
  type WorkspaceData,
  type WorkspaceMeta,
} from './persistence/index.ts';
import { draftsStore } from './drafts.ts';
import { appStore } from './store.ts';
import { applyLayoutAndView, snapshot } from './workspaces-snapshot.ts';
import { named } from './named.ts';

export type SaveStatus = 'saved' | 'pending' | 'error';

interface WorkspacesState {
  list: WorkspaceMeta[];
  /** Null while the open workspace could not be stored yet (e.g. storage full on first visit). */
  activeId: string | null;
  saveStatus: SaveStatus;
}

export const workspacesStore = createStore<WorkspacesState>()(() => ({
  list: [],
  activeId: null,
  saveStatus: 'saved',
}));

const STORAGE_NOTICE = 'storage';
const EMPTY: WorkspaceData = { text: '', layout: {}, view: {} };

let repo: WorkspaceRepository;
let autosaver: Autosaver;
/** Set while a workspace is being loaded, so loading it does not count as an edit. */
let loading = false;
/** Name under which an unsaved workspace is created once storage accepts it. */
let pendingName = 'Example workspace';

/**
 * Puts text into the editor. The UI replaces it with one that also resets the
 * editor's undo history: Ctrl+Z must not bring back another workspace's text.
 */
let loadText: (text: string) => Promise<void> = async (text) => appStore.getState().setText(text, 'load');

export function configureWorkspaces(options: { loadText: (text: string) => Promise<void> }): void {
  loadText = options.loadText;
}

/**
 * Whether the fragment carries a share payload (`#w=…`, possibly among other
 * parameters). Checked here rather than with model/io's hasSharePayload so the
 * decoder (and its inflate code) loads only when a link is actually opened.
 */
const hasSharePayload = (fragment: string) =>
  fragment
    .replace(/^#/, '')
    .split('&')
    .some((p) => p.startsWith('w='));

/** A Map standing in for storage when the browser blocks it: the session still works. */
function memoryStorage(): StorageLike {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

function report<T>(r: Result<T>): r is { ok: true; value: T } {
  if (!r.ok) notify('error', r.error.message, r.error.kind === 'quota' ? STORAGE_NOTICE : undefined);
  return r.ok;
}

function refreshList(): void {
  const list = repo.list();
  if (list.ok) workspacesStore.setState({ list: list.value });
}

async function apply(data: WorkspaceData): Promise<void> {
  loading = true;
  try {
    await loadText(data.text);
    applyLayoutAndView(data);
  } finally {
    loading = false;
  }
}

/** Autosave target: also creates the workspace when it could not be created before. */
const target = {
  save(id: string, data: WorkspaceData): Result<void> {
    if (id !== '') return repo.save(id, data);
    const created = repo.create(pendingName, data);
    if (!created.ok) return created;
    workspacesStore.setState({ activeId: created.value.id });
    refreshList();
    return { ok: true, value: undefined };
  },
};

/** Whether the last save failed, so the first good one after it can say so. */
let lastSaveFailed = false;

function onSaved(result: Result<void>): void {
  const failedBefore = lastSaveFailed;
  lastSaveFailed = !result.ok;
  if (result.ok) {
    if (failedBefore) notify('success', 'Saved again: your workspace is stored in this browser.');
    noticesStore.getState().dismissKey(STORAGE_NOTICE);
    workspacesStore.setState({ saveStatus: 'saved' });
  } else {
    workspacesStore.setState({ saveStatus: 'error' });
    notify('error', result.error.message, STORAGE_NOTICE);
  }
}

function scheduleSave(): void {
  workspacesStore.setState({ saveStatus: 'pending' });
  autosaver.schedule(workspacesStore.getState().activeId ?? '', snapshot());
}

/** Writes pending edits now (page hidden, switching away). */
export function flushSave(): void {
  autosaver?.flush();
}

/** Restores the last workspace, or on a first visit stores and opens the example. Then opens a share link, if any. */
export async function startWorkspaces(options: { example: string; storage?: StorageLike | null }): Promise<void> {
  let storage = options.storage === undefined ? browserStorage() : options.storage;
  if (!storage) {
    notify(
      'error',
      'This browser does not let the page use its storage, so workspaces are kept only until the tab closes.',
      STORAGE_NOTICE,
    );
    storage = memoryStorage();
  }
  repo = new WorkspaceRepository(storage);
  autosaver = createAutosaver(target, { onResult: onSaved });

  let list = repo.list();
  if (!list.ok && list.error.kind === 'corrupt') {
    // The list is damaged but the workspaces themselves are separate entries: rebuild it
    // from them (the damaged list is kept as a backup) rather than start with nothing.
    const recovered = repo.recoverIndex();
    if (recovered.ok) {
      notify(
        'info',
        `The list of saved workspaces was damaged and has been rebuilt from ${recovered.value.length} saved workspace(s). Nothing was deleted.`,
      );
      list = recovered;
    }
  }
  const active = repo.getActive();
  const id = list.ok && list.value.length > 0 ? (active.ok && active.value) || list.value[0].id : null;
  let restored = false;
  if (id) {
    const data = repo.load(id);
    if (report(data)) {
      workspacesStore.setState({ activeId: id, list: list.ok ? list.value : [] });
      await apply(data.value);
      restored = true;
    }
  } else if (!list.ok) {
    report(list);
  }
  if (!restored) {
    // First visit (or unreadable storage): the built-in example, stored as a workspace when possible.
    await apply({ text: options.example, layout: {}, view: {} });
    pendingName = 'Example workspace';
    if (list.ok && list.value.length === 0) {
      const created = repo.create(pendingName, { text: options.example, layout: {}, view: {} });
      if (created.ok) workspacesStore.setState({ activeId: created.value.id });
      else onSaved(created);
      refreshList();
    }
  }

  appStore.subscribe((s, p) => {
    if (loading) return;
    if (
      s.text !== p.text ||
      s.boxes !== p.boxes ||
      s.manual !== p.manual ||
      s.layoutKey !== p.layoutKey ||
      s.split !== p.split ||
      s.collapseChoices !== p.collapseChoices ||
      s.focus !== p.focus ||
      s.filters !== p.filters
    )
      scheduleSave();
  });
  draftsStore.subscribe((s, p) => {
    if (!loading && s.drafts !== p.drafts) scheduleSave();
  });
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flushSave);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flushSave();
    });
    // A share link pasted into the address bar of an open tab only changes the fragment.
    window.addEventListener('hashchange', () => {
      if (hasSharePayload(location.hash)) void openShareLink(location.hash);
    });
    if (hasSharePayload(location.hash)) await openShareLink(location.hash);
  }
}

/** Opens a `#w=` link as a NEW workspace; a damaged link loads nothing. The fragment is cleared either way. */
export async function openShareLink(fragment: string): Promise<boolean> {
  const { decodeShare } = await import('../model/io/share.ts');
  const decoded = decodeShare(fragment);
  // The payload is in the URL bar: leave it there and a reload would open it again.
  history.replaceState(null, '', location.pathname + location.search);
  if ('error' in decoded) {
    notify('error', `${decoded.error} Nothing was loaded.`, 'share');
    return false;
  }
  flushSave();
  const { workspace } = decoded;
  const name = `${(workspace.name ?? 'Shared workspace').slice(0, 80)} (shared)`;
  // Shared positions are the sender's hand-placed ones: laid over the same automatic layout, they give the same picture.
  const data: WorkspaceData = { text: workspace.text, layout: {}, view: { manual: workspace.layout ?? {} } };
  const created = repo.create(name, data);
  if (!report(created)) return false;
  workspacesStore.setState({ activeId: created.value.id });
  refreshList();
  await apply(data);
  notify(
    'success',
    `Opened the shared link as a new workspace, "${named(created.value.name)}". Your other workspaces are unchanged.`,
  );
  return true;
}

/** The active workspace's name (for file names and share links). */
export function activeName(): string {
  const { list, activeId } = workspacesStore.getState();
  return list.find((w) => w.id === activeId)?.name ?? pendingName;
}

export async function switchWorkspace(id: string): Promise<void> {
  if (id === workspacesStore.getState().activeId) return;
  flushSave();
  const data = repo.load(id);
  if (!report(data)) return;
  report(repo.setActive(id));
  workspacesStore.setState({ activeId: id });
  refreshList();
  await apply(data.value);
}

/** Creates a workspace (empty, or with the given data) and opens it. Returns an error message for the form. */
export async function createWorkspace(name: string, data: WorkspaceData = EMPTY): Promise<string | null> {
  flushSave();
  const created = repo.create(name, data);
  if (!created.ok) return created.error.message;
  workspacesStore.setState({ activeId: created.value.id });
  refreshList();
  await apply(data);
  return null;
}

export function renameWorkspace(id: string, name: string): string | null {
  const r = repo.rename(id, name);
  if (!r.ok) return r.error.message;
  refreshList();
  return null;
}

export async function duplicateWorkspace(id: string): Promise<string | null> {
  flushSave(); // the copy must include edits still waiting for autosave
  const r = repo.duplicate(id);
  if (!r.ok) return r.error.message;
  const data = repo.load(r.value.id);
  workspacesStore.setState({ activeId: r.value.id });
  refreshList();
  if (data.ok) await apply(data.value);
  return null;
}

export async function deleteWorkspace(id: string): Promise<string | null> {
  const wasActive = id === workspacesStore.getState().activeId;
  if (wasActive) autosaver.cancel();
  else flushSave();
  const r = repo.delete(id);
  if (!r.ok) return r.error.message;
  refreshList();
  if (!wasActive) return null;
  const next = workspacesStore.getState().list[0];
  if (next) {
    workspacesStore.setState({ activeId: null });
    await switchWorkspace(next.id);
    return null;
  }
  // The last one went: start over with an empty workspace rather than none.
  return createWorkspace('Untitled workspace');
}
