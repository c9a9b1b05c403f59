/**
 * The parsed Workspace of the text the view shows, for panels that read the cluster-scoped policies
 * (the graph does not carry them whole): the inspector's list of those selecting a node, the
 * Allow-traffic dialog's "Write into". Read on the page, so only when the view counts some: in a
 * large workspace the worker analyses the text and the page's own reader is cold, and parsing a
 * megabyte here held the page for seconds on every keystroke while a node was selected. Without
 * cluster policies every question these panels ask answers "none", so `undefined` says as much.
 */
import { useMemo } from 'react';
import { workspaceOf } from '../../state/analyse.ts';
import type { Workspace } from '../../model/types.ts';
import { useStore } from './stores.ts';
import { useView } from './use-view.ts';

export function useClusterPolicyWorkspace(): Workspace | undefined {
  const parsedText = useStore((s) => s.parsedText);
  const caches = useStore((s) => s.caches);
  const some = useView().counts.clusterPolicies > 0;
  return useMemo(() => (some ? workspaceOf(parsedText, caches) : undefined), [some, parsedText, caches]);
}
