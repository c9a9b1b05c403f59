/**
 * Manifest operations: the small vocabulary the planner speaks and `src/sync`
 * executes on yaml Documents. Targets are objects by API group, kind,
 * namespace and name, as the one reader of manifests (manifests/objects.ts)
 * finds them (also inside `kind: List` documents); paths are relative to the
 * object. Operations apply in order, so later paths see earlier changes.
 */
import type { PathKey } from '../manifests/objects.ts';

export type { PathKey };

export interface ObjectRef {
  /**
   * API group as the reader reports it ('' = core; networking.k8s.io for every NetworkPolicy the
   * workspace reads). Absent: any group. Policies always carry it, so that a same-named object of
   * another group (a Calico NetworkPolicy) is never the target.
   */
  group?: string;
  kind: string;
  name: string;
  /** Absent for cluster-scoped kinds; `default` also matches a missing metadata.namespace. */
  namespace?: string;
  /**
   * A workload may exist only as Pods that name it as their controller owner
   * (`kubectl get pods -o yaml`): when no object matches, the op applies to
   * each of those Pods.
   */
  orOwnedPods?: boolean;
  /**
   * A Deployment the workspace drew with its ReplicaSets folded in (`groupReplicaSets`): with
   * `orOwnedPods`, the op also applies to these ReplicaSets and to the Pods they control, so a
   * label or port edit reaches every object the drawn workload was built from.
   */
  replicaSets?: string[];
}

export type ManifestOp =
  /** Appends a new document. */
  | { op: 'create'; manifest: Record<string, unknown> }
  /** Removes the object (its document, or its item in a List). */
  | { op: 'delete'; target: ObjectRef }
  /** Writes `value` at `path`, reconciling in place: equal scalars untouched, maps key by key, sequences item by item. */
  | {
      op: 'set';
      target: ObjectRef;
      path: PathKey[];
      value: unknown;
      /** Only when the path already exists. */
      ifPresent?: boolean;
      /** `path` starts at the pod template (the Pod itself, spec.template, or a CronJob's job template). */
      inPodTemplate?: boolean;
    }
  /** Appends to the sequence at `path`, creating it when missing. */
  | { op: 'append'; target: ObjectRef; path: PathKey[]; value: unknown }
  /**
   * Inserts into the sequence at `path` before item `index` (index = length appends), creating the
   * sequence when missing; a comment above the item that was at `index` stays above that item.
   */
  | { op: 'insert'; target: ObjectRef; path: PathKey[]; index: number; value: unknown }
  /** Moves item `from` of the sequence at `path` to index `to`, as a node: its comments go with it. */
  | { op: 'move'; target: ObjectRef; path: PathKey[]; from: number; to: number }
  /** Deletes a map key or a sequence item; a missing path is not an error. */
  | { op: 'remove'; target: ObjectRef; path: PathKey[]; inPodTemplate?: boolean }
  /** Sets metadata.namespace of every object in `from` (other kinds included) to `to`. */
  | { op: 'moveNamespaceObjects'; from: string; to: string }
  /** Deletes every namespaced object in `namespace`. */
  | { op: 'deleteNamespaceObjects'; namespace: string }
  /** Makes spec.selector.matchLabels of a workload a subset of its pod-template labels again. */
  | { op: 'alignWorkloadSelector'; target: ObjectRef };

export const NETWORK_POLICY = 'NetworkPolicy';
