/**
 * The name a card shows: a workload's name without the hashes its controller
 * generated, when its labels prove they are generated. A Deployment's pods are
 * named `<deployment>-<pod-template-hash>-<5 random>`, its ReplicaSets
 * `<deployment>-<pod-template-hash>`; a Job's pods `<job>-<5 random>`. Cut
 * names kept the hash and lost the part that says what the workload is
 * ("recommendationservice-5f8c…"). The inspector and the tooltip keep the
 * full name; only the card shortens it.
 */
import type { GraphNode } from '../../../model/graph/types.ts';

/** The random suffix the API server appends to `generateName`. */
const POD_SUFFIX = /^[bcdfghjklmnpqrstvwxz2-9]{5}$/;

/** `name` minus a generated suffix that `labels` vouch for; `name` itself otherwise. */
export function withoutGeneratedHash(
  name: string,
  kind: string | undefined,
  labels: Record<string, string> = {},
): string {
  const hash = labels['pod-template-hash'];
  if (hash && (kind === 'Pod' || kind === 'ReplicaSet')) {
    if (kind === 'ReplicaSet' && name.endsWith(`-${hash}`) && name.length > hash.length + 1)
      return name.slice(0, -(hash.length + 1));
    if (kind === 'Pod') {
      const cut = name.lastIndexOf('-');
      const suffix = name.slice(cut + 1);
      const stem = name.slice(0, cut);
      if (cut > 0 && POD_SUFFIX.test(suffix) && stem.endsWith(`-${hash}`) && stem.length > hash.length + 1)
        return stem.slice(0, -(hash.length + 1));
    }
  }
  const job = labels['job-name'] ?? labels['batch.kubernetes.io/job-name'];
  if (kind === 'Pod' && job && name.startsWith(`${job}-`) && POD_SUFFIX.test(name.slice(job.length + 1))) return job;
  return name;
}

/** What a card calls `node` (see above); only workloads have generated names. */
export function displayName(node: GraphNode): string {
  return node.kind === 'workload' ? withoutGeneratedHash(node.label, node.detail, node.labels) : node.label;
}
