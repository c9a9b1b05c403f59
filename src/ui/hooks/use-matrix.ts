/** The connectivity matrix as a React hook (state/matrix-memo.ts computes it, in the worker in the app). */
import { useMemo, useSyncExternalStore } from 'react';
import type { ConnectivityMatrix } from '../../model/analysis/matrix.ts';
import { useStore } from './stores.ts';
import { useView } from './use-view.ts';

/** The matrix of the parsed text (the last good one while it does not parse); null until the first lands. */
export function useMatrix(): { matrix: ConnectivityMatrix | null; updating: boolean } {
  const text = useStore((s) => s.parsedText);
  const caches = useStore((s) => s.caches);
  const { stale } = useView();
  // A matrix from the worker lands later: re-read the memo then (`landed` is only that signal).
  const landed = useSyncExternalStore(caches.matrix.subscribe, caches.matrix.getVersion);
  const matrix = useMemo(
    () => caches.matrix.matrix(text, stale, caches, caches.backend),
    [text, stale, caches, landed],
  );
  return { matrix, updating: caches.matrix.updating };
}
