/**
 * TEST-ONLY hook for benchmarks and e2e specs (bench/sync.browser.bench.ts):
 * `window.__netpolStudioState` gives page scripts the store and the graph's
 * edit path without scraping the DOM. Nothing in the app reads it. The
 * editor's own hook (`window.__netpolStudio`, YamlEditor.tsx) covers Monaco.
 *
 * Only test builds (`vite build --mode test`, see vite.config.ts) install it: in a
 * production build `import.meta.env.VITE_TEST_HOOKS` is the constant `false` and
 * the block below, hook name included, is dropped (test/dist checks dist/).
 */
import type { PolicyEdit } from '../model/edits/index.ts';
import { commitEdits, type CommitOutcome } from './commit.ts';
import { selectView, type DerivedView } from './derived.ts';
import { appStore } from './store.ts';

export interface StateTestHook {
  store: typeof appStore;
  /** What a canvas gesture does: one PolicyEdit through commit.ts. */
  commit: (edit: PolicyEdit) => CommitOutcome;
  /** The derived view of the current parsed text. */
  view: () => DerivedView;
}

declare global {
  interface Window {
    __netpolStudioState?: StateTestHook;
  }
}

if (import.meta.env.VITE_TEST_HOOKS && typeof window !== 'undefined') {
  window.__netpolStudioState = {
    store: appStore,
    commit: (edit) => commitEdits(edit),
    view: () => selectView(appStore.getState()),
  };
}
