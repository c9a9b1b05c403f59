/** The rule-graph view of the parsed text as a React hook (state/derived.ts computes it). */
import { useSyncExternalStore } from 'react';
import { selectView, type DerivedView } from '../../state/derived.ts';
import { useStore } from './stores.ts';

/** Re-renders when the parsed text changes and when its diagnostics land (they trail the graph). */
export const useView = (): DerivedView => {
  const { view } = useStore((s) => s.caches);
  useSyncExternalStore(view.subscribe, view.getVersion, view.getVersion);
  return useStore(selectView);
};
