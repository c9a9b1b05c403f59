/**
 * Choosing the live diff's baseline from outside the store: a named workspace is read from storage
 * (as last saved), a pasted or imported version is taken as it is. A workspace that cannot be read
 * is reported like every storage failure (workspaces.ts `report`) and the baseline stays.
 */
import { report } from './workspaces.ts';
import { ws, workspacesStore } from './workspaces-context.ts';
import { appStore } from './store.ts';

/** Makes the stored workspace `id` the baseline; false when it could not be read. */
export async function compareWithWorkspace(id: string): Promise<boolean> {
  const loaded = await ws.repo.load(id);
  if (!report(loaded)) return false;
  const name = workspacesStore.getState().list.find((w) => w.id === id)?.name ?? id;
  appStore.getState().setBaseline({ kind: 'workspace', id, name, text: loaded.value.data.text });
  return true;
}

/** Makes `text` (pasted, or read from the file `name`) the baseline. */
export function compareWithText(text: string, name = ''): void {
  appStore.getState().setBaseline({ kind: 'pasted', name, text });
}

/** Back to the text as it was when opened or loaded. */
export function compareWithOpened(): void {
  appStore.getState().setBaseline({ kind: 'opened' });
}

/** The open workspace's last export; stays on the text as opened when there has been none. */
export function compareWithLastExport(): void {
  const s = appStore.getState();
  if (s.lastExport) s.setBaseline({ kind: 'export' });
}
