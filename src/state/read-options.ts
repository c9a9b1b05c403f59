/**
 * How the app reads the editor text, on the main thread and in the analysis worker alike (they must
 * draw the same workloads): as people think of them, a Deployment's ReplicaSets and their Pods are
 * that Deployment. The CLI keeps netpol-analyzer's workloads unless asked (`--group-replicasets`).
 */
export const APP_READ_OPTIONS = { groupReplicaSets: true } as const;
