/**
 * The name a card shows. For peers the graph names in English ("all pods in shop", "anywhere"), the
 * same name in the card's language, said from what the node's id says (model/graph stays free of
 * i18n; the CLI and the ids keep the English). For a workload, its name without the hashes its controller
 * generated, when its labels prove they are generated. A Deployment's pods are
 * named `<deployment>-<pod-template-hash>-<5 random>`, its ReplicaSets
 * `<deployment>-<pod-template-hash>`; a Job's pods `<job>-<5 random>`. Cut
 * names kept the hash and lost the part that says what the workload is
 * ("recommendationservice-5f8c…"). The inspector and the tooltip keep the
 * full name; only the card shortens it.
 */
import { parseNodeId } from '../../../model/graph/ids.ts';
import type { GraphNode } from '../../../model/graph/types.ts';
import type { CardWord, SayCardWord } from '../geometry/sizes.ts';

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

type Said = [CardWord, Record<string, string>?];

/**
 * The card word for a peer node's name, with its arguments; undefined for nodes named by the
 * workspace (workloads, namespaces, inferred selectors, CIDRs). Each English word is the graph's label.
 */
function peerName(node: GraphNode): Said | undefined {
  const parts = parseNodeId(node.id);
  switch (parts?.kind) {
    case 'namespace-pods':
      return ['nameAllPodsIn', { namespace: parts.namespace }];
    case 'selected-pods': {
      const { namespaceSelector: namespaces, podSelector: pods } = parts;
      if (pods === '')
        return namespaces === '' ? ['nameAllPodsEverywhere'] : ['nameAllPodsInNamespaces', { namespaces }];
      return namespaces === '' ? ['namePodsEverywhere', { pods }] : ['namePodsInNamespaces', { pods, namespaces }];
    }
    case 'all-namespaces':
      return ['nameAllNamespaces'];
    case 'anywhere':
      return ['nameAnywhere'];
    case 'ingress-controller':
      return ['nameIngressController'];
    default:
      return undefined;
  }
}

/**
 * What a card calls `node` (see above) in English, the graph's own words: card sizes are computed
 * from it, whatever the language. Only workloads have generated names.
 */
export function displayName(node: GraphNode): string {
  return node.kind === 'workload' ? withoutGeneratedHash(node.label, node.detail, node.labels) : node.label;
}

/** What a card calls `node`, in the language of `say` (the card's own name line). */
export function cardName(node: GraphNode, say: SayCardWord): string {
  const said = peerName(node);
  return said ? say(...said) : displayName(node);
}

/** The whole name, a workload's generated hashes included, in the language of `say` (the card's tooltip). */
export function fullName(node: GraphNode, say: SayCardWord): string {
  const said = peerName(node);
  return said ? say(...said) : node.label;
}
