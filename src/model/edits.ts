/**
 * Edits as data (DESIGN.md §2 "Graph → text"): the PolicyEdit union the UI
 * builds from graph gestures, the manifest operations they plan into, and the
 * planner. `src/sync/applyEdit` is the entry point that writes them.
 */
export type { ContainerPortSpec, EndpointRef, FlowSides, PolicyEdit, PolicyEditOp, PortSpec, RuleAddress, WorkloadRef } from './edits/types.ts';
export type { ManifestOp, ObjectRef, PathKey } from './edits/ops.ts';
export { planEdit, type Plan } from './edits/plan.ts';
export { allowFlowEdit, createPolicyEdit, removeEdgeEdit, setEdgePortsEdit } from './edits/gestures.ts';
