/**
 * Input of scripts/gen-schema.js: the Kubernetes kinds the editor validates,
 * as exported aliases of kubernetes-types (types only, no runtime code).
 */
import type { Namespace, Pod } from 'kubernetes-types/core/v1';
import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import type { NetworkPolicy } from 'kubernetes-types/networking/v1';
import type { ListMeta } from 'kubernetes-types/meta/v1';

export type K8sNetworkPolicy = NetworkPolicy;
export type K8sNamespace = Namespace;
export type K8sPod = Pod;
export type K8sDeployment = Deployment;
export type K8sStatefulSet = StatefulSet;
export type K8sDaemonSet = DaemonSet;
export type K8sReplicaSet = ReplicaSet;
export type K8sJob = Job;
export type K8sCronJob = CronJob;

/** Metadata of a `kind: List` (the List definition itself is written by gen-schema.js). */
export type K8sListMeta = ListMeta;
