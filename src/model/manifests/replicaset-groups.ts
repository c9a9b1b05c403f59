/**
 * Folding ReplicaSets into their Deployment (the `groupReplicaSets` option of
 * the workspace builder). A Deployment runs its Pods through a ReplicaSet
 * named `<deployment>-<pod-template-hash>`; a Pod's controller ownerReference
 * names that ReplicaSet, so read literally (as netpol-analyzer does) every
 * Deployment shows up a second time as `frontend-6d4b9c7f8[ReplicaSet]`.
 * People think of the Deployment, so the app draws the Deployment.
 *
 * A Pod owned by ReplicaSet R belongs to Deployment D when
 * - R is in the workspace and its controller ownerReference is Deployment D, or
 * - R is not in the workspace (the usual `kubectl get deploy,pods` dump), the
 *   Pod's `pod-template-hash` label is h, R is `D-h`, and Deployment D is in
 *   the same namespace.
 * Otherwise the Pod stays the workload of its ReplicaSet.
 */
import type { Document, YAMLMap } from 'yaml';
import { DEFAULT_NAMESPACE } from './kinds.ts';
import { controllerOwner, type ObjectEntry } from './objects.ts';
import { asMap, get, str } from './yaml-read.ts';

/** The label the Deployment controller puts on a ReplicaSet's pod template and its Pods. */
export const POD_TEMPLATE_HASH = 'pod-template-hash';

const key = (namespace: string, name: string): string => `${namespace}\0${name}`;

export class ReplicaSetGroups {
  /** `ns \0 name` of every Deployment object. */
  private readonly deployments = new Set<string>();
  /** `ns \0 ReplicaSet name` → the name of its controller, `undefined` when that is no Deployment. */
  private readonly replicaSets = new Map<string, string | undefined>();

  /** Learns the Deployments and ReplicaSets among one document's objects. */
  add(doc: Document, objects: readonly ObjectEntry[]): void {
    for (const o of objects) {
      if (!o.known || o.known.reader !== 'workload' || !o.name) continue;
      const namespace = o.namespace ?? DEFAULT_NAMESPACE;
      if (o.kind === 'Deployment') this.deployments.add(key(namespace, o.name));
      else if (o.kind === 'ReplicaSet') {
        const owner = controllerOwner(doc, o.metadata);
        this.replicaSets.set(key(namespace, o.name), owner?.kind === 'Deployment' ? owner.name : undefined);
      }
    }
  }

  /** The Deployment a ReplicaSet object belongs to (then it is no workload of its own). */
  deploymentOfReplicaSet(doc: Document, o: ObjectEntry): string | undefined {
    const owner = controllerOwner(doc, o.metadata);
    return owner?.kind === 'Deployment' ? owner.name : undefined;
  }

  /** The Deployment a Pod owned by ReplicaSet `replicaSet` belongs to, or `undefined`. */
  deploymentOfPod(doc: Document, o: ObjectEntry, replicaSet: string): string | undefined {
    const namespace = o.namespace ?? DEFAULT_NAMESPACE;
    const rsKey = key(namespace, replicaSet);
    // A ReplicaSet in the workspace speaks for itself, even when its owner is no Deployment.
    if (this.replicaSets.has(rsKey)) return this.replicaSets.get(rsKey);
    const hash = podTemplateHash(doc, o.metadata);
    if (!hash || !replicaSet.endsWith(`-${hash}`)) return undefined;
    const deployment = replicaSet.slice(0, -hash.length - 1);
    return this.deployments.has(key(namespace, deployment)) ? deployment : undefined;
  }
}

/**
 * A Pod's `pod-template-hash` label, by its metadata map: asked for every Pod of a List on every keystroke.
 * Nodes are never changed in place (objects.ts `ownerCache` says why the Document does not matter).
 */
function podTemplateHash(doc: Document, metadata: YAMLMap | undefined): string | undefined {
  if (!metadata) return undefined;
  const kept = hashCache.get(metadata);
  if (kept) return kept.hash;
  const labels = asMap(doc, get(doc, metadata, 'labels'));
  const hash = str(doc, get(doc, labels, POD_TEMPLATE_HASH));
  hashCache.set(metadata, { hash });
  return hash;
}

const hashCache = new WeakMap<YAMLMap, { hash: string | undefined }>();
