/**
 * The live diff and the exposure as React hooks (state/live-analysis.ts computes them, in the worker
 * in the app). Each runs only while something shows it: the diff while its panel is open, the
 * exposure while its panel is open or the workspace is small enough that the cards always carry
 * their markers (a big workspace would keep the worker busy with it after every keystroke).
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { WorkloadExposure } from '../../model/analysis/exposure-view.ts';
import type { LiveDiff } from '../../model/analysis/live-diff.ts';
import { analysisDockStore } from '../../state/analysis-dock.ts';
import { baselineText } from '../../state/baseline-slice.ts';
import { exposureOf, liveDiffOf } from '../../state/live-analysis.ts';
import { bindStore } from './bind-store.ts';
import { useStore } from './stores.ts';
import { useView } from './use-view.ts';

const useDock = bindStore(analysisDockStore);

/**
 * Below this many characters (a few hundred workloads) the cards carry their exposure markers whatever
 * panel is open; above it only while the exposure panel is open, since the exposure of thousands of
 * workloads keeps the worker busy for seconds after each keystroke, ahead of the matrix or the flows.
 */
const EXPOSURE_ALWAYS_BELOW_CHARS = 256 * 1024;

/** The live diff of the baseline and the parsed text while the diff panel is open; else null. */
export function useLiveDiff(): { diff: LiveDiff | null; updating: boolean } {
  const open = useDock((s) => s.panel === 'diff');
  const text = useStore((s) => s.parsedText);
  const base = useStore(baselineText);
  const caches = useStore((s) => s.caches);
  const { stale } = useView();
  const landed = useSyncExternalStore(caches.diff.subscribe, caches.diff.getVersion);
  const diff = useMemo(() => {
    if (!open) return null;
    const backend = caches.backend;
    return caches.diff.value(
      [base, text],
      stale,
      () => liveDiffOf(base, text, caches),
      backend && ((done) => backend.diff(base, text, done)),
    );
    // `landed`: a diff from the worker came; re-read the memo.
  }, [open, base, text, stale, caches, landed]);
  return { diff, updating: open && caches.diff.updating };
}

/** The exposure of the parsed text's workloads (null while it is not shown or not computed yet). */
export function useExposure(): { exposure: WorkloadExposure[] | null; updating: boolean } {
  const text = useStore((s) => s.parsedText);
  const open = useDock((s) => s.panel === 'exposure');
  const wanted = open || text.length < EXPOSURE_ALWAYS_BELOW_CHARS;
  const caches = useStore((s) => s.caches);
  const { stale } = useView();
  const landed = useSyncExternalStore(caches.exposure.subscribe, caches.exposure.getVersion);
  const exposure = useMemo(() => {
    if (!wanted) return null;
    const backend = caches.backend;
    return caches.exposure.value(
      [text],
      stale,
      () => exposureOf(text, caches),
      backend && ((done) => backend.exposure(text, done)),
    );
  }, [wanted, text, stale, caches, landed]);
  return { exposure, updating: wanted && caches.exposure.updating };
}

/** Whether the exposure panel is open (the canvas then links exposed workloads to an "unknown peers" card). */
export function useExposurePanelOpen(): boolean {
  return useDock((s) => s.panel === 'exposure');
}
