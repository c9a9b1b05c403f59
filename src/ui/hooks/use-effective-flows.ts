/** The effective view's flows as a React hook (state/effective-view.ts computes and memoises them). */
import { useMemo } from 'react';
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
  return useMemo(() => (view === 'effective' ? flowsOf(caches, text, stale) : null), [view, text, stale, caches]);
}
