/** The effective view's flows as a React hook (state/effective-view.ts computes and memoises them). */
import { useMemo, useSyncExternalStore } from 'react';
import type { EffectiveFlow } from '../../model/analysis/effective.ts';
import { flowsOf } from '../../state/effective-view.ts';
import { useEffectiveView, useStore } from './stores.ts';
import { useView } from './use-view.ts';

/** Null in the rules view: the analysis runs only while the effective view is shown. */
export function useEffectiveFlows(): EffectiveFlow[] | null {
  const view = useEffectiveView((s) => s.view);
  const text = useStore((s) => s.parsedText);
  const caches = useStore((s) => s.caches);
  const { stale } = useView();
  // Flows computed by the analysis worker land later (state/effective-memo.ts): re-read them then.
  const landed = useSyncExternalStore(caches.effective.subscribe, caches.effective.getVersion);
  return useMemo(
    () => (view === 'effective' ? flowsOf(caches, text, stale) : null),
    // `landed` is not read inside: it only says the memo has something newer.
    [view, text, stale, caches, landed],
  );
}

/** True while the effective view waits for the analysis worker's flows of a newer text. */
export function useEffectiveUpdating(): boolean {
  const view = useEffectiveView((s) => s.view);
  const caches = useStore((s) => s.caches);
  useSyncExternalStore(caches.effective.subscribe, caches.effective.getVersion);
  return view === 'effective' && caches.effective.updating;
}
