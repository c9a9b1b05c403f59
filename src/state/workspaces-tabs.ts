/**
 * The workspace open here and the rest of the world: saves based on the
 * revision this tab last saw, other tabs' saves and list changes shown live,
 * a conflicting save turned into a choice for the person (reload theirs, keep
 * mine as a copy), edits rescued as the page goes away, and a `beforeunload`
 * warning while edits exist only in this tab.
 */
import { message } from './message.ts';
import { named } from './named.ts';
import { noticesStore, notify } from './notices.ts';
import {
  openTabChannel,
  reactToRemoteSave,
  rescueAction,
  SaveConflictError,
  sameData,
  type Result,
  type TabMessage,
  type WorkspaceData,
} from './persistence/index.ts';
import { appStore } from './store.ts';
import { forget, remember, ws, workspacesStore } from './workspaces-context.ts';
import { snapshot } from './workspaces-snapshot.ts';
import { apply, downloadUnsaved, flushSave, listChanged, refreshList, report } from './workspaces.ts';

const CONFLICT_NOTICE = 'conflict';
const STORAGE_NOTICE = 'storage';

const nameOf = (id: string) => workspacesStore.getState().list.find((w) => w.id === id)?.name ?? 'Untitled workspace';
const activeId = () => workspacesStore.getState().activeId;
const rescueKey = (id: string) => `rescue:${id}:${ws.tab}`;

/** Whether the last save failed, so the first good one after it can say so. */
let lastSaveFailed = false;
/** Rescue records this page wrote (dropped again once a normal save got through). */
const rescued = new Set<string>();

/** Whether `data` differs from what this tab knows is stored for `id`. */
function changed(id: string, data: WorkspaceData): boolean {
  const stored = ws.stored.get(id);
  return !stored || !sameData(stored, data);
}

/** Edits of `id` waiting here that are not in storage yet. */
function hasUnsaved(id: string): boolean {
  return ws.conflictId === id || ws.autosaver.unsaved.some((u) => u.id === id && changed(id, u.data));
}

/** Autosave target: a save based on the revision this tab knows; creates the workspace when it had none yet. */
async function save(id: string, data: WorkspaceData): Promise<Result<unknown>> {
  if (id === '') {
    const created = await ws.repo.create(ws.pendingName, data);
    if (!created.ok) return created;
    remember(created.value.id, 1, data);
    workspacesStore.setState({ activeId: created.value.id });
    await listChanged();
    return created;
  }
  // Waiting for the person's choice: nothing is written over the other tab's save.
  if (ws.conflictId === id) return { ok: false, error: new SaveConflictError(`"${named(nameOf(id))}"`, -1) };
  if (!changed(id, data)) return { ok: true, value: ws.revs.get(id) };
  const r = await write(id, data, ws.revs.get(id) ?? 0);
  if (r.ok) {
    remember(id, r.value, data);
    ws.channel?.post({ type: 'saved', id, rev: r.value, from: ws.tab });
    if (rescued.delete(rescueKey(id))) void ws.repo.removeKeys([rescueKey(id)]);
  } else if (r.error.kind === 'conflict' && id !== activeId()) {
    // Edits of a workspace this tab already left: no one is there to choose, so keep them beside theirs.
    return keepAsCopy(id, data);
  }
  return r;
}

/**
 * A big text is saved by the analysis worker, which holds it already: the write's structured clone of the
 * whole text (a 264–452 ms task for a 22 MB kubectl List on this machine) then costs the worker, not the
 * page the person types in. Only with IndexedDB, which the worker opens too; anything the worker does not
 * save, the page saves.
 */
async function write(id: string, data: WorkspaceData, base: number): Promise<Result<number>> {
  const backend = appStore.getState().caches.backend;
  const byWorker = ws.repo.kv.kind === 'indexeddb' ? await backend?.save?.(id, data, base) : undefined;
  return byWorker ?? ws.repo.save(id, data, base);
}

async function keepAsCopy(id: string, data: WorkspaceData): Promise<Result<unknown>> {
  const created = await ws.repo.create(`${nameOf(id)} (my copy)`, data, false);
  if (!created.ok) return created;
  await listChanged();
  notify('info', message('state:tabs.keptAsCopy', { name: named(nameOf(id)), copy: named(created.value.name) }));
  return created;
}

export function onSaveResult(result: Result<unknown>, id: string): void {
  const failedBefore = lastSaveFailed;
  if (result.ok) {
    lastSaveFailed = false;
    if (failedBefore) notify('success', message('state:tabs.savedAgain'));
    noticesStore.getState().dismissKey(STORAGE_NOTICE);
    if (ws.conflictId === null)
      workspacesStore.setState({ saveStatus: ws.autosaver.unsaved.length > 0 ? 'pending' : 'saved' });
    return;
  }
  const error = result.error;
  if (error.kind === 'conflict' && id === activeId()) return enterConflict(id);
  if (error.kind === 'not-found' && id !== '' && id === activeId()) return void deletedElsewhere(id, nameOf(id));
  lastSaveFailed = true;
  workspacesStore.setState({ saveStatus: 'error' });
  notify('error', error.message, STORAGE_NOTICE, [
    { id: 'download-unsaved', label: message('state:tabs.downloadUnsaved'), run: downloadUnsaved },
  ]);
}

function enterConflict(id: string): void {
  ws.conflictId = id;
  workspacesStore.setState({ saveStatus: 'error' });
  notify('error', message('state:tabs.conflict', { name: named(nameOf(id)) }), CONFLICT_NOTICE, [
    { id: 'reload-theirs', label: message('state:tabs.reloadTheirs'), run: () => void reloadTheirs() },
    { id: 'keep-mine', label: message('state:tabs.keepMine'), run: () => void keepUnsavedAsCopy(true) },
    { id: 'download-unsaved', label: message('state:tabs.downloadMine'), run: downloadUnsaved },
  ]);
}

function leaveConflict(): void {
  ws.conflictId = null;
  noticesStore.getState().dismissKey(CONFLICT_NOTICE);
  workspacesStore.setState({ saveStatus: 'saved' });
}

/** Drops queued saves of `id` and waits for one in progress, so no late answer reopens the conflict. */
async function settleWrites(id: string): Promise<void> {
  ws.autosaver.cancel(id);
  await ws.autosaver.flush();
}

/** Conflict choice: drop the edits here and show what the other tab saved. */
async function reloadTheirs(): Promise<void> {
  const id = ws.conflictId;
  if (id === null) return;
  await settleWrites(id);
  const stored = await ws.repo.load(id);
  if (!report(stored)) return;
  leaveConflict();
  remember(id, stored.value.rev, stored.value.data);
  await apply(stored.value.data);
}

/** Conflict choice: the edits here become a new workspace (opened when `open`); the other tab's save stays. */
export async function keepUnsavedAsCopy(open: boolean): Promise<void> {
  const id = ws.conflictId;
  if (id === null) return;
  const mine = snapshot(); // the conflicting workspace is the one on screen
  await settleWrites(id);
  const created = await ws.repo.create(`${nameOf(id)} (my copy)`, mine, open);
  if (!report(created)) return;
  leaveConflict();
  remember(created.value.id, 1, mine);
  if (open) workspacesStore.setState({ activeId: created.value.id });
  await listChanged();
  notify('success', message('state:tabs.keptMine', { copy: named(created.value.name), name: named(nameOf(id)) }));
}

/** The open workspace is gone from the list: keep what is on screen, as a new workspace once edited. */
function deletedElsewhere(id: string, name: string): void {
  const unsaved = hasUnsaved(id);
  ws.autosaver.cancel(id);
  forget(id);
  if (ws.conflictId === id) leaveConflict();
  ws.pendingName = `${name} (restored)`;
  workspacesStore.setState({ activeId: null });
  notify(
    'info',
    unsaved
      ? message('state:tabs.deletedKeeping', { name: named(name), copy: named(ws.pendingName) })
      : message('state:tabs.deleted', { name: named(name) }),
  );
  if (unsaved) ws.autosaver.schedule('', snapshot());
}

async function onMessage(m: TabMessage): Promise<void> {
  if (m.type === 'list') {
    const id = activeId();
    const name = id === null ? '' : nameOf(id);
    await refreshList();
    if (id !== null && id === activeId() && !workspacesStore.getState().list.some((w) => w.id === id))
      deletedElsewhere(id, name);
    return;
  }
  if (m.id !== activeId()) return;
  const reaction = reactToRemoteSave({ rev: ws.revs.get(m.id) ?? 0, dirty: hasUnsaved(m.id) }, m.rev);
  if (reaction === 'conflict') return enterConflict(m.id);
  if (reaction === 'ignore') return;
  const stored = await ws.repo.load(m.id);
  if (!stored.ok || m.id !== activeId() || stored.value.rev <= (ws.revs.get(m.id) ?? 0)) return;
  // Typed while it was being read: these edits are based on the old revision.
  if (hasUnsaved(m.id)) return enterConflict(m.id);
  ws.autosaver.cancel(m.id); // only layout settling, already in storage (hasUnsaved said so)
  remember(m.id, stored.value.rev, stored.value.data);
  await apply(stored.value.data);
  notify('info', message('state:tabs.updated'), 'remote');
}

/** Edits left by tabs that closed before their last save finished: applied, or kept as a copy. */
async function settleRescues(): Promise<void> {
  const rescues = await ws.repo.rescues();
  if (!rescues.ok) return;
  const names = await ws.repo.list();
  for (const r of rescues.value) {
    const current = await ws.repo.load(r.id);
    if (!current.ok && current.error.kind !== 'not-found') continue; // damaged: decide later, lose nothing
    const action = rescueAction(r, current.ok ? current.value : null);
    if (action === 'apply' && !(await ws.repo.save(r.id, r.data, r.base)).ok) continue;
    if (action === 'copy') {
      const name = (names.ok && names.value.find((w) => w.id === r.id)?.name) || 'Workspace';
      const created = await ws.repo.create(`${name} (unsaved edits from a closed tab)`, r.data, false);
      if (!created.ok) continue;
      notify('info', message('state:tabs.rescued', { name: named(created.value.name) }));
    }
    await ws.repo.removeKeys([r.key]);
  }
}

/** As the page goes away: everything unsaved is written at once, without waiting for a callback. */
function rescueUnsaved(): void {
  const unsaved = [...ws.autosaver.unsaved];
  if (ws.conflictId !== null) unsaved.push({ id: ws.conflictId, data: snapshot() });
  for (const u of unsaved) {
    if (u.id === '') continue;
    rescued.add(ws.repo.rescue(u.id, ws.tab, ws.revs.get(u.id) ?? 0, u.data));
  }
  void flushSave();
}

export async function connectTabs(): Promise<void> {
  ws.target = { save };
  ws.channel = openTabChannel(ws.tab, (m) => void onMessage(m));
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', rescueUnsaved);
    // Back from the back/forward cache: this page lives on, its rescue records are not needed.
    window.addEventListener('pageshow', (e) => {
      if (!e.persisted || rescued.size === 0) return;
      const keys = [...rescued];
      rescued.clear();
      void ws.repo.removeKeys(keys);
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void flushSave();
    });
    window.addEventListener('beforeunload', (e) => {
      if (workspacesStore.getState().saveStatus !== 'error') return;
      e.preventDefault();
      e.returnValue = ''; // older browsers show the warning only when this is set
    });
  }
  await settleRescues();
}
