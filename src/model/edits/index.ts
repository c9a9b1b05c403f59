/**
 * Edits as data (DESIGN.md §2 "Graph → text"): the PolicyEdit union the UI
 * builds from graph gestures, the manifest operations they plan into, and the
 * planner. `src/sync/applyEdit` is the entry point that writes them.
 */
export type { ContainerPortSpec, EndpointRef, FlowSides, PolicyEdit, PortSpec } from './types.ts';
export type { ManifestOp, ObjectRef, PathKey } from './ops.ts';
export { planEdit } from './plan.ts';
export { allowFlowEdit, removeEdgeEdit, setEdgePortsEdit } from './gestures.ts';
export { clusterPoliciesSelecting, clusterRuleTargets, type ClusterRuleTarget } from './cluster-targets.ts';
