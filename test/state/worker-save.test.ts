/**
 * Big workspaces are saved by the analysis worker, which holds their text
 * already (port-backend.ts `save`): only a change of the text crosses, and the
 * write's structured clone of the whole text costs the worker, not the page.
 * Here the worker's side and the page's side talk over a real MessageChannel,
 * with one repository in memory standing for the IndexedDB both would open.
 * What users rely on: the saved text is exactly the page's, whatever was sent
 * before it; a save based on an old revision is refused with the same
 * sentence as on the page; whatever the worker does not save, the page is told
 * to save itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { PortBackend } from '../../src/state/backend/port-backend.ts';
import type { Answer, Port, WireRequest } from '../../src/state/backend/protocol.ts';
import { serveAnalysis, type OpenSaver } from '../../src/state/backend/server.ts';
import { LocalKv, WorkspaceRepository, type Result, type WorkspaceData } from '../../src/state/persistence/index.ts';
import { SHOP } from '../sync/fixtures.ts';
import { FakeStorage } from '../io/fake-storage.ts';

const open: MessagePort[] = [];
afterEach(() => {
  for (const p of open.splice(0)) p.close();
});

function value<T>(r: Result<T> | undefined): T {
  if (!r) throw new Error('not saved by the worker');
  if (!r.ok) throw r.error;
  return r.value;
}

/** The worker on one end of a channel, the page's backend on the other; `types` logs what reached the worker. */
function connect(openSaver: OpenSaver | undefined, fromChars = 1) {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  const types: string[] = [];
  port2.on('message', (r: WireRequest) => types.push(r.type));
  serveAnalysis(port2 as unknown as Port<WireRequest, Answer>, undefined, openSaver);
  return { backend: new PortBackend(port1 as unknown as Port<Answer, WireRequest>, fromChars), types };
}

async function withWorkspace() {
  const repo = new WorkspaceRepository(new LocalKv(new FakeStorage()));
  const id = value(await repo.create('Shop', { text: SHOP, layout: {}, view: {} })).id;
  return { repo, id };
}

const data = (text: string, x = 0): WorkspaceData => ({
  text,
  layout: { 'ns:shop': { x, y: 2 } },
  view: { split: 0.4 },
});
const noHandlers = { onGraph: () => undefined, onDiagnostics: () => undefined };
/** Resolves once the worker has had time to take every message sent so far (a round trip through it). */
const settled = (backend: PortBackend) => new Promise<void>((resolve) => backend.matrix(SHOP, () => resolve()));

describe('saving through the analysis worker', () => {
  it('writes exactly the page’s text, layout and view, also when the text crossed as a change of another', async () => {
    const { repo, id } = await withWorkspace();
    const { backend } = connect(async () => repo);
    // The worker analysed SHOP, then an edit of it: the save of that edit crosses as no change at all.
    const edited = SHOP.replace('port: 8080', 'port: 8443');
    backend.analyse(SHOP, noHandlers);
    backend.analyse(edited, noHandlers);
    await settled(backend);
    expect(value(await backend.save(id, data(edited, 5), 1))).toBe(2);
    expect(value(await repo.load(id))).toEqual({ data: data(edited, 5), rev: 2 });

    // A save of a text other than the one analysed last (typing went on meanwhile): crosses as a change too.
    const older = `${SHOP}# a comment typed at the end — 日本語\n`;
    expect(value(await backend.save(id, data(older, 7), 2))).toBe(3);
    expect(value(await repo.load(id))).toEqual({ data: data(older, 7), rev: 3 });

    // And the analysis after it still reads the text it was sent (the two share one text stream).
    const flows = await new Promise<unknown[]>((resolve) => backend.effective(edited, resolve));
    expect(flows.length).toBeGreaterThan(0);
    expect(value(await backend.save(id, data(edited), 3))).toBe(4);
    expect(value(await repo.load(id)).data.text).toBe(edited);
  });

  it('refuses a save based on an old revision with the page’s own sentence, and writes nothing', async () => {
    const { repo, id } = await withWorkspace();
    const { backend } = connect(async () => repo);
    value(await repo.save(id, data(`${SHOP}# saved by another tab\n`), 1));

    const mine = data(`${SHOP}# mine\n`);
    const refused = await backend.save(id, mine, 1);
    const onPage = await repo.save(id, mine, 1);
    expect(refused?.ok).toBe(false);
    expect(onPage.ok).toBe(false);
    if (refused?.ok !== false || onPage.ok) return;
    expect(refused.error.kind).toBe('conflict');
    expect(refused.error.message).toBe(onPage.error.message);
    expect(refused.error.message).toContain('Shop');
    expect(value(await repo.load(id)).data.text).toBe(`${SHOP}# saved by another tab\n`);
  });

  it('leaves to the page what the worker does not save: small texts, a worker without storage, a dead worker', async () => {
    const { repo, id } = await withWorkspace();

    // A text below the backend's size is analysed on the page: the worker may not hold it.
    const small = connect(async () => repo, SHOP.length + 1);
    expect(await small.backend.save(id, data(SHOP), 1)).toBeUndefined();
    expect(small.types).not.toContain('save');

    // The worker could not open storage.
    const bare = connect(async () => null);
    expect(await bare.backend.save(id, data(SHOP), 1)).toBeUndefined();
    const broken = connect(() => Promise.reject(new Error('no IndexedDB in this worker')));
    expect(await broken.backend.save(id, data(SHOP), 1)).toBeUndefined();

    // The worker died with a save unanswered, and saves after that.
    const never = connect(() => new Promise(() => undefined));
    const pending = never.backend.save(id, data(SHOP), 1);
    never.backend.fail();
    expect(await pending).toBeUndefined();
    expect(await never.backend.save(id, data(SHOP), 1)).toBeUndefined();
    expect(value(await repo.load(id)).rev).toBe(1);
  });
});
