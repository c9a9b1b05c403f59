/**
 * PolicyEdit → ManifestOp[]: the decisions (which policy to extend, which to
 * create, what to name it, which rule to drop) made by reading the Workspace.
 * Writing the operations into YAML is `src/sync`'s job.
 */
import { isEmptySelector } from '../analysis/selectors.ts';
import type { Direction, NetworkPolicy, PolicyPort, PolicyRule, Workspace } from '../types.ts';
import { fixedNamespace, NS_NAME_LABEL, peerKey } from '../graph/keys.ts';
import {
  containerPortJson,
  isWorkloadKind,
  newNamespace,
  newPolicy,
  newWorkload,
  peersKey,
  policyTypesJson,
  TEMPLATE_FIRST_CONTAINER_PORTS,
  TEMPLATE_LABELS,
  portJson,
  selectorJson,
  workloadTarget,
  type Json,
} from './manifest.ts';
import { dnsName, uniquePolicyName } from './names.ts';
import { planQuickFix } from './quick-fix-plan.ts';
import { planClusterEdit } from './cluster-plan.ts';
import { NETWORK_POLICY, type ManifestOp, type ObjectRef, type PathKey } from './ops.ts';
import {
  findPolicy,
  findWorkload,
  isEgressIsolated,
  peerJson,
  peerModel,
  policiesSelecting,
  resolveEndpoint,
  selectsExactly,
  type Endpoint,
  type PodSet,
} from './resolve.ts';
import type { PolicyEdit, PortSpec } from './types.ts';

export type Plan = { ops: ManifestOp[] } | { error: string };

/** The policy's document, by group + kind + namespace + name: never a same-named policy of another group. */
const policyRef = (p: Pick<NetworkPolicy, 'group' | 'namespace' | 'name'>): ObjectRef => ({
  group: p.group,
  kind: NETWORK_POLICY,
  namespace: p.namespace,
  name: p.name,
});
const fail = (error: string): Plan => ({ error });

type EditOf<K extends PolicyEdit['op']> = Extract<PolicyEdit, { op: K }>;

/** Dispatches on the edit's op to the planner for what it edits (namespaces, workloads, policies, rules). */
export function planEdit(ws: Workspace, edit: PolicyEdit): Plan {
  switch (edit.op) {
    case 'noop':
      return { ops: [] };
    case 'addNamespace':
    case 'removeNamespace':
    case 'setNamespaceLabels':
      return planNamespaceEdit(ws, edit);
    case 'renameNamespace':
      return planRenameNamespace(ws, edit.from, edit.to);
    case 'addWorkload':
    case 'removeWorkload':
    case 'renameWorkload':
    case 'setWorkloadLabels':
    case 'setContainerPorts':
      return planWorkloadEdit(ws, edit);
    case 'createPolicy':
    case 'deletePolicy':
    case 'setPolicyTypes':
      return planPolicyEdit(ws, edit);
    case 'setDefaultDeny':
      return planDefaultDeny(ws, edit.namespace, edit.direction, edit.enabled);
    case 'allowFlow':
      return planAllowFlow(ws, edit);
    case 'removeEdge':
    case 'setRulePorts':
      return planRuleEdit(ws, edit);
    case 'addDnsEgress':
    case 'mergeSplitPeer':
    case 'fixEndPort':
      return planQuickFix(ws, edit);
    case 'addIpBlockPeer':
      return planAddIpBlockPeer(ws, edit);
    case 'addClusterRule':
    case 'setClusterPriority':
    case 'moveClusterRule':
      return planClusterEdit(ws, edit);
  }
}

function planNamespaceEdit(
  ws: Workspace,
  edit: EditOf<'addNamespace' | 'removeNamespace' | 'setNamespaceLabels'>,
): Plan {
  switch (edit.op) {
    case 'addNamespace': {
      if (ws.namespaces.get(edit.name)?.declared) return fail(`Namespace ${edit.name} already exists.`);
      return { ops: [{ op: 'create', manifest: newNamespace(edit.name, edit.labels) }] };
    }
    case 'removeNamespace': {
      const ns = ws.namespaces.get(edit.name);
      if (!ns) return fail(`No namespace ${edit.name}.`);
      const ops: ManifestOp[] = [{ op: 'deleteNamespaceObjects', namespace: edit.name }];
      if (ns.declared) ops.push({ op: 'delete', target: { kind: 'Namespace', name: edit.name } });
      return { ops };
    }
    case 'setNamespaceLabels': {
      const ns = ws.namespaces.get(edit.name);
      if (!ns?.declared) return { ops: [{ op: 'create', manifest: newNamespace(edit.name, edit.labels) }] };
      const target = { kind: 'Namespace', name: edit.name };
      return { ops: labelOps(target, ['metadata', 'labels'], ns.labels, edit.labels, [NS_NAME_LABEL]) };
    }
  }
}

function planWorkloadEdit(
  ws: Workspace,
  edit: EditOf<'addWorkload' | 'removeWorkload' | 'renameWorkload' | 'setWorkloadLabels' | 'setContainerPorts'>,
): Plan {
  if (edit.op === 'addWorkload') {
    const kind = edit.kind ?? 'Deployment';
    if (!isWorkloadKind(kind)) return fail(`${kind} is not a workload kind.`);
    if (findWorkload(ws, { namespace: edit.namespace, name: edit.name, kind }))
      return fail(`${kind} ${edit.namespace}/${edit.name} already exists.`);
    const labels = edit.labels ?? { app: edit.name };
    return {
      ops: [{ op: 'create', manifest: newWorkload(kind, edit.namespace, edit.name, labels, edit.ports ?? []) }],
    };
  }
  const wl = findWorkload(ws, edit.workload);
  if (!wl) return fail(`No workload ${edit.workload.namespace}/${edit.workload.name}.`);
  switch (edit.op) {
    case 'removeWorkload':
      return { ops: [{ op: 'delete', target: workloadTarget(wl) }] };
    case 'renameWorkload': {
      if (wl.name === edit.to) return { ops: [] };
      if (findWorkload(ws, { namespace: wl.namespace, name: edit.to, kind: wl.kind }))
        return fail(`${wl.kind} ${wl.namespace}/${edit.to} already exists.`);
      // Its ReplicaSets and Pods carry the old name (in their own names and ownerReferences): renaming the
      // Deployment alone would split them off into a workload of their own.
      if (wl.replicaSets?.length)
        return fail(
          `${wl.namespace}/${wl.name} runs Pods of ReplicaSet ${wl.replicaSets[0]}, which carry its name: rename it in the YAML (Deployment, ReplicaSets and Pods together).`,
        );
      // Renaming names the manifest; Pods of an owner are renamed through their owner, not here.
      return {
        ops: [
          {
            op: 'set',
            target: { ...workloadTarget(wl), orOwnedPods: false },
            path: ['metadata', 'name'],
            value: edit.to,
          },
        ],
      };
    }
    case 'setWorkloadLabels': {
      const target = workloadTarget(wl);
      const ops = labelOps(target, TEMPLATE_LABELS, wl.labels, edit.labels, [], true);
      if (ops.length && wl.kind !== 'Pod') ops.push({ op: 'alignWorkloadSelector', target });
      return { ops };
    }
    case 'setContainerPorts': {
      const path = TEMPLATE_FIRST_CONTAINER_PORTS;
      if (edit.ports.length === 0)
        return { ops: [{ op: 'remove', target: workloadTarget(wl), path, inPodTemplate: true }] };
      return {
        ops: [
          {
            op: 'set',
            target: workloadTarget(wl),
            path,
            value: edit.ports.map(containerPortJson),
            inPodTemplate: true,
          },
        ],
      };
    }
  }
}

function planPolicyEdit(ws: Workspace, edit: EditOf<'createPolicy' | 'deletePolicy' | 'setPolicyTypes'>): Plan {
  switch (edit.op) {
    case 'createPolicy': {
      const ep = resolveEndpoint(ws, edit.for);
      if ('error' in ep) return ep;
      if (!ep.pods) return fail('Policies select pods: choose a workload, a selector or a namespace.');
      const ns = ep.pods.namespace;
      if (edit.name && ws.policies.some((p) => p.namespace === ns && p.name === edit.name))
        return fail(`Policy ${ns}/${edit.name} already exists.`);
      const name = edit.name ?? uniquePolicyName(ws, ns, dnsName(`${ep.short}-policy`));
      const types = edit.policyTypes ?? { ingress: true, egress: false };
      if (!types.ingress && !types.egress) return fail('A policy needs at least one of Ingress and Egress.');
      return { ops: [{ op: 'create', manifest: newPolicy(ns, name, selectorJson(ep.pods.selector), types) }] };
    }
    case 'deletePolicy': {
      const p = findPolicy(ws, edit.policy);
      if (!p) return fail(`No policy ${edit.policy}.`);
      return { ops: [{ op: 'delete', target: policyRef(p) }] };
    }
    case 'setPolicyTypes': {
      const p = findPolicy(ws, edit.policy);
      if (!p) return fail(`No policy ${edit.policy}.`);
      if (!edit.ingress && !edit.egress) return fail('A policy needs at least one of Ingress and Egress.');
      return {
        ops: [{ op: 'set', target: policyRef(p), path: ['spec', 'policyTypes'], value: policyTypesJson(edit) }],
      };
    }
  }
}

function planRuleEdit(ws: Workspace, edit: EditOf<'removeEdge' | 'setRulePorts'>): Plan {
  const found = findRule(ws, edit.policy, edit.direction, edit.rule);
  if ('error' in found) return found;
  switch (edit.op) {
    case 'removeEdge': {
      return { ops: removeEdgeOps(found.policy, found.rule, edit.peer) };
    }
    case 'setRulePorts': {
      const path: PathKey[] = ['spec', edit.direction, edit.rule, 'ports'];
      const target = policyRef(found.policy);
      if (edit.ports.length === 0) return { ops: [{ op: 'remove', target, path }] };
      return { ops: [{ op: 'set', target, path, value: edit.ports.map(portJson) }] };
    }
  }
}

function planAddIpBlockPeer(ws: Workspace, edit: EditOf<'addIpBlockPeer'>): Plan {
  const p = findPolicy(ws, edit.policy);
  if (!p) return fail(`No policy ${edit.policy}.`);
  const peer = {
    ipBlock: edit.except?.length ? { cidr: edit.cidr, except: [...edit.except] } : { cidr: edit.cidr },
  };
  const target = policyRef(p);
  const ops: ManifestOp[] = [];
  if (edit.rule === undefined)
    ops.push({
      op: 'append',
      target,
      path: ['spec', edit.direction],
      value: { [peersKey(edit.direction)]: [peer] },
    });
  else {
    const found = findRule(ws, edit.policy, edit.direction, edit.rule);
    if ('error' in found) return found;
    ops.push({
      op: 'append',
      target,
      path: ['spec', edit.direction, edit.rule, peersKey(edit.direction)],
      value: peer,
    });
  }
  // A rule in a direction the explicit policyTypes leave out would be ignored.
  if (p.explicitPolicyTypes && !p.policyTypes[edit.direction]) {
    ops.push({
      op: 'set',
      target,
      path: ['spec', 'policyTypes'],
      value: policyTypesJson({ ...p.policyTypes, [edit.direction]: true }),
    });
  }
  return { ops };
}

function findRule(
  ws: Workspace,
  id: string,
  direction: Direction,
  index: number,
): { policy: NetworkPolicy; rule: PolicyRule } | { error: string } {
  const policy = findPolicy(ws, id);
  if (!policy) return { error: `No policy ${id}.` };
  const rule = policy[direction].find((r) => r.index === index);
  if (!rule) return { error: `Policy ${id} has no ${direction} rule #${index}.` };
  return { policy, rule };
}

/** Changed and new keys are set in place, dropped keys removed; `keep` keys are never removed (implicit labels). */
function labelOps(
  target: ObjectRef,
  path: PathKey[],
  current: Record<string, string>,
  wanted: Record<string, string>,
  keep: string[],
  inPodTemplate = false,
): ManifestOp[] {
  const ops: ManifestOp[] = [];
  for (const k of Object.keys(current)) {
    if (!(k in wanted) && !keep.includes(k)) ops.push({ op: 'remove', target, path: [...path, k], inPodTemplate });
  }
  for (const [k, v] of Object.entries(wanted)) {
    if (current[k] !== v) ops.push({ op: 'set', target, path: [...path, k], value: v, inPodTemplate });
  }
  return ops;
}

function planRenameNamespace(ws: Workspace, from: string, to: string): Plan {
  const ns = ws.namespaces.get(from);
  if (!ns) return fail(`No namespace ${from}.`);
  if (from === to) return { ops: [] };
  if (ws.namespaces.has(to)) return fail(`Namespace ${to} already exists.`);
  if (dnsName(to) !== to || to.includes('.')) return fail(`${to} is not a valid namespace name.`);
  const ops: ManifestOp[] = [];
  // Peers that name the namespace by its name label follow it (before the objects move, while refs still say `from`).
  for (const p of ws.policies) {
    for (const dir of ['ingress', 'egress'] as const) {
      for (const rule of p[dir]) {
        rule.peers.forEach((peer, i) => {
          if (
            peer.namespaceSelector &&
            peer.namespaceSelector.matchLabels[NS_NAME_LABEL] === from &&
            fixedNamespace(peer.namespaceSelector) === from
          ) {
            const path = ['spec', dir, rule.index, peersKey(dir), i, 'namespaceSelector', 'matchLabels', NS_NAME_LABEL];
            ops.push({ op: 'set', target: policyRef(p), path, value: to });
          }
        });
      }
    }
  }
  if (ns.declared) {
    const target = { kind: 'Namespace', name: from };
    ops.push({ op: 'set', target, path: ['metadata', 'labels', NS_NAME_LABEL], value: to, ifPresent: true });
    ops.push({ op: 'set', target, path: ['metadata', 'name'], value: to });
  }
  ops.push({ op: 'moveNamespaceObjects', from, to });
  return { ops };
}

/** The policy allows something in `direction`: that direction is in its effective policyTypes and has rules. */
function isAllowPolicy(p: NetworkPolicy, direction: Direction): boolean {
  return p.policyTypes[direction] && p[direction].length > 0;
}

function isDenyAll(p: NetworkPolicy, direction: Direction): boolean {
  return isEmptySelector(p.podSelector) && p.policyTypes[direction] && p[direction].length === 0;
}

function planDefaultDeny(ws: Workspace, namespace: string, direction: Direction, enabled: boolean): Plan {
  const inNs = ws.policies.filter((p) => p.namespace === namespace);
  const deny = inNs.filter((p) => isDenyAll(p, direction));
  if (enabled) {
    if (deny.length) return { ops: [] };
    const name = uniquePolicyName(ws, namespace, `default-deny-${direction}`);
    return {
      ops: [
        {
          op: 'create',
          manifest: newPolicy(
            namespace,
            name,
            {},
            { ingress: direction === 'ingress', egress: direction === 'egress' },
          ),
        },
      ],
    };
  }
  const ops: ManifestOp[] = [];
  for (const p of deny) {
    const other: Direction = direction === 'ingress' ? 'egress' : 'ingress';
    if (!p.policyTypes[other]) ops.push({ op: 'delete', target: policyRef(p) });
    else
      ops.push({
        op: 'set',
        target: policyRef(p),
        path: ['spec', 'policyTypes'],
        value: policyTypesJson({ ...p.policyTypes, [direction]: false }),
      });
  }
  return { ops };
}

function removeEdgeOps(p: NetworkPolicy, rule: PolicyRule, peer: number): ManifestOp[] {
  const target = policyRef(p);
  const dir = rule.direction;
  if (peer >= 0 && rule.peers.length > 1 && peer < rule.peers.length) {
    return [{ op: 'remove', target, path: ['spec', dir, rule.index, peersKey(dir), peer] }];
  }
  if (p[dir].length > 1) return [{ op: 'remove', target, path: ['spec', dir, rule.index] }];
  const ops: ManifestOp[] = [{ op: 'remove', target, path: ['spec', dir] }];
  // Without rules, implicit policyTypes would drop Egress and turn "deny" into "allow all".
  if (dir === 'egress' && !p.explicitPolicyTypes)
    ops.push({ op: 'set', target, path: ['spec', 'policyTypes'], value: ['Ingress', 'Egress'] });
  return ops;
}

function portsKey(ports: readonly (PortSpec | PolicyPort)[]): string {
  return ports
    .map((p) => `${p.protocol ?? 'TCP'}/${p.port ?? '*'}-${p.endPort ?? ''}`)
    .sort()
    .join(',');
}

function planAllowFlow(ws: Workspace, edit: Extract<PolicyEdit, { op: 'allowFlow' }>): Plan {
  const a = resolveEndpoint(ws, edit.from);
  if ('error' in a) return a;
  const b = resolveEndpoint(ws, edit.to);
  if ('error' in b) return b;
  const sides = edit.sides ?? 'auto';
  const ports = edit.ports ?? [];
  if ((sides === 'ingress' || sides === 'both') && !b.pods)
    return fail('Only pods have ingress rules: the destination is not a set of pods.');
  if ((sides === 'egress' || sides === 'both') && !a.pods)
    return fail('Only pods have egress rules: the source is not a set of pods.');
  if (!a.pods && !b.pods) return fail('At least one end of a flow must be pods of the workspace.');
  const ingress = sides !== 'egress' && !!b.pods;
  const egress =
    sides === 'both' ||
    sides === 'egress' ||
    (!!a.pods && (!b.pods || (sides === 'auto' && isEgressIsolated(ws, a.pods))));
  const ops: ManifestOp[] = [];
  const base = `allow-${a.short}-to-${b.short}`;
  const taken = new Set<string>();
  if (ingress) ops.push(...sideOps(ws, 'ingress', b.pods!, a, ports, dnsName(base), taken));
  if (egress) ops.push(...sideOps(ws, 'egress', a.pods!, b, ports, dnsName(ingress ? `${base}-egress` : base), taken));
  return { ops };
}

/** Adds `peer` (with `ports`) to a policy selecting `pods` in `direction`: reusing a policy that selects exactly them, or creating one. */
function sideOps(
  ws: Workspace,
  direction: Direction,
  pods: PodSet,
  peer: Endpoint,
  ports: PortSpec[],
  baseName: string,
  taken: Set<string>,
): ManifestOp[] {
  const ns = pods.namespace;
  const key = peerKey(peerModel(peer, ns), ns);
  const wantPorts = portsKey(ports);
  const selecting = policiesSelecting(ws, pods).filter((p) => p.policyTypes[direction]);
  // Already allowed by an existing rule: nothing to write (the edit is a no-op).
  for (const p of selecting) {
    for (const r of p[direction]) {
      const portsCover = r.ports.length === 0 || portsKey(r.ports) === wantPorts;
      if (portsCover && (r.peers.length === 0 || r.peers.some((x) => peerKey(x, ns) === key))) return [];
    }
  }
  const listKey = peersKey(direction);
  const peerValue = peerJson(peer, ns);
  const rule: Json = { [listKey]: [peerValue] };
  if (ports.length) rule.ports = ports.map(portJson);
  // Only allow policies are extended: a policy without rules in this direction is a deny (default deny,
  // "isolate this node") that a rule would silently turn into an allow.
  const candidates = ws.policies.filter(
    (p) => p.namespace === ns && selectsExactly(ws, p, pods) && isAllowPolicy(p, direction),
  );
  const chosen = candidates.find((p) => p.name === baseName) ?? candidates[0];
  if (chosen) {
    const target = policyRef(chosen);
    const same = chosen[direction].find((r) => r.peers.length > 0 && portsKey(r.ports) === wantPorts);
    if (same) return [{ op: 'append', target, path: ['spec', direction, same.index, listKey], value: peerValue }];
    return [{ op: 'append', target, path: ['spec', direction], value: rule }];
  }
  const name = uniquePolicyName(ws, ns, baseName, taken);
  taken.add(name);
  const manifest = newPolicy(ns, name, selectorJson(pods.selector), {
    ingress: direction === 'ingress',
    egress: direction === 'egress',
  });
  (manifest.spec as Json)[direction] = [rule];
  return [{ op: 'create', manifest }];
}
