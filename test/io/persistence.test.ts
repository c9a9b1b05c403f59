import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAutosaver,
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
  const repo = new WorkspaceRepository(storage, { newId: () => `id${++n}`, now: () => ++t });
  return { storage, repo };
}

describe('WorkspaceRepository', () => {
  it('starts empty, creates, saves and loads a workspace with text (comments kept), layout and view', () => {
    const { repo } = setup();
    expect(value(repo.list())).toEqual([]);
    expect(value(repo.getActive())).toBeNull();
    const meta = value(repo.create('Shop'));
    expect(meta).toMatchObject({ id: 'id1', name: 'Shop' });
    expect(value(repo.getActive())).toBe('id1');
    expect(value(repo.load('id1'))).toEqual({ text: '', layout: {}, view: {} });
    expect(value(repo.save('id1', DATA))).toBeUndefined();
    expect(value(repo.load('id1'))).toEqual(DATA);
    expect(value(repo.load('id1')).text).toContain('# shop policies');
    expect(value(repo.list())[0].updatedAt).toBeGreaterThan(meta.updatedAt);
  });

  it('lists, renames, duplicates and deletes, keeping names unique', () => {
    const { repo } = setup();
    value(repo.create('Shop', DATA));
    value(repo.create('Shop'));
    expect(value(repo.list()).map((w) => w.name)).toEqual(['Shop', 'Shop 2']);

    expect(value(repo.rename('id2', '  Staging  ')).name).toBe('Staging');
    const taken = repo.rename('id2', 'Shop');
    expect(!taken.ok && taken.error.kind).toBe('invalid-name');
    expect(!taken.ok && taken.error.message).toBe('A workspace named "Shop" already exists; choose another name.');
    const empty = repo.rename('id2', '   ');
    expect(!empty.ok && empty.error.message).toBe('A workspace needs a name.');

    const copy = value(repo.duplicate('id1'));
    expect(copy.name).toBe('Copy of Shop');
    expect(value(repo.load(copy.id))).toEqual(DATA);
    expect(value(repo.getActive())).toBe(copy.id);

    value(repo.setActive('id1'));
    value(repo.delete('id1'));
    expect(value(repo.list()).map((w) => w.name)).toEqual(['Staging', 'Copy of Shop']);
    expect(value(repo.getActive())).toBe('id2'); // the deleted one was active
    const gone = repo.load('id1');
    expect(!gone.ok && gone.error.kind).toBe('not-found');
    const missing = repo.setActive('nope');
    expect(!missing.ok && missing.error.kind).toBe('not-found');
  });

  it('reports a full storage as a StorageQuotaError and keeps the previous save', () => {
    const { storage, repo } = setup(2_000);
    value(repo.create('Small', DATA));
    const big: WorkspaceData = { ...DATA, text: DATA.text + '#'.repeat(5_000) };
    const r = repo.save('id1', big);
    expect(r.ok).toBe(false);
    const error = !r.ok ? r.error : null;
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect(error?.kind).toBe('quota');
    expect(error?.message).toMatch(
      /^Could not save "Small": the browser's storage for this site is full \(this needs about \d+ KB\)\. /,
    );
    expect(error?.message).toContain('Your latest changes exist only in this tab');
    expect(value(repo.load('id1'))).toEqual(DATA);
    expect(storage.used()).toBeLessThanOrEqual(2_000);
  });

  it('does not list a workspace whose creation did not fit', () => {
    const { storage, repo } = setup(1_000);
    const r = repo.create('Huge', { ...DATA, text: 'x'.repeat(2_000) });
    expect(!r.ok && r.error).toBeInstanceOf(StorageQuotaError);
    expect(value(repo.list())).toEqual([]);
    expect([...storage.items.keys()]).toEqual([]);
  });

  it('gives a clear error for damaged workspace data and leaves it in place', () => {
    const { storage, repo } = setup();
    value(repo.create('Shop', DATA));
    storage.items.set('netpol-studio:ws:id1', '{"text": "half a wor');
    const r = repo.load('id1');
    expect(r.ok).toBe(false);
    const error = !r.ok ? r.error : null;
    expect(error).toBeInstanceOf(StorageCorruptError);
    expect(error?.message).toBe(
      'The saved data of workspace "Shop" is damaged and could not be opened (it is not valid JSON). It was left as it is: you can download the raw data or delete the workspace.',
    );
    expect((error as StorageCorruptError).raw).toBe('{"text": "half a wor');
    expect(storage.items.get('netpol-studio:ws:id1')).toBe('{"text": "half a wor');
    expect(value(repo.list())).toHaveLength(1); // still listed, so the user can act on it
    const dup = repo.duplicate('id1');
    expect(!dup.ok && dup.error.kind).toBe('corrupt');
  });

  it('keeps well-formed parts when only the layout is damaged', () => {
    const { storage, repo } = setup();
    value(repo.create('Shop'));
    storage.items.set(
      'netpol-studio:ws:id1',
      JSON.stringify({
        version: 1,
        text: 'a: 1 # kept\n',
        layout: { a: { x: 1, y: 2 }, b: 'junk', c: { x: null, y: 1 } },
        view: 7,
      }),
    );
    expect(value(repo.load('id1'))).toEqual({ text: 'a: 1 # kept\n', layout: { a: { x: 1, y: 2 } }, view: {} });
  });

  it('refuses to work on a damaged index without destroying it, and can rebuild it', () => {
    const { storage, repo } = setup();
    value(repo.create('Shop', DATA));
    value(repo.create('Lab', { ...DATA, text: '# lab\n' }));
    storage.items.set('netpol-studio:index', '{not json');
    const list = repo.list();
    expect(!list.ok && list.error).toBeInstanceOf(StorageCorruptError);
    expect(!list.ok && list.error.message).toMatch(
      /^The list of saved workspaces is damaged \(it is not valid JSON\)\. Nothing was deleted/,
    );
    const create = repo.create('New');
    expect(create.ok).toBe(false);
    expect(storage.items.get('netpol-studio:index')).toBe('{not json');
    // Autosave still protects the data of a workspace the UI has open.
    expect(repo.save('id1', { ...DATA, text: '# edited\n' }).ok).toBe(true);

    const recovered = value(repo.recoverIndex());
    expect(recovered.map((w) => w.id)).toEqual(['id1', 'id2']);
    expect(storage.items.get('netpol-studio:index.damaged')).toBe('{not json');
    expect(value(repo.load('id1')).text).toBe('# edited\n');
    expect(value(repo.load('id2')).text).toBe('# lab\n');
  });

  it('reports storage that the browser blocks', () => {
    const { storage, repo } = setup();
    storage.blocked = new DOMException('The operation is insecure.', 'SecurityError');
    const r = repo.list();
    expect(!r.ok && r.error.kind).toBe('unavailable');
    expect(!r.ok && r.error.message).toContain('site data may be blocked');
  });

  it('reports view settings that cannot be stored instead of throwing', () => {
    const { repo } = setup();
    value(repo.create('Shop', DATA));
    const view: Record<string, unknown> = {};
    view.self = view;
    const r = repo.save('id1', { ...DATA, view });
    expect(!r.ok && r.error.kind).toBe('invalid-data');
    expect(value(repo.load('id1'))).toEqual(DATA);
  });

  it('keeps separate app instances apart by prefix', () => {
    const storage = new FakeStorage();
    const a = new WorkspaceRepository(storage, { prefix: 'a' });
    const b = new WorkspaceRepository(storage, { prefix: 'b' });
    value(a.create('A'));
    expect(value(b.list())).toEqual([]);
  });
});

describe('createAutosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes only the latest data once edits pause', () => {
    const { repo } = setup();
    value(repo.create('Shop'));
    const save = vi.spyOn(repo, 'save');
    const results: Result<void>[] = [];
    const autosave = createAutosaver(repo, { delayMs: 500, onResult: (r) => results.push(r) });
    autosave.schedule('id1', { ...DATA, text: 'a' });
    vi.advanceTimersByTime(300);
    autosave.schedule('id1', { ...DATA, text: 'ab' });
    vi.advanceTimersByTime(300);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(save).toHaveBeenCalledTimes(1);
    expect(value(repo.load('id1')).text).toBe('ab');
    expect(results).toEqual([{ ok: true, value: undefined }]);
    expect(autosave.pending).toBe(false);
  });

  it('passes quota failures to onResult instead of swallowing them', () => {
    const { repo } = setup(1_500);
    value(repo.create('Shop'));
    const results: Result<void>[] = [];
    const autosave = createAutosaver(repo, { onResult: (r) => results.push(r) });
    autosave.schedule('id1', { ...DATA, text: 'y'.repeat(3_000) });
    const r = autosave.flush();
    expect(r && !r.ok && r.error).toBeInstanceOf(StorageQuotaError);
    expect(results).toHaveLength(1);
    expect(autosave.flush()).toBeNull();
  });

  it('saves the previous workspace before switching to another', () => {
    const { repo } = setup();
    value(repo.create('A'));
    value(repo.create('B'));
    const autosave = createAutosaver(repo);
    autosave.schedule('id1', { ...DATA, text: 'A edited' });
    autosave.schedule('id2', { ...DATA, text: 'B edited' });
    expect(value(repo.load('id1')).text).toBe('A edited');
    autosave.cancel();
    vi.runAllTimers();
    expect(value(repo.load('id2')).text).toBe('');
  });
});
