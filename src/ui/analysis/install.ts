/**
 * Gives the app's store its analysis worker (state/backend/port-backend.ts):
 * from here on texts above OFFLOAD_FROM_CHARS are parsed and analysed there.
 * Imported by the app entry only (main.tsx), so src/state never creates a
 * Worker and tests keep analysing in process.
 */
import { PortBackend } from '../../state/backend/port-backend.ts';
import type { Answer, Port, WireRequest } from '../../state/backend/protocol.ts';
import { appStore } from '../../state/store.ts';
import AnalysisWorker from './analysis.worker.ts?worker';

function installAnalysisWorker(): void {
  if (typeof Worker === 'undefined') return;
  let worker: Worker;
  try {
    worker = new AnalysisWorker();
  } catch (err) {
    console.warn('No analysis worker; large workspaces are analysed on the page', err);
    return;
  }
  const backend = new PortBackend(worker as unknown as Port<Answer, WireRequest>);
  worker.addEventListener('error', (event) => {
    console.warn('The analysis worker failed; analysing on the page from now on', event.message);
    event.preventDefault();
    worker.terminate();
    backend.fail();
  });
  appStore.getState().caches.backend = backend;
}

installAnalysisWorker();
