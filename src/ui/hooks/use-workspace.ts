/**
 * The parsed Workspace of the text the view shows, for panels that read objects the graph does not
 * carry (the cluster-scoped policies a node's flows can be written into). The store's own reader
 * parses it: the text it already read for the graph costs nothing again.
 */
import { useMemo } from 'react';
import { workspaceOf } from '../../state/analyse.ts';
import type { Workspace } from '../../model/types.ts';
import { useStore } from './stores.ts';

export function useWorkspace(): Workspace {
  const parsedText = useStore((s) => s.parsedText);
  const caches = useStore((s) => s.caches);
  return useMemo(() => workspaceOf(parsedText, caches), [parsedText, caches]);
}
