/**
 * Lint: policies that are valid but probably not what the author meant.
 * Unlike validation these need the whole Workspace (which workloads exist,
 * which ports they declare, what other policies allow).
 *
 * `checkWorkspace` is the one entry point the UI and CLI call: parse
 * diagnostics + API-server validation + lint, deduplicated and sorted.
 */
import type { Node } from 'yaml';
import { compareDiagnostics, type Diagnostic, type Severity } from '../diagnostics.ts';
import { matchesSelector } from '../analysis/selectors.ts';
import { diagnosticAt } from '../manifests/source.ts';
import type {
  ContainerPort,
  Labels,
  NetworkPolicy,
  PolicyPeer,
  PolicyPort,
  PolicyRule,
  Span,
  Workload,
  Workspace,
} from '../types.ts';
import { validateSources } from './index.ts';
import { clusterPolicySetDiagnostics } from './cluster-policy-set.ts';
import { documentAt, lookup, mapAt, type KeyValue } from './locate.ts';
import { say } from './messages.ts';
import type { Said } from '../text/message.ts';

const NS_NAME_LABEL = 'kubernetes.io/metadata.name';
const DNS_PORT = 53;
/** Container port names CoreDNS / kube-dns use; a named DNS port in a rule means these. */
const DNS_PORT_NAMES: ReadonlySet<string> = new Set(['dns', 'dns-tcp']);

class LintContext {
  readonly out: Diagnostic[] = [];
  /** Workloads by namespace, in workspace order (built on first use). */
  private byNamespace: Map<string, Workload[]> | undefined;
  /** Per policy: the workloads it selects. Several lints ask for each policy, some once per rule. */
  private readonly selections = new Map<NetworkPolicy, { list: Workload[]; set: Set<Workload> }>();
  /** Per policy: whether one of its egress rules may allow DNS. */
  private readonly dnsAllowed = new Map<NetworkPolicy, boolean>();
  constructor(readonly ws: Workspace) {}

  /**
   * The workloads `policy` selects, in workspace order: those of its namespace with a pod its podSelector
   * matches. Computed once per policy: lint runs after every keystroke (on 1,000 workloads and 200 policies,
   * filtering every workload for every rule was most of its time).
   */
  selected(policy: NetworkPolicy): { list: Workload[]; set: Set<Workload> } {
    let hit = this.selections.get(policy);
    if (!hit) {
      if (!this.byNamespace) {
        this.byNamespace = new Map();
        for (const wl of this.ws.workloads) {
          const list = this.byNamespace.get(wl.namespace);
          if (list) list.push(wl);
          else this.byNamespace.set(wl.namespace, [wl]);
        }
      }
      const list = (this.byNamespace.get(policy.namespace) ?? []).filter((wl) =>
        podLabelSets(wl).some((l) => matchesSelector(policy.podSelector, l)),
      );
      hit = { list, set: new Set(list) };
      this.selections.set(policy, hit);
    }
    return hit;
  }

  /** Whether an egress rule of `policy` may allow DNS (ruleAllowsDns), once per policy. */
  allowsDns(policy: NetworkPolicy): boolean {
    let hit = this.dnsAllowed.get(policy);
    if (hit === undefined) {
      hit = policy.egress.some((r) => ruleAllowsDns(this, policy, r));
      this.dnsAllowed.set(policy, hit);
    }
    return hit;
  }

  /** Reports at `node` when found, else at the span (the enclosing object). */
  report(span: Span | undefined, node: unknown, severity: Severity, rule: string, message: Said): void {
    if (!span) return;
    const src = this.ws.sources.find((s) => s.file.name === span.file);
    if (!src) return;
    const range = (node as Node | null | undefined)?.range;
    const [start, end] = range ? [range[0], range[1]] : [span.offset, span.endOffset];
    this.out.push(diagnosticAt(span.file, src.lines, start, end, severity, rule, message));
  }

  /** `path` under the yaml map that `span` starts at (the policy, rule, peer or port object). */
  find(span: Span | undefined, path: readonly string[]): KeyValue | undefined {
    if (!span) return undefined;
    const doc = documentAt(this.ws, span.file, span.offset);
    const map = doc && mapAt(doc, span.offset);
    return doc && map ? lookup(doc, map, path) : undefined;
  }

  nsLabels(namespace: string): Labels {
    return this.ws.namespaces.get(namespace)?.labels ?? { [NS_NAME_LABEL]: namespace };
  }
}

function podLabelSets(wl: Workload): Labels[] {
  return wl.pods.length > 0 ? wl.pods.map((p) => p.labels) : [wl.labels];
}

/** Workloads a peer can reach; undefined for ipBlock peers (addresses, not workloads). */
function peerWorkloads(lc: LintContext, policy: NetworkPolicy, peer: PolicyPeer): Workload[] | undefined {
  if (peer.ipBlock) return undefined;
  if (!peer.podSelector && !peer.namespaceSelector) return [];
  return lc.ws.workloads.filter((wl) => {
    const nsOk = peer.namespaceSelector
      ? matchesSelector(peer.namespaceSelector, lc.nsLabels(wl.namespace))
      : wl.namespace === policy.namespace;
    return nsOk && (!peer.podSelector || podLabelSets(wl).some((l) => matchesSelector(peer.podSelector!, l)));
  });
}

const onlyNamespace = (p: PolicyPeer): boolean => !!p.namespaceSelector && !p.podSelector && !p.ipBlock;
const onlyPod = (p: PolicyPeer): boolean => !!p.podSelector && !p.namespaceSelector && !p.ipBlock;

/** `- namespaceSelector: …` then `- podSelector: …` (or the reverse): OR, where AND is the usual intent. */
function lintSplitPeers(lc: LintContext, rule: PolicyRule): void {
  for (let i = 1; i < rule.peers.length; i++) {
    const a = rule.peers[i - 1];
    const b = rule.peers[i];
    if ((onlyNamespace(a) && onlyPod(b)) || (onlyPod(a) && onlyNamespace(b))) {
      const key = lc.find(b.span, [onlyPod(b) ? 'podSelector' : 'namespaceSelector'])?.key;
      const list = rule.direction === 'ingress' ? 'from' : 'to';
      lc.report(b.span, key, 'warning', 'split-peer', say('splitPeer', { list }));
    }
  }
}

function lintSelectsNothing(lc: LintContext, policy: NetworkPolicy): void {
  if (lc.ws.workloads.length === 0 || lc.selected(policy).list.length > 0) return;
  const at =
    lc.find(policy.span, ['spec', 'podSelector']) ??
    lc.find(policy.span, ['spec']) ??
    lc.find(policy.span, ['metadata', 'name']);
  lc.report(
    policy.span,
    at?.key,
    'warning',
    'selects-nothing',
    say('selectsNothing', { policy: policy.id, namespace: policy.namespace }),
  );
}

function portAllowsDns(p: PolicyPort): boolean {
  if (p.protocol !== 'UDP' && p.protocol !== 'TCP') return false;
  if (p.port === undefined) return true;
  if (typeof p.port === 'string') return DNS_PORT_NAMES.has(p.port);
  return p.port === DNS_PORT || (p.endPort !== undefined && p.port <= DNS_PORT && DNS_PORT <= p.endPort);
}

function peerMayBeDns(lc: LintContext, policy: NetworkPolicy, peer: PolicyPeer): boolean {
  if (peer.ipBlock) return true; // the cluster DNS service IP may be inside; we cannot know
  if (peer.namespaceSelector) return matchesSelector(peer.namespaceSelector, lc.nsLabels('kube-system'));
  return !!peer.podSelector && policy.namespace === 'kube-system';
}

function ruleAllowsDns(lc: LintContext, policy: NetworkPolicy, rule: PolicyRule): boolean {
  const portsOk = rule.ports.length === 0 || rule.ports.some(portAllowsDns);
  const peersOk = rule.peers.length === 0 || rule.peers.some((p) => peerMayBeDns(lc, policy, p));
  return portsOk && peersOk;
}

/**
 * Egress isolation without DNS breaks name resolution for the selected pods.
 * Other egress policies can allow DNS for the same pods (the usual
 * "default-deny + allow-dns" pair), so we look at every policy that selects
 * them: per workload when the workspace has workloads, else per namespace.
 */
function lintNoDnsEgress(lc: LintContext, policy: NetworkPolicy): void {
  if (!policy.policyTypes.egress) return;
  const egressPolicies = lc.ws.policies.filter((p) => p.namespace === policy.namespace && p.policyTypes.egress);
  const selected = lc.selected(policy).list;
  let missing: boolean;
  if (selected.length > 0) {
    // A workload here is in the policy's namespace, so "p selects it" is p's selection holding it.
    const dns = egressPolicies.filter((p) => lc.allowsDns(p));
    missing = selected.some((wl) => !dns.some((p) => lc.selected(p).set.has(wl)));
  } else {
    missing = lc.ws.workloads.length === 0 && !egressPolicies.some((p) => lc.allowsDns(p));
  }
  if (!missing) return;
  const types = lc.find(policy.span, ['spec', 'policyTypes']);
  let at: unknown = types?.key;
  const seq = types?.value as { items?: unknown[] } | undefined;
  const egressItem = seq?.items?.find((n) => (n as { value?: unknown }).value === 'Egress');
  if (egressItem) at = egressItem;
  else at = lc.find(policy.span, ['spec', 'egress'])?.key ?? at;
  lc.report(policy.span, at, 'warning', 'no-dns-egress', say('noDnsEgress', { policy: policy.id }));
}

function containerPortMatches(pp: PolicyPort, cp: ContainerPort): boolean {
  if (cp.protocol !== pp.protocol) return false;
  if (typeof pp.port === 'string') return cp.name === pp.port;
  if (pp.port === undefined) return true;
  const end = pp.endPort ?? pp.port;
  return cp.containerPort >= pp.port && cp.containerPort <= end;
}

/**
 * A rule port that no destination declares. Named ports then allow nothing at
 * all; numeric ports still work (containerPorts are informational), so those
 * are only flagged when every destination declares its ports.
 */
function lintPortMatchesNothing(lc: LintContext, policy: NetworkPolicy, rule: PolicyRule): void {
  let dests: Workload[];
  if (rule.direction === 'ingress') {
    dests = lc.selected(policy).list;
  } else if (rule.peers.length === 0) {
    dests = lc.ws.workloads;
  } else {
    const lists = rule.peers.map((p) => peerWorkloads(lc, policy, p));
    if (lists.some((l) => l === undefined)) return; // an ipBlock destination: ports unknown
    dests = [...new Set(lists.flatMap((l) => l ?? []))];
  }
  if (dests.length === 0) return;
  for (const pp of rule.ports) {
    if (pp.port === undefined) continue;
    const named = typeof pp.port === 'string';
    if (!named && dests.some((wl) => wl.ports.length === 0)) continue;
    if (dests.some((wl) => wl.ports.some((cp) => containerPortMatches(pp, cp)))) continue;
    const at = lc.find(pp.span, ['port'])?.value;
    const port = `${pp.port}${!named && pp.endPort !== undefined ? `-${pp.endPort}` : ''}`;
    const side = say(rule.direction === 'ingress' ? 'sideSelected' : 'sideDestination').ref;
    lc.report(
      pp.span,
      at,
      'warning',
      'port-matches-nothing',
      say(named ? 'namedPortMatchesNothing' : 'portMatchesNothing', { protocol: pp.protocol, port, side }),
    );
  }
}

/** Rules in a direction the listed policyTypes leave out: the API server keeps them, and they do nothing. */
function lintIgnoredRules(lc: LintContext, policy: NetworkPolicy): void {
  if (!policy.explicitPolicyTypes) return;
  for (const [dir, id] of [
    ['ingress', 'policyTypesOmitIngress'],
    ['egress', 'policyTypesOmitEgress'],
  ] as const) {
    if (policy[dir].length === 0 || policy.policyTypes[dir]) continue;
    lc.report(
      policy.span,
      lc.find(policy.span, ['spec', 'policyTypes'])?.key,
      'warning',
      'policy-types-omit-rules',
      say(id, { policy: policy.id }),
    );
  }
}

function lintDuplicates(lc: LintContext): void {
  const seen = new Map<string, NetworkPolicy>();
  for (const policy of lc.ws.policies) {
    if (!policy.name) continue;
    const first = seen.get(policy.id);
    if (!first) {
      seen.set(policy.id, policy);
      continue;
    }
    const at = lc.find(policy.span, ['metadata', 'name'])?.value;
    const where = first.span ? `${first.span.file}:${first.span.line}` : first.file;
    lc.report(policy.span, at, 'error', 'duplicate-policy', say('duplicatePolicy', { policy: policy.id, where }));
  }
}

/** Lint diagnostics only (not sorted). */
export function lintWorkspace(ws: Workspace): Diagnostic[] {
  const lc = new LintContext(ws);
  for (const policy of ws.policies) {
    for (const rule of [...policy.ingress, ...policy.egress]) {
      lintSplitPeers(lc, rule);
      lintPortMatchesNothing(lc, policy, rule);
    }
    lintSelectsNothing(lc, policy);
    lintNoDnsEgress(lc, policy);
    lintIgnoredRules(lc, policy);
  }
  lintDuplicates(lc);
  return [...lc.out, ...clusterPolicySetDiagnostics(ws)];
}

const diagnosticKey = (d: Diagnostic): string => `${d.file}\0${d.offset}\0${d.rule}\0${d.message}`;

/** Parse + validation + lint diagnostics for the workspace, deduplicated and sorted. */
export function checkWorkspace(ws: Workspace): Diagnostic[] {
  const all = [...ws.diagnostics, ...validateSources(ws.sources), ...lintWorkspace(ws)];
  const unique = new Map<string, Diagnostic>();
  for (const d of all) if (!unique.has(diagnosticKey(d))) unique.set(diagnosticKey(d), d);
  return [...unique.values()].sort(compareDiagnostics);
}
