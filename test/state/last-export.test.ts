/**
 * The live diff's "last export" baseline (state/baseline-slice.ts): an export of manifests becomes a
 * baseline the person can pick; before any export there is none to pick; it belongs to the workspace
 * it was exported from (saved with it, back when that workspace opens again, gone in one that never
 * exported), and what is read back from storage is checked.
 */
import { describe, expect, it } from 'vitest';
import { compareWithLastExport } from '../../src/state/baseline-choice.ts';
import { baselineText, lastExportFrom, type LastExport } from '../../src/state/baseline-slice.ts';
import { appStore, createAppStore } from '../../src/state/store.ts';
import {
  configureWorkspaces,
  createWorkspace,
  flushSave,
  startWorkspaces,
  switchWorkspace,
  workspacesStore,
} from '../../src/state/workspaces.ts';
import { SAVED_EXPORT_MAX, snapshot } from '../../src/state/workspaces-snapshot.ts';
import { FakeStorage } from '../io/fake-storage.ts';

const exported = (text: string): LastExport => ({ text, at: Date.UTC(2026, 10, 30, 1, 2), what: 'policies' });

describe('last export baseline (slice)', () => {
  it('compares with the text recorded at the last export, not with later typing', () => {
    const store = createAppStore();
    store.getState().setText('a: 1\n', 'load');
    store.getState().recordExport(exported('a: 2\n'));
    store.getState().setBaseline({ kind: 'export' });
    store.getState().setText('a: 3\n', 'editor');
    expect(baselineText(store.getState())).toBe('a: 2\n');
    // A later export moves the baseline with it.
    store.getState().recordExport(exported('a: 3\n'));
    expect(baselineText(store.getState())).toBe('a: 3\n');
  });

  it('goes back to the text as opened when the workspace opened next has no export', () => {
    const store = createAppStore();
    store.getState().setText('a: 1\n', 'load');
    store.getState().recordExport(exported('a: 2\n'));
    store.getState().setBaseline({ kind: 'export' });
    store.getState().restoreLastExport(exported('b: 2\n'));
    expect(store.getState().baseline).toEqual({ kind: 'export' });
    expect(baselineText(store.getState())).toBe('b: 2\n');
    store.getState().setText('c: 1\n', 'load');
    store.getState().restoreLastExport(null);
    expect(store.getState().baseline).toEqual({ kind: 'opened' });
    expect(baselineText(store.getState())).toBe('c: 1\n');
  });

  it('reads back only a well-formed saved export', () => {
    const good = exported('x: 1\n');
    expect(lastExportFrom(JSON.parse(JSON.stringify(good)))).toEqual(good);
    for (const bad of [null, 'x', 3, {}, { ...good, text: 1 }, { ...good, at: 'now' }, { ...good, what: 'png' }])
      expect(lastExportFrom(bad)).toBeNull();
  });
});

describe('last export baseline (workspaces)', () => {
  it('is saved with its workspace and comes back with it; another workspace has none', async () => {
    configureWorkspaces({ loadText: async (text) => appStore.getState().setText(text, 'load') });
    await startWorkspaces({ example: 'kind: Namespace\nmetadata: {name: a}\n', storage: new FakeStorage() });
    const first = workspacesStore.getState().activeId!;
    // Nothing exported yet: picking the last export leaves the text as opened.
    compareWithLastExport();
    expect(appStore.getState().baseline).toEqual({ kind: 'opened' });

    appStore.getState().recordExport(exported('kind: Namespace\nmetadata: {name: exported}\n'));
    compareWithLastExport();
    expect(appStore.getState().baseline).toEqual({ kind: 'export' });
    await flushSave();

    expect(await createWorkspace('second')).toBeNull();
    expect(appStore.getState().lastExport).toBeNull();
    expect(appStore.getState().baseline).toEqual({ kind: 'opened' });

    await switchWorkspace(first);
    expect(appStore.getState().lastExport?.text).toBe('kind: Namespace\nmetadata: {name: exported}\n');
    compareWithLastExport();
    expect(baselineText(appStore.getState())).toBe('kind: Namespace\nmetadata: {name: exported}\n');
  });
});

describe('last export baseline (saved size)', () => {
  it('is saved up to a size, beyond which it stays in the tab only (the text itself must fit)', () => {
    appStore.getState().recordExport(exported('x'.repeat(SAVED_EXPORT_MAX)));
    expect(snapshot().view.lastExport).toMatchObject({ what: 'policies' });
    appStore.getState().recordExport(exported('x'.repeat(SAVED_EXPORT_MAX + 1)));
    expect(snapshot().view.lastExport).toBeUndefined();
    expect(appStore.getState().lastExport?.text.length).toBe(SAVED_EXPORT_MAX + 1);
  });
});
