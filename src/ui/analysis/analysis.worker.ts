// Parsing, graph derivation, validation and the connectivity analysis of large
// workspaces, off the main thread (issue 10), and the autosave of those
// workspaces, whose text the worker holds already. The logic lives in
// state/backend/server.ts so it runs in Node tests too; this file only hands it
// `self` and the app's IndexedDB.
import type { Answer, Port, WireRequest } from '../../state/backend/protocol.ts';
import { serveAnalysis } from '../../state/backend/server.ts';
import { openIdbKv } from '../../state/persistence/idb-kv.ts';
import { WorkspaceRepository } from '../../state/persistence/repository.ts';

serveAnalysis(self as unknown as Port<WireRequest, Answer>, undefined, async () => {
  const kv = await openIdbKv();
  return kv && new WorkspaceRepository(kv);
});
