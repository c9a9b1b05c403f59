/**
 * What workspaces.ts and workspaces-tabs.ts share: the list store the UI
 * reads, and one object with the open repository, the autosaver and what this
 * tab knows about revisions. One object rather than module variables in each
 * file, so both files see the same values.
 */
import { createStore } from 'zustand/vanilla';
import type {
  Autosaver,
  Result,
  TabMessage,
  WorkspaceData,
  WorkspaceMeta,
  WorkspaceRepository,
} from './persistence/index.ts';
import { appStore } from './store.ts';

/** 'error' also covers a conflict with another tab: in both, edits exist only in this tab. */
export type SaveStatus = 'saved' | 'pending' | 'error';

interface WorkspacesState {
  list: WorkspaceMeta[];
  /** Null while the open workspace could not be stored yet (e.g. storage full on first visit). */
  activeId: string | null;
  saveStatus: SaveStatus;
  /** The saved workspace has been loaded (or the example put in its place): the editor takes input from then on. */
  started: boolean;
}

export const workspacesStore = createStore<WorkspacesState>()(() => ({
  list: [],
  activeId: null,
  saveStatus: 'saved',
  started: false,
}));

function randomTab(): string {
  return `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export const ws = {
  repo: undefined as unknown as WorkspaceRepository,
  autosaver: undefined as unknown as Autosaver,
  /** Autosave target; set by workspaces-tabs.ts (it knows revisions and conflicts). */
  target: undefined as unknown as { save(id: string, data: WorkspaceData): Promise<Result<unknown>> },
  channel: null as { post(message: TabMessage): void } | null,
  /** This page's name in messages to other tabs and in rescue keys. */
  tab: randomTab(),
  /** The revision of each workspace this tab last read or wrote: a save is based on it. */
  revs: new Map<string, number>(),
  /**
   * What that revision holds. Loading a workspace makes the canvas settle its
   * layout, which looks like an edit: a save of exactly this is skipped, so two
   * tabs showing each other's saves do not answer each other for ever.
   */
  stored: new Map<string, WorkspaceData>(),
  /** The workspace whose save conflicted with another tab's, until the person chooses. */
  conflictId: null as string | null,
  /** Set while a workspace is being loaded, so loading it does not count as an edit. */
  loading: false,
  /** Name under which an unsaved workspace is created once storage accepts it. */
  pendingName: 'Example workspace',
  loadText: (async (text: string) => appStore.getState().setText(text, 'load')) as (text: string) => Promise<void>,
  /** Offers text as a file download (the UI provides it; state code has no DOM helpers). */
  saveFile: (() => undefined) as (stem: string, extension: string, text: string) => void,
};

/** This tab has read or written revision `rev` of workspace `id`, holding `data`. */
export function remember(id: string, rev: number, data: WorkspaceData): void {
  ws.revs.set(id, rev);
  ws.stored.set(id, data);
}

export function forget(id: string): void {
  ws.revs.delete(id);
  ws.stored.delete(id);
}
