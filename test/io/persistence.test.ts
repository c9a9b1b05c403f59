import { named } from '../../src/state/named.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAutosaver,
  LocalKv,
  StorageCorruptError,
  StorageQuotaError,
  WorkspaceRepository,
  type Result,
  type WorkspaceData,
} from '../../src/state/persistence/index.ts';
import { FakeStorage } from './fake-storage.ts';

const DATA: WorkspaceData = {
  text: '# shop policies\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop # ünïcode ✓\n',
  layout: { 'ns:shop': { x: 10, y: 20, width: 300, height: 200 }, 'wl:shop/web[Deployment]': { x: 1.5, y: -2 } },
  view: { mode: 'effective', zoom: 1.25 },
};

function value<T>(r: Result<T>): T {
  if (!r.ok) throw r.error;
  return r.value;
}

function setup(quota?: number) {
  const storage = new FakeStorage(quota);
  let n = 0;
  let t = 1000;
  const repo = new WorkspaceRepository(new LocalKv(storage), { newId: () => `id${++n}`, now: () => ++t });
  return { storage, repo };
}

describe('WorkspaceRepository', () => {
  it('starts empty, creates, saves and loads a workspace with text (comments kept), layout and view', async () => {
    const { repo } = setup();
    expect(value(await repo.list())).toEqual([]);
    expect(value(await repo.getActive())).toBeNull();
    const meta = value(await repo.create('Shop'));
    expect(meta).toMatchObject({ id: 'id1', name: 'Shop' });
    expect(value(await repo.getActive())).toBe('id1');
    expect(value(await repo.load('id1')).data).toEqual({ text: '', layout: {}, view: {} });
    expect(value(await repo.save('id1', DATA, 1))).toBe(2);
    expect(value(await repo.load('id1')).data).toEqual(DATA);
    expect(value(await repo.load('id1')).data.text).toContain('# shop policies');
    expect(value(await repo.list())[0].updatedAt).toBeGreaterThan(meta.updatedAt);
  });

  it('lists, renames, duplicates and deletes, keeping names unique', async () => {
    const { repo } = setup();
    value(await repo.create('Shop', DATA));
    value(await repo.create('Shop'));
    expect(value(await repo.list()).map((w) => w.name)).toEqual(['Shop', 'Shop 2']);

    expect(value(await repo.rename('id2', '  Staging  ')).name).toBe('Staging');
    const taken = await repo.rename('id2', 'Shop');
    expect(!taken.ok && taken.error.kind).toBe('invalid-name');
    expect(!taken.ok && taken.error.message).toBe(
      `A workspace named "${named('Shop')}" already exists; choose another name.`,
    );
    const empty = await repo.rename('id2', '   ');
    expect(!empty.ok && empty.error.message).toBe('A workspace needs a name.');

    const copy = value(await repo.duplicate('id1'));
    expect(copy.name).toBe('Copy of Shop');
    expect(value(await repo.load(copy.id)).data).toEqual(DATA);
    expect(value(await repo.getActive())).toBe(copy.id);

    value(await repo.setActive('id1'));
    value(await repo.delete('id1'));
    expect(value(await repo.list()).map((w) => w.name)).toEqual(['Staging', 'Copy of Shop']);
    expect(value(await repo.getActive())).toBe('id2'); // the deleted one was active
    const gone = await repo.load('id1');
    expect(!gone.ok && gone.error.kind).toBe('not-found');
    const missing = await repo.setActive('nope');
    expect(!missing.ok && missing.error.kind).toBe('not-found');
  });

  it('reports a full storage as a StorageQuotaError and keeps the previous save', async () => {
    const { storage, repo } = setup(2_000);
    value(await repo.create('Small', DATA));
    const big: WorkspaceData = { ...DATA, text: DATA.text + '#'.repeat(5_000) };
    const r = await repo.save('id1', big, 1);
    expect(r.ok).toBe(false);
    const error = !r.ok ? r.error : null;
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect(error?.kind).toBe('quota');
    expect(error?.message).toMatch(
      /^Could not save "\u2068Small\u2069": the browser's storage for this site is full \(this needs about \d+ KB\)\. /,
    );
    expect(error?.message).toContain('Your latest changes exist only in this tab');
    expect(value(await repo.load('id1')).data).toEqual(DATA);
    expect(storage.used()).toBeLessThanOrEqual(2_000);
  });

  it('does not list a workspace whose creation did not fit', async () => {
    const { storage, repo } = setup(1_000);
    const r = await repo.create('Huge', { ...DATA, text: 'x'.repeat(2_000) });
    expect(!r.ok && r.error).toBeInstanceOf(StorageQuotaError);
    expect(value(await repo.list())).toEqual([]);
    expect([...storage.items.keys()]).toEqual([]);
  });

  it('gives a clear error for damaged workspace data and leaves it in place', async () => {
    const { storage, repo } = setup();
    value(await repo.create('Shop', DATA));
    storage.items.set('netpol-studio:ws:id1', '{"text": "half a wor');
    const r = await repo.load('id1');
    expect(r.ok).toBe(false);
    const error = !r.ok ? r.error : null;
    expect(error).toBeInstanceOf(StorageCorruptError);
    expect(error?.message).toBe(
      `The saved data of workspace "${named('Shop')}" is damaged and could not be opened (it is not valid JSON). It was left as it is: you can download the raw data or delete the workspace.`,
    );
    expect((error as StorageCorruptError).raw).toBe('{"text": "half a wor');
    expect(storage.items.get('netpol-studio:ws:id1')).toBe('{"text": "half a wor');
    expect(value(await repo.list())).toHaveLength(1); // still listed, so the user can act on it
    const dup = await repo.duplicate('id1');
    expect(!dup.ok && dup.error.kind).toBe('corrupt');
  });

  it('keeps well-formed parts when only the layout is damaged', async () => {
    const { storage, repo } = setup();
    value(await repo.create('Shop'));
    storage.items.set(
      'netpol-studio:ws:id1',
      JSON.stringify({
        version: 1,
        text: 'a: 1 # kept\n',
        layout: { a: { x: 1, y: 2 }, b: 'junk', c: { x: null, y: 1 } },
        view: 7,
      }),
    );
    expect(value(await repo.load('id1')).data).toEqual({
      text: 'a: 1 # kept\n',
      layout: { a: { x: 1, y: 2 } },
      view: {},
    });
  });

  it('refuses to work on a damaged index without destroying it, and can rebuild it', async () => {
    const { storage, repo } = setup();
    value(await repo.create('Shop', DATA));
    value(await repo.create('Lab', { ...DATA, text: '# lab\n' }));
    storage.items.set('netpol-studio:index', '{not json');
    const list = await repo.list();
    expect(!list.ok && list.error).toBeInstanceOf(StorageCorruptError);
    expect(!list.ok && list.error.message).toMatch(
      /^The list of saved workspaces is damaged \(it is not valid JSON\)\. Nothing was deleted/,
    );
    const create = await repo.create('New');
    expect(create.ok).toBe(false);
    expect(storage.items.get('netpol-studio:index')).toBe('{not json');
    // Autosave still protects the data of a workspace the UI has open.
    expect((await repo.save('id1', { ...DATA, text: '# edited\n' }, 1)).ok).toBe(true);

    const recovered = value(await repo.recoverIndex());
    expect(recovered.map((w) => w.id)).toEqual(['id1', 'id2']);
    expect(storage.items.get('netpol-studio:index.damaged')).toBe('{not json');
    expect(value(await repo.load('id1')).data.text).toBe('# edited\n');
    expect(value(await repo.load('id2')).data.text).toBe('# lab\n');
  });

  it('reports storage that the browser blocks', async () => {
    const { storage, repo } = setup();
    storage.blocked = new DOMException('The operation is insecure.', 'SecurityError');
    const r = await repo.list();
    expect(!r.ok && r.error.kind).toBe('unavailable');
    expect(!r.ok && r.error.message).toContain('site data may be blocked');
  });

  it('reports view settings that cannot be stored instead of throwing', async () => {
    const { repo } = setup();
    value(await repo.create('Shop', DATA));
    const view: Record<string, unknown> = {};
    view.self = view;
    const r = await repo.save('id1', { ...DATA, view }, 1);
    expect(!r.ok && r.error.kind).toBe('invalid-data');
    expect(value(await repo.load('id1')).data).toEqual(DATA);
  });

  it('keeps separate app instances apart by prefix', async () => {
    const storage = new FakeStorage();
    const a = new WorkspaceRepository(new LocalKv(storage, 'a'));
    const b = new WorkspaceRepository(new LocalKv(storage, 'b'));
    value(await a.create('A'));
    expect(value(await b.list())).toEqual([]);
  });
});

/** What the app's autosave target does: each save based on the revision the previous one produced. */
function revisionTarget(repo: WorkspaceRepository) {
  const revs = new Map<string, number>();
  return {
    save: async (id: string, data: WorkspaceData) => {
      const r = await repo.save(id, data, revs.get(id) ?? 1);
      if (r.ok) revs.set(id, r.value);
      return r;
    },
  };
}

describe('createAutosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes only the latest data once edits pause', async () => {
    const { repo } = setup();
    value(await repo.create('Shop'));
    const save = vi.spyOn(repo, 'save');
    const results: Result<unknown>[] = [];
    const autosave = createAutosaver(revisionTarget(repo), {
      delayMs: 500,
      maxWaitMs: 10_000,
      onResult: (r) => results.push(r),
    });
    autosave.schedule('id1', { ...DATA, text: 'a' });
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule('id1', { ...DATA, text: 'ab' });
    await vi.advanceTimersByTimeAsync(300);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(1);
    expect(value(await repo.load('id1')).data.text).toBe('ab');
    expect(results).toEqual([{ ok: true, value: 2 }]);
    expect(autosave.unsaved).toEqual([]);
  });

  it('saves about once a second while edits never pause', async () => {
    const { repo } = setup();
    value(await repo.create('Shop'));
    const save = vi.spyOn(repo, 'save');
    const autosave = createAutosaver(revisionTarget(repo), { delayMs: 400, maxWaitMs: 1000 });
    // A keystroke every 200 ms for 2.4 s: the 400 ms pause never comes.
    for (let i = 1; i <= 12; i++) {
      autosave.schedule('id1', { ...DATA, text: 'x'.repeat(i) });
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(save).toHaveBeenCalledTimes(2);
    expect(value(await repo.load('id1')).data.text.length).toBeGreaterThanOrEqual(9);
  });

  it('waits longer between saves of a text of megabytes, and flushes it at once when asked', async () => {
    const { repo } = setup();
    value(await repo.create('Shop'));
    const save = vi.spyOn(repo, 'save').mockResolvedValue({ ok: true, value: 2 });
    const autosave = createAutosaver(revisionTarget(repo), { delayMs: 400, maxWaitMs: 1000 });
    const big = 'x'.repeat(20 * 1_048_576);
    // A keystroke every 500 ms for 9 s: a small text is saved after each pause, this one after 10 s at most.
    for (let i = 1; i <= 18; i++) {
      autosave.schedule('id1', { ...DATA, text: `${big}${i}` });
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    autosave.schedule('id1', { ...DATA, text: `${big}!` });
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1][1].text.endsWith('!')).toBe(true);
    expect(autosave.unsaved).toEqual([]);
  });

  it('passes quota failures to onResult instead of swallowing them', async () => {
    const { repo } = setup(1_500);
    value(await repo.create('Shop'));
    const results: Result<unknown>[] = [];
    const autosave = createAutosaver(revisionTarget(repo), { onResult: (r) => results.push(r) });
    autosave.schedule('id1', { ...DATA, text: 'y'.repeat(3_000) });
    const r = await autosave.flush();
    expect(r && !r.ok && r.error).toBeInstanceOf(StorageQuotaError);
    expect(results).toHaveLength(1);
    expect(await autosave.flush()).toBeNull();
  });

  it('saves the previous workspace before switching to another', async () => {
    const { repo } = setup();
    value(await repo.create('A'));
    value(await repo.create('B'));
    const autosave = createAutosaver(revisionTarget(repo));
    autosave.schedule('id1', { ...DATA, text: 'A edited' });
    autosave.schedule('id2', { ...DATA, text: 'B edited' });
    await vi.advanceTimersByTimeAsync(0);
    expect(value(await repo.load('id1')).data.text).toBe('A edited');
    autosave.cancel();
    await vi.runAllTimersAsync();
    expect(value(await repo.load('id2')).data.text).toBe('');
  });
});
