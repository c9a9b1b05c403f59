/**
 * Named workspaces in browser storage: restore on start, autosave, switching,
 * share links opened as new workspaces. The persistence layer does the storage
 * work; this module connects it to the app store and reports every failure to
 * the user through notices (a full storage must never be silent). What other
 * tabs do (their saves, conflicts with them, edits left by a closed tab) is
 * handled in workspaces-tabs.ts.
 */
import { message } from './message.ts';
import { notify, noticesStore, type NoticeAction } from './notices.ts';
import {
  browserStorage,
  createAutosaver,
  LocalKv,
  openWorkspaceStore,
  StorageCorruptError,
  WorkspaceRepository,
  type Result,
  type StorageLike,
  type WorkspaceData,
} from './persistence/index.ts';
import { draftsStore } from './drafts.ts';
import { appStore } from './store.ts';
import { applyLayoutAndView, snapshot } from './workspaces-snapshot.ts';
import { named } from './named.ts';
import { forget, remember, ws } from './workspaces-context.ts';
import { connectTabs, keepUnsavedAsCopy, onSaveResult } from './workspaces-tabs.ts';

import { workspacesStore } from './workspaces-context.ts';

export { workspacesStore };

const EMPTY: WorkspaceData = { text: '', layout: {}, view: {} };

/**
 * Puts text into the editor, and saves files. The UI replaces these: loading
 * also resets the editor's undo history (Ctrl+Z must not bring back another
 * workspace's text), saving goes through a download.
 */
export function configureWorkspaces(options: {
  loadText: (text: string) => Promise<void>;
  saveFile?: (stem: string, extension: string, text: string) => void;
}): void {
  ws.loadText = options.loadText;
  if (options.saveFile) ws.saveFile = options.saveFile;
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
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    get length() {
      return m.size;
    },
    key: (i) => [...m.keys()][i] ?? null,
  };
}

/** Shows a failure; damaged data comes with a way to take it out of the browser. */
export function report<T>(r: Result<T>): r is { ok: true; value: T } {
  if (r.ok) return true;
  const actions: NoticeAction[] = [];
  const error = r.error;
  if (error instanceof StorageCorruptError) {
    actions.push({
      id: 'download-raw',
      label: message('state:workspace.downloadRaw'),
      run: () => ws.saveFile(`${error.key}-raw-data`, 'txt', error.raw),
    });
  }
  notify('error', error.message, error.kind === 'quota' ? 'storage' : undefined, actions);
  return false;
}

export async function refreshList(): Promise<void> {
  const list = await ws.repo.list();
  if (list.ok) workspacesStore.setState({ list: list.value });
}

export async function apply(data: WorkspaceData): Promise<void> {
  ws.loading = true;
  try {
    await ws.loadText(data.text);
    applyLayoutAndView(data);
  } finally {
    ws.loading = false;
  }
}

/** Opens a stored workspace in the app at the revision it was read at. */
function openLoaded(id: string, data: WorkspaceData, rev: number): Promise<void> {
  remember(id, rev, data);
  workspacesStore.setState({ activeId: id });
  return apply(data);
}

function scheduleSave(): void {
  workspacesStore.setState({ saveStatus: 'pending' });
  ws.autosaver.schedule(workspacesStore.getState().activeId ?? '', snapshot());
}

/** Writes pending edits now (page hidden, switching away). */
export function flushSave(): Promise<unknown> {
  return ws.autosaver?.flush() ?? Promise.resolve();
}

/** Which store to use: IndexedDB when it opens (localStorage workspaces moved in), else localStorage, else memory. */
async function openRepository(storage: StorageLike | null | undefined): Promise<void> {
  const local = storage === undefined ? browserStorage() : storage;
  const opened = storage === undefined ? await openWorkspaceStore(local) : local ? { kv: new LocalKv(local) } : null;
  if (!opened) {
    notify('error', message('state:workspace.noStorage'), 'storage');
  }
  ws.repo = new WorkspaceRepository(opened?.kv ?? new LocalKv(memoryStorage(), 'netpol-studio', 'memory'));
  if (opened?.rebuilt !== undefined) notifyRebuilt(opened.rebuilt);
}

function notifyRebuilt(n: number): void {
  notify('info', message('state:workspace.listRebuilt', { count: n }));
}

/** Restores the last workspace, or on a first visit stores and opens the example. Then opens a share link, if any. */
export async function startWorkspaces(options: { example: string; storage?: StorageLike | null }): Promise<void> {
  await openRepository(options.storage);
  ws.autosaver = createAutosaver({ save: (id, data) => ws.target.save(id, data) }, { onResult: onSaveResult });
  await connectTabs();

  let list = await ws.repo.list();
  if (!list.ok && list.error.kind === 'corrupt') {
    // The list is damaged but the workspaces themselves are separate entries: rebuild it
    // from them (the damaged list is kept as a backup) rather than start with nothing.
    const recovered = await ws.repo.recoverIndex();
    if (recovered.ok) {
      notifyRebuilt(recovered.value.length);
      list = recovered;
    }
  }
  const active = await ws.repo.getActive();
  const id = list.ok && list.value.length > 0 ? (active.ok && active.value) || list.value[0].id : null;
  let restored = false;
  if (id) {
    const stored = await ws.repo.load(id);
    if (report(stored)) {
      workspacesStore.setState({ list: list.ok ? list.value : [] });
      await openLoaded(id, stored.value.data, stored.value.rev);
      restored = true;
    }
  } else if (!list.ok) {
    report(list);
  }
  if (!restored) {
    // First visit (or unreadable storage): the built-in example, stored as a workspace when possible.
    const example = { text: options.example, layout: {}, view: {} };
    await apply(example);
    ws.pendingName = 'Example workspace';
    if (list.ok && list.value.length === 0) {
      const created = await ws.repo.create(ws.pendingName, example);
      if (created.ok) {
        remember(created.value.id, 1, example);
        workspacesStore.setState({ activeId: created.value.id });
      } else onSaveResult(created, '');
      await refreshList();
    }
  }
  watchEdits();
  if (typeof window !== 'undefined') {
    // A share link pasted into the address bar of an open tab only changes the fragment.
    window.addEventListener('hashchange', () => {
      if (hasSharePayload(location.hash)) void openShareLink(location.hash);
    });
    if (hasSharePayload(location.hash)) await openShareLink(location.hash);
  }
}

function watchEdits(): void {
  appStore.subscribe((s, p) => {
    if (ws.loading) return;
    if (
      s.text !== p.text ||
      s.boxes !== p.boxes ||
      s.manual !== p.manual ||
      s.layoutKey !== p.layoutKey ||
      s.split !== p.split ||
      s.collapseChoices !== p.collapseChoices ||
      s.focus !== p.focus ||
      s.filters !== p.filters ||
      s.lastExport !== p.lastExport
    )
      scheduleSave();
  });
  draftsStore.subscribe((s, p) => {
    if (!ws.loading && s.drafts !== p.drafts) scheduleSave();
  });
}

/** Opens a `#w=` link as a NEW workspace; a damaged link loads nothing. The fragment is cleared either way. */
export async function openShareLink(fragment: string): Promise<boolean> {
  const { decodeShare } = await import('../model/io/share.ts');
  const decoded = decodeShare(fragment);
  // The payload is in the URL bar: leave it there and a reload would open it again.
  history.replaceState(null, '', location.pathname + location.search);
  if ('error' in decoded) {
    notify('error', message('state:workspace.shareDamaged', { reason: decoded.error }), 'share');
    return false;
  }
  await leaveActive();
  const { workspace } = decoded;
  const name = `${(workspace.name ?? 'Shared workspace').slice(0, 80)} (shared)`;
  // Shared positions are the sender's hand-placed ones: laid over the same automatic layout, they give the same picture.
  const data: WorkspaceData = { text: workspace.text, layout: {}, view: { manual: workspace.layout ?? {} } };
  const created = await ws.repo.create(name, data);
  if (!report(created)) return false;
  await listChanged();
  await openLoaded(created.value.id, data, 1);
  notify('success', message('state:workspace.shareOpened', { name: named(created.value.name) }));
  return true;
}

/** The active workspace's name (for file names and share links). */
export function activeName(): string {
  const { list, activeId } = workspacesStore.getState();
  return list.find((w) => w.id === activeId)?.name ?? ws.pendingName;
}

/** Before another workspace opens: unsaved edits are written, or kept as a copy when they conflict. */
async function leaveActive(): Promise<void> {
  if (ws.conflictId !== null) await keepUnsavedAsCopy(false);
  await flushSave();
}

/** The list changed here: show it, and tell the other tabs. */
export async function listChanged(): Promise<void> {
  await refreshList();
  ws.channel?.post({ type: 'list', from: ws.tab });
}

export async function switchWorkspace(id: string): Promise<void> {
  if (id === workspacesStore.getState().activeId) return;
  await leaveActive();
  const stored = await ws.repo.load(id);
  if (!report(stored)) return;
  report(await ws.repo.setActive(id));
  await refreshList();
  await openLoaded(id, stored.value.data, stored.value.rev);
}

/** Creates a workspace (empty, or with the given data) and opens it. Returns an error message for the form. */
export async function createWorkspace(name: string, data: WorkspaceData = EMPTY): Promise<string | null> {
  await leaveActive();
  const created = await ws.repo.create(name, data);
  if (!created.ok) return created.error.message;
  await listChanged();
  await openLoaded(created.value.id, data, 1);
  return null;
}

export async function renameWorkspace(id: string, name: string): Promise<string | null> {
  const r = await ws.repo.rename(id, name);
  if (!r.ok) return r.error.message;
  await listChanged();
  return null;
}

export async function duplicateWorkspace(id: string): Promise<string | null> {
  await leaveActive(); // the copy must include edits still waiting for autosave
  const r = await ws.repo.duplicate(id);
  if (!r.ok) return r.error.message;
  const stored = await ws.repo.load(r.value.id);
  await listChanged();
  if (stored.ok) await openLoaded(r.value.id, stored.value.data, stored.value.rev);
  return null;
}

export async function deleteWorkspace(id: string): Promise<string | null> {
  const wasActive = id === workspacesStore.getState().activeId;
  if (wasActive) {
    ws.autosaver.cancel(id);
    ws.conflictId = null;
    noticesStore.getState().dismissKey('conflict');
  } else await flushSave();
  const r = await ws.repo.delete(id);
  if (!r.ok) return r.error.message;
  forget(id);
  await listChanged();
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

/** The text of the open workspace as a file, for when it cannot be stored. */
export function downloadUnsaved(): void {
  ws.saveFile(`${activeName()}-unsaved`, 'yaml', appStore.getState().text);
}
