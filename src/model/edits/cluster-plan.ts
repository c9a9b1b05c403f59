/**
 * Planning edits of cluster-scoped policies (AdminNetworkPolicy, BaselineAdminNetworkPolicy,
 * ClusterNetworkPolicy): a new rule at a position, a priority, a rule moved. Order is meaning here —
 * the first matching rule of a policy decides — so rules are inserted and moved as nodes, never
 * rewritten. The API's limits (actions of the kind, 25 rules per direction, 25 peers and ports per
 * rule, names of at most 100 characters, priority 0-1000) are refused with a message, as the
 * validator (validation/cluster-policy.ts) would report them.
 */
import type { ClusterAction, ClusterPolicy, ClusterPolicyKind } from '../cluster-types.ts';
import type { Direction, Workspace } from '../types.ts';
import { CLUSTER_POLICY_MAX_ITEMS } from '../validation/cluster-policy.ts';
import { CLUSTER_POLICY_GROUP, clusterPeerJson, clusterPortJson, clusterPortsKey } from './cluster-manifest.ts';
import { peersKey, type Json } from './manifest.ts';
import { dnsName } from './names.ts';
import type { ManifestOp, ObjectRef } from './ops.ts';
import type { Plan } from './plan.ts';
import { resolveEndpoint } from './resolve.ts';
import type { ClusterPolicyRef, PolicyEdit } from './types.ts';

type ClusterEdit = Extract<PolicyEdit, { op: 'addClusterRule' | 'setClusterPriority' | 'moveClusterRule' }>;

/** The actions each kind's rules take (the CRDs' enums). */
export const CLUSTER_ACTIONS: Readonly<Record<ClusterPolicyKind, readonly ClusterAction[]>> = {
  AdminNetworkPolicy: ['Allow', 'Deny', 'Pass'],
  BaselineAdminNetworkPolicy: ['Allow', 'Deny'],
  ClusterNetworkPolicy: ['Accept', 'Deny', 'Pass'],
};

export const MIN_CLUSTER_PRIORITY = 0;
export const MAX_CLUSTER_PRIORITY = 1000;
const MAX_RULE_NAME = 100;

/** Whether the kind has a priority: a BaselineAdminNetworkPolicy has none (there is only one). */
export const hasPriority = (kind: ClusterPolicyKind): boolean => kind !== 'BaselineAdminNetworkPolicy';

export function findClusterPolicy(ws: Workspace, ref: ClusterPolicyRef): ClusterPolicy | undefined {
  return (ws.clusterPolicies ?? []).find((p) => p.kind === ref.kind && p.name === ref.name);
}

const targetOf = (p: ClusterPolicy): ObjectRef => ({ group: CLUSTER_POLICY_GROUP, kind: p.kind, name: p.name });
const fail = (error: string): Plan => ({ error });
const refuse = (error: string) => ({ error });

export function planClusterEdit(ws: Workspace, edit: ClusterEdit): Plan {
  const policy = findClusterPolicy(ws, edit.policy);
  if (!policy) return fail(`No ${edit.policy.kind} ${edit.policy.name} in the workspace.`);
  switch (edit.op) {
    case 'addClusterRule':
      return planAddRule(ws, policy, edit);
    case 'setClusterPriority':
      return planPriority(policy, edit.priority);
    case 'moveClusterRule':
      return planMove(policy, edit.direction, edit.rule, edit.to);
  }
}

function planPriority(p: ClusterPolicy, priority: number): Plan {
  if (!hasPriority(p.kind))
    return fail(`A BaselineAdminNetworkPolicy has no priority: it is the one baseline, evaluated last.`);
  if (!Number.isInteger(priority) || priority < MIN_CLUSTER_PRIORITY || priority > MAX_CLUSTER_PRIORITY)
    return fail(
      `Priority ${priority} is invalid: ${p.kind} ${p.name} takes a whole number from ${MIN_CLUSTER_PRIORITY} to ${MAX_CLUSTER_PRIORITY}.`,
    );
  return { ops: [{ op: 'set', target: targetOf(p), path: ['spec', 'priority'], value: priority }] };
}

function planMove(p: ClusterPolicy, direction: Direction, rule: number, to: number): Plan {
  const count = p[direction].length;
  if (!p[direction].some((r) => r.index === rule))
    return fail(`${p.kind} ${p.name} has no ${direction} rule #${rule}.`);
  if (!Number.isInteger(to) || to < 0 || to >= count)
    return fail(`${p.kind} ${p.name} has ${count} ${direction} rules: rule #${rule} cannot move to #${to}.`);
  if (to === rule) return { ops: [] };
  return { ops: [{ op: 'move', target: targetOf(p), path: ['spec', direction], from: rule, to }] };
}

/** `base`, or `base-2`, `base-3`... whichever no rule of that direction is named, at most 100 characters. */
function uniqueRuleName(p: ClusterPolicy, direction: Direction, base: string): string {
  const used = new Set(p[direction].map((r) => r.name));
  const cut = (s: string, room: number) => s.slice(0, room).replace(/[-.]+$/, '');
  if (!used.has(cut(base, MAX_RULE_NAME))) return cut(base, MAX_RULE_NAME);
  for (let i = 2; ; i++) {
    const suffix = `-${i}`;
    const name = cut(base, MAX_RULE_NAME - suffix.length) + suffix;
    if (!used.has(name)) return name;
  }
}

/** The rule as the kind writes it: name, action, peers, ports — or why it cannot be written. */
function ruleJson(
  ws: Workspace,
  p: ClusterPolicy,
  edit: Extract<ClusterEdit, { op: 'addClusterRule' }>,
): { rule: Json } | { error: string } {
  const { direction, action } = edit;
  const actions = CLUSTER_ACTIONS[p.kind];
  if (!actions.includes(action))
    return refuse(`${action} is not an action of a ${p.kind} rule: it takes ${actions.join(', ')}.`);
  if (edit.peers.length === 0) return refuse('A cluster policy rule needs at least one peer.');
  if (edit.peers.length > CLUSTER_POLICY_MAX_ITEMS)
    return refuse(`A rule has ${edit.peers.length} peers; the API allows at most ${CLUSTER_POLICY_MAX_ITEMS}.`);
  const ports = edit.ports ?? [];
  if (ports.length > CLUSTER_POLICY_MAX_ITEMS)
    return refuse(`A rule has ${ports.length} ports; the API allows at most ${CLUSTER_POLICY_MAX_ITEMS}.`);
  const peers: Json[] = [];
  const shorts: string[] = [];
  for (const ref of edit.peers) {
    const ep = resolveEndpoint(ws, ref);
    if ('error' in ep) return ep;
    const peer = clusterPeerJson(ep, direction);
    if ('error' in peer) return peer;
    peers.push(peer.value);
    shorts.push(ep.short);
  }
  const portValues: Json[] = [];
  for (const port of ports) {
    const v = clusterPortJson(p.kind, port);
    if ('error' in v) return v;
    portValues.push(v.value);
  }
  const given = edit.name?.trim();
  if (given !== undefined && given.length > MAX_RULE_NAME)
    return refuse(`The rule name is ${given.length} characters long; the API allows at most ${MAX_RULE_NAME}.`);
  const name =
    given ||
    uniqueRuleName(p, direction, dnsName(`${action}-${direction === 'ingress' ? 'from' : 'to'}-${shorts.join('-')}`));
  const rule: Json = { name, action, [peersKey(direction)]: peers };
  if (portValues.length) rule[clusterPortsKey(p.kind)] = portValues;
  return { rule };
}

function planAddRule(ws: Workspace, p: ClusterPolicy, edit: Extract<ClusterEdit, { op: 'addClusterRule' }>): Plan {
  const { direction } = edit;
  const count = p[direction].length;
  if (count >= CLUSTER_POLICY_MAX_ITEMS)
    return fail(
      `${p.kind} ${p.name} has ${count} ${direction} rules; the API allows at most ${CLUSTER_POLICY_MAX_ITEMS}.`,
    );
  const index = edit.index ?? count;
  if (!Number.isInteger(index) || index < 0 || index > count)
    return fail(`${p.kind} ${p.name} has ${count} ${direction} rules: a new rule cannot go at #${index}.`);
  const built = ruleJson(ws, p, edit);
  if ('error' in built) return built;
  const op: ManifestOp = { op: 'insert', target: targetOf(p), path: ['spec', direction], index, value: built.rule };
  return { ops: [op] };
}
