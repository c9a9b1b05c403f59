/**
 * Issue 12, "nothing lost, nothing injected": two tabs on one workspace. Every
 * save names the revision it was based on; a save based on an old revision is
 * refused, and the tab that made it is the one that chooses what to keep.
 */
import { named } from '../../src/state/named.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkSave,
  reactToRemoteSave,
  rescueAction,
  sameLayout,
  saveDelay,
} from '../../src/state/persistence/revisions.ts';
import {
  LocalKv,
  SaveConflictError,
  StorageQuotaError,
  WorkspaceRepository,
  type Result,
  type WorkspaceData,
} from '../../src/state/persistence/index.ts';
import { FakeStorage } from './fake-storage.ts';

const data = (text: string): WorkspaceData => ({ text, layout: {}, view: {} });

function value<T>(r: Result<T>): T {
  if (!r.ok) throw r.error;
  return r.value;
}

describe('checkSave', () => {
  it('writes the next revision only when the stored one is the base', () => {
    expect(checkSave(3, 3)).toEqual({ kind: 'write', rev: 4 });
    expect(checkSave(4, 3)).toEqual({ kind: 'conflict', stored: 4 });
    // A stored revision lower than the base (storage restored from a backup) is not ours either.
    expect(checkSave(2, 3)).toEqual({ kind: 'conflict', stored: 2 });
    expect(checkSave(undefined, 3)).toEqual({ kind: 'missing' });
  });
});

describe('reactToRemoteSave', () => {
  it('shows a newer save when nothing is unsaved here, asks when something is, ignores old news', () => {
    expect(reactToRemoteSave({ rev: 2, dirty: false }, 3)).toBe('reload');
    expect(reactToRemoteSave({ rev: 2, dirty: true }, 3)).toBe('conflict');
    expect(reactToRemoteSave({ rev: 3, dirty: true }, 3)).toBe('ignore');
    expect(reactToRemoteSave({ rev: 5, dirty: false }, 4)).toBe('ignore');
  });
});

describe('rescueAction', () => {
  it('drops edits already stored, applies edits based on what is stored, keeps the rest as a copy', () => {
    const mine = data('a: 1\n# mine\n');
    expect(rescueAction({ base: 2, data: mine }, { rev: 3, data: mine })).toBe('drop');
    expect(rescueAction({ base: 3, data: mine }, { rev: 3, data: data('a: 1\n') })).toBe('apply');
    expect(rescueAction({ base: 2, data: mine }, { rev: 3, data: data('a: 1\n# theirs\n') })).toBe('copy');
    expect(rescueAction({ base: 2, data: mine }, null)).toBe('copy');
    // Same text, other positions: not the same data.
    const moved = { ...mine, layout: { n: { x: 1, y: 2 } } };
    expect(rescueAction({ base: 3, data: moved }, { rev: 3, data: mine })).toBe('apply');
  });
});

describe('sameLayout', () => {
  /** The layout as sorted JSON: what "the same stored layout" means. */
  const canonical = (l: Record<string, object>) =>
    JSON.stringify(
      Object.keys(l)
        .sort()
        .map((k) => [k, l[k]]),
    );
  const box = fc.record(
    { x: fc.integer({ min: -3, max: 3 }), y: fc.integer({ min: -3, max: 3 }), width: fc.constantFrom(160, 200) },
    { requiredKeys: ['x', 'y'] },
  );
  const layout = fc.dictionary(fc.constantFrom('wl:a', 'wl:b', 'ns:c', 'cidr:d', 'toString'), box);

  it('is true exactly when both hold the same boxes for the same ids, in any order (fast-check)', () => {
    fc.assert(
      fc.property(layout, layout, (a, b) => {
        expect(sameLayout(a, b)).toBe(canonical(a) === canonical(b));
        // A copy with its keys in another order is the same layout.
        const reordered = Object.fromEntries(Object.entries(a).reverse());
        expect(sameLayout(a, reordered)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('tells a moved box, a missing box and an extra box apart from the stored layout', () => {
    const stored = { 'wl:a': { x: 1, y: 2 }, 'wl:b': { x: 3, y: 4, width: 160 } };
    expect(sameLayout(stored, { ...stored, 'wl:a': { x: 1, y: 3 } })).toBe(false);
    expect(sameLayout(stored, { 'wl:a': { x: 1, y: 2 } })).toBe(false);
    expect(sameLayout(stored, { ...stored, 'wl:c': { x: 0, y: 0 } })).toBe(false);
    expect(sameLayout(stored, { 'wl:b': { x: 3, y: 4, width: 160 }, 'wl:a': { x: 1, y: 2 } })).toBe(true);
  });
});

describe('saveDelay', () => {
  it('waits for a pause, but never past the longest wait since the first unsaved edit', () => {
    expect(saveDelay(1000, 1000, 400, 1000)).toBe(400);
    expect(saveDelay(1700, 1000, 400, 1000)).toBe(300);
    expect(saveDelay(2500, 1000, 400, 1000)).toBe(0);
  });
});

/** Two tabs: two repositories on one storage, each knowing the revision it last read. */
async function twoTabs() {
  const storage = new FakeStorage();
  let n = 0;
  const open = () => new WorkspaceRepository(new LocalKv(storage), { newId: () => `id${++n}` });
  const a = open();
  const b = open();
  value(await a.create('Shop', data('kind: Namespace\n')));
  return { storage, a, b };
}

describe('two tabs on one workspace', () => {
  it('refuses a save based on a revision another tab has saved over, and keeps the other save', async () => {
    const { a, b } = await twoTabs();
    const seenByA = value(await a.load('id1')).rev;
    const seenByB = value(await b.load('id1')).rev;
    expect(seenByA).toBe(1);
    // A types a line and saves.
    expect(value(await a.save('id1', data('kind: Namespace\n# typed in A\n'), seenByA))).toBe(2);
    // B, still at revision 1, saves only a new layout.
    const late = await b.save('id1', { ...data('kind: Namespace\n'), layout: { n: { x: 5, y: 5 } } }, seenByB);
    expect(!late.ok && late.error).toBeInstanceOf(SaveConflictError);
    expect(!late.ok && late.error.message).toContain('changed in another tab');
    expect(!late.ok && (late.error as SaveConflictError).stored).toBe(2);
    expect(value(await b.load('id1')).data.text).toBe('kind: Namespace\n# typed in A\n');
  });

  it('lets the later tab save once it has read the newer revision ("reload theirs")', async () => {
    const { a, b } = await twoTabs();
    value(await a.save('id1', data('x: 1\n'), 1));
    const theirs = value(await b.load('id1'));
    expect(value(await b.save('id1', data('x: 1\ny: 2\n'), theirs.rev))).toBe(3);
    const stale = await a.save('id1', data('x: 1\nz: 3\n'), 2);
    expect(!stale.ok && stale.error.kind).toBe('conflict');
  });

  it('"keep mine as a copy" leaves the other save where it was', async () => {
    const { a, b } = await twoTabs();
    value(await a.save('id1', data('theirs\n'), 1));
    const copy = value(await b.create('Shop (my copy)', data('mine\n'), true));
    expect(value(await b.load(copy.id))).toEqual({ data: data('mine\n'), rev: 1 });
    expect(value(await b.load('id1')).data.text).toBe('theirs\n');
    expect(value(await a.list()).map((w) => w.name)).toEqual(['Shop', 'Shop (my copy)']);
  });

  it('reads workspaces saved before revisions existed as revision 0', async () => {
    const storage = new FakeStorage();
    storage.items.set(
      'netpol-studio:index',
      JSON.stringify({
        version: 1,
        active: 'old',
        workspaces: [{ id: 'old', name: 'Old', createdAt: 1, updatedAt: 1 }],
      }),
    );
    storage.items.set('netpol-studio:ws:old', JSON.stringify({ version: 1, text: 'old: 1\n', layout: {}, view: {} }));
    const repo = new WorkspaceRepository(new LocalKv(storage));
    expect(value(await repo.load('old'))).toEqual({ data: data('old: 1\n'), rev: 0 });
    expect(value(await repo.save('old', data('old: 2\n'), 0))).toBe(1);
  });

  it('keeps edits rescued as a tab closed, with the revision they were based on', async () => {
    const { a } = await twoTabs();
    a.rescue('id1', 'tab-1', 1, data('typed just before closing\n'));
    const rescues = value(await a.rescues());
    expect(rescues).toEqual([
      { key: 'rescue:id1:tab-1', id: 'id1', base: 1, data: data('typed just before closing\n') },
    ]);
    value(await a.removeKeys(['rescue:id1:tab-1']));
    expect(value(await a.rescues())).toEqual([]);
  });
});

describe('quota messages', () => {
  it('a new workspace (e.g. a share link) that does not fit says nothing was changed, not that edits are only in this tab', async () => {
    const storage = new FakeStorage(1_000);
    const repo = new WorkspaceRepository(new LocalKv(storage));
    const r = await repo.create('Big link (shared)', data('x'.repeat(5_000)));
    expect(!r.ok && r.error).toBeInstanceOf(StorageQuotaError);
    const message = !r.ok ? r.error.message : '';
    expect(message).toContain(`Could not store the new workspace "${named('Big link (shared)')}"`);
    expect(message).toContain('Nothing was changed');
    expect(message).not.toContain('exist only in this tab');
  });
});
