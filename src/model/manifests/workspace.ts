/**
 * Source files → Workspace (namespaces, workloads, policies), with spans.
 *
 * The objects of each document come from the one reader (objects.ts), which
 * also decides, through the kinds table (kinds.ts), which reader below an
 * object goes to. This file builds the typed model from them, reading the
 * yaml node tree directly (see yaml-read.ts for why). Never throws on a
 * malformed manifest: a piece of the wrong type is skipped and left to the
 * validator to report. Workload identity follows netpol-analyzer (oracle
 * README): a Pod with a controller ownerReference is printed as its owner,
 * replicas merge, workload objects use their pod template. The app folds
 * ReplicaSets into their Deployment (`groupReplicaSets`, replicaset-groups.ts);
 * the CLI does not unless asked, so its connlist stays netpol-analyzer's.
 */
import type { Document, YAMLMap } from 'yaml';
import { diagnosticAt, parseSource, type ParsedSource, type SourceFile } from './source.ts';
import { LineIndex } from './line-index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type {
  ContainerPort,
  IPBlock,
  LabelSelector,
  LabelSelectorRequirement,
  Labels,
  Namespace,
  NetworkPolicy,
  PodInfo,
  PolicyPeer,
  PolicyPort,
  PolicyRule,
  Protocol,
  Span,
  Workload,
  Direction,
  Workspace,
} from '../types.ts';
import { ignoredReason, DEFAULT_NAMESPACE } from './kinds.ts';
import { IncrementalParser } from './incremental.ts';
import { mayHoldList } from './list-items.ts';
import { controllerOwner, readDocument, type DocumentObjects, type ObjectEntry, type PathKey } from './objects.ts';
import { asMap, entries, get, int, isNull, items, rangeOf, str, strictStr } from './yaml-read.ts';
import { POD_TEMPLATE_HASH, ReplicaSetGroups } from './replicaset-groups.ts';
import { readClusterPolicy, type ReadCtx } from './cluster-policy-read.ts';
import { readIngress, readRoute, readService } from './ingress-read.ts';
import type { ClusterPolicy, IngressBackend, Service } from '../cluster-types.ts';
import type { Said } from '../text/message.ts';
import { say } from '../validation/messages.ts';

export interface WorkspaceOptions {
  /**
   * Draw Pods of a Deployment's ReplicaSet as that Deployment, with a replica count, and a ReplicaSet
   * owned by a Deployment as no workload of its own (replicaset-groups.ts). Off: netpol-analyzer's
   * workloads, each ReplicaSet its own.
   */
  groupReplicaSets?: boolean;
  /**
   * Read-only use (the CLI's analysis): leave `status` and `managedFields` of List items unparsed
   * (list-noise.ts). Never where the Documents are written back: the edit would drop them.
   */
  dropClusterNoise?: boolean;
}

export { DEFAULT_NAMESPACE };
export const NS_NAME_LABEL = 'kubernetes.io/metadata.name';

/** A label map that cannot be poisoned by a `__proto__` key. */
export function emptyLabels(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** Per-file reading context: the document and where its positions map to. */
interface Ctx {
  doc: Document;
  src: ParsedSource;
}

function spanOf(ctx: Ctx, node: unknown): Span | undefined {
  const r = rangeOf(node);
  if (!r) return undefined;
  const p = ctx.src.lines.position(r[0]);
  return { file: ctx.src.file.name, offset: r[0], endOffset: r[1], line: p.line, column: p.column };
}

/** Builder state shared across all files of one workspace. */
class Builder {
  namespaces = new Map<string, Namespace>();
  workloads = new Map<string, Workload>();
  /** Distinct pod signatures already merged into a workload (`id` → set of label/port keys). */
  podKeys = new Map<string, Set<string>>();
  policies: NetworkPolicy[] = [];
  clusterPolicies: ClusterPolicy[] = [];
  services: Service[] = [];
  ingressBackends: IngressBackend[] = [];
  diagnostics: Diagnostic[] = [];
  /** With `groupReplicaSets`: `id` of a Deployment workload → names of the Pods seen (its replica count). */
  podNames = new Map<string, Set<string>>();

  /** Set when ReplicaSets are folded into their Deployments; filled before any workload is added. */
  constructor(readonly groups: ReplicaSetGroups | undefined) {}

  /** Namespaces named anywhere exist implicitly (declared=false) and always carry the name label. */
  touchNamespace(name: string): Namespace {
    let ns = this.namespaces.get(name);
    if (!ns) {
      const labels = emptyLabels();
      labels[NS_NAME_LABEL] = name;
      ns = { name, labels, declared: false };
      this.namespaces.set(name, ns);
    }
    return ns;
  }

  addNamespace(ctx: Ctx, o: ObjectEntry): void {
    const name = o.name;
    if (!name) return;
    const ns = this.touchNamespace(name);
    const labels = emptyLabels();
    Object.assign(labels, ns.declared ? ns.labels : {}, readLabels(ctx, get(ctx.doc, o.metadata, 'labels')));
    // The API server sets this label and does not let it differ from the name.
    labels[NS_NAME_LABEL] = name;
    ns.labels = labels;
    if (!ns.declared) ns.span = spanOf(ctx, o.node);
    ns.declared = true;
  }

  /**
   * Which workload an object is part of: a Pod its controller owner's (with grouping, a ReplicaSet's
   * Deployment's), a workload object itself. `undefined`: no workload (a ReplicaSet folded into its Deployment).
   */
  identity(ctx: Ctx, o: ObjectEntry, isPod: boolean): { name: string; kind: string; replicaSet?: string } | undefined {
    const name = o.name ?? '';
    if (!isPod) {
      if (o.kind === 'ReplicaSet' && this.groups?.deploymentOfReplicaSet(ctx.doc, o) !== undefined) return undefined;
      return { name, kind: o.kind };
    }
    const owner = controllerOwner(ctx.doc, o.metadata);
    if (!owner) return { name, kind: o.kind };
    if (owner.kind === 'ReplicaSet' && this.groups) {
      const deployment = this.groups.deploymentOfPod(ctx.doc, o, owner.name);
      if (deployment !== undefined) return { name: deployment, kind: 'Deployment', replicaSet: owner.name };
    }
    return owner;
  }

  /** A Pod (a workload of its own, or of its controller owner) or a workload object's pod template. */
  addWorkload(ctx: Ctx, o: ObjectEntry, podTemplate: readonly PathKey[]): void {
    const name = o.name ?? '';
    const namespace = o.namespace ?? DEFAULT_NAMESPACE;
    const isPod = podTemplate.length === 0;
    const identity = this.identity(ctx, o, isPod);
    if (!identity?.name) return;
    const { name: wlName, kind: wlKind } = identity;
    this.touchNamespace(namespace);
    const read = readPodOf(ctx, o, podTemplate);
    const pod: PodInfo = { name, labels: read.labels, ports: read.ports, span: spanOf(ctx, o.node) };
    const id = `${namespace}/${wlName}[${wlKind}]`;
    let wl = this.workloads.get(id);
    if (!wl) {
      wl = {
        id,
        namespace,
        name: wlName,
        kind: wlKind,
        labels: identity.replicaSet === undefined ? pod.labels : deploymentLabels(pod.labels),
        ports: [],
        pods: [],
        span: spanOf(ctx, o.node),
      };
      this.workloads.set(id, wl);
      this.podKeys.set(id, new Set());
    }
    if (this.groups && wlKind === 'Deployment') this.countReplicas(o, read, wl, isPod, identity.replicaSet);
    // Replicas with identical labels and ports add nothing; keep the distinct ones.
    const key = read.key;
    const seen = this.podKeys.get(id)!;
    if (!seen.has(key)) {
      seen.add(key);
      wl.pods.push(pod);
      for (const p of pod.ports) {
        if (
          !wl.ports.some((q) => q.containerPort === p.containerPort && q.protocol === p.protocol && q.name === p.name)
        )
          wl.ports.push(p);
      }
    }
  }

  /** A grouped Deployment's replica count and folded ReplicaSets (Workload `replicas`, `replicaSets`). */
  countReplicas(o: ObjectEntry, read: PodRead, wl: Workload, isPod: boolean, replicaSet: string | undefined): void {
    if (replicaSet !== undefined && !(wl.replicaSets ??= []).includes(replicaSet)) wl.replicaSets.push(replicaSet);
    let names = this.podNames.get(wl.id);
    if (!names) this.podNames.set(wl.id, (names = new Set()));
    if (isPod) {
      // Pods seen are what runs: they win over the Deployment's wish.
      names.add(o.name ?? '');
      wl.replicas = names.size;
    } else if (names.size === 0 && read.replicas !== undefined) wl.replicas = read.replicas;
  }

  addPolicy(ctx: Ctx, o: ObjectEntry): void {
    const { doc } = ctx;
    const name = o.name ?? '';
    const namespace = o.namespace ?? DEFAULT_NAMESPACE;
    this.touchNamespace(namespace);
    const spec = asMap(doc, get(doc, o.node, 'spec'));
    const podSelector = readSelector(ctx, get(doc, spec, 'podSelector')) ?? emptySelector();
    const ingressNode = get(doc, spec, 'ingress');
    const egressNode = get(doc, spec, 'egress');
    const ingress = readRules(ctx, ingressNode, 'ingress');
    const egress = readRules(ctx, egressNode, 'egress');
    // Effective policyTypes (DESIGN.md §1). An empty list counts as absent, as the API server defaults it.
    const typeNodes = items(doc, get(doc, spec, 'policyTypes'));
    const explicit = typeNodes.length > 0;
    const types = typeNodes.map((n) => str(doc, n));
    const policyTypes = explicit
      ? { ingress: types.includes('Ingress'), egress: types.includes('Egress') }
      : { ingress: true, egress: items(doc, egressNode).length > 0 };
    this.policies.push({
      id: `${namespace}/${name}`,
      namespace,
      name,
      group: o.group,
      apiVersion: o.apiVersion,
      podSelector,
      policyTypes,
      explicitPolicyTypes: explicit,
      ingress,
      egress,
      span: spanOf(ctx, o.node),
      file: ctx.src.file.name,
      docIndex: o.docIndex,
    });
  }
}

/**
 * A pod's (or a pod template's) labels and container ports, per object map: maps of an unchanged document
 * are the same objects from one keystroke to the next (see objects.ts `readDocument`), so only the
 * edited document's pods are read again. The results are shared between workspaces: read-only.
 */
interface PodRead {
  /** The pod template's path in the object, joined: the same map read with another path is read again. */
  template: string;
  labels: Labels;
  ports: ContainerPort[];
  /** Labels and ports as one string: replicas with equal keys add nothing to their workload. */
  key: string;
  /** A workload object's `spec.replicas`. */
  replicas: number | undefined;
}

const podReads = new WeakMap<YAMLMap, PodRead>();

function readPodOf(ctx: Ctx, o: ObjectEntry, podTemplate: readonly PathKey[]): PodRead {
  const template = podTemplate.join('.');
  const hit = podReads.get(o.node);
  if (hit && hit.template === template) return hit;
  const { doc } = ctx;
  let pod: YAMLMap | undefined = o.node;
  for (const step of podTemplate) pod = asMap(doc, get(doc, pod, String(step)));
  const podMeta = podTemplate.length === 0 ? o.metadata : asMap(doc, get(doc, pod, 'metadata'));
  const labels = readLabels(ctx, get(doc, podMeta, 'labels'));
  const ports = readContainerPorts(ctx, asMap(doc, get(doc, pod, 'spec')));
  const replicas =
    podTemplate.length === 0 ? undefined : int(doc, get(doc, asMap(doc, get(doc, o.node, 'spec')), 'replicas'));
  const read = { template, labels, ports, key: podKey(labels, ports), replicas };
  podReads.set(o.node, read);
  return read;
}

/**
 * The labels a grouped Deployment is drawn with when its first object is a Pod: the Pod's, but for
 * the hash its ReplicaSet adds (the Deployment's template has no such label, and a label edit must
 * not write it there nor take it off the Pods).
 */
function deploymentLabels(podLabels: Labels): Labels {
  const labels = emptyLabels();
  for (const [k, v] of Object.entries(podLabels)) if (k !== POD_TEMPLATE_HASH) labels[k] = v;
  return labels;
}

function podKey(labels: Labels, ports: readonly ContainerPort[]): string {
  const l = Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join(',');
  const p = ports.map((x) => `${x.name ?? ''}:${x.containerPort}/${x.protocol}`).join(',');
  return `${l}|${p}`;
}

/** Label map; non-scalar values are skipped (validation reports them). */
export function readLabelsNode(doc: Document, node: unknown): Labels {
  const labels = emptyLabels();
  for (const e of entries(doc, asMap(doc, node))) {
    const v = isNull(doc, e.value) ? '' : str(doc, e.value);
    if (v !== undefined) labels[e.key] = v;
  }
  return labels;
}

function readLabels(ctx: Ctx, node: unknown): Labels {
  return readLabelsNode(ctx.doc, node);
}

function readProtocol(doc: Document, node: unknown): Protocol | undefined {
  if (node === undefined || isNull(doc, node)) return 'TCP';
  const p = str(doc, node);
  return p === 'TCP' || p === 'UDP' || p === 'SCTP' ? p : undefined;
}

function readContainerPorts(ctx: Ctx, podSpec: YAMLMap | undefined): ContainerPort[] {
  const { doc } = ctx;
  const out: ContainerPort[] = [];
  for (const c of items(doc, get(doc, podSpec, 'containers'))) {
    for (const pn of items(doc, get(doc, asMap(doc, c), 'ports'))) {
      const pm = asMap(doc, pn);
      const containerPort = int(doc, get(doc, pm, 'containerPort'));
      const protocol = readProtocol(doc, get(doc, pm, 'protocol'));
      if (containerPort === undefined || !protocol) continue;
      const name = strictStr(doc, get(doc, pm, 'name'));
      out.push(name ? { name, containerPort, protocol } : { containerPort, protocol });
    }
  }
  return out;
}

export function emptySelector(): LabelSelector {
  return { matchLabels: emptyLabels(), matchExpressions: [] };
}

/** A LabelSelector; `undefined` when the field is absent, null or not a map. */
export function readSelectorNode(doc: Document, node: unknown): LabelSelector | undefined {
  const m = asMap(doc, node);
  if (!m) return undefined;
  const matchLabels = readLabelsNode(doc, get(doc, m, 'matchLabels'));
  const matchExpressions: LabelSelectorRequirement[] = [];
  for (const en of items(doc, get(doc, m, 'matchExpressions'))) {
    const em = asMap(doc, en);
    const key = str(doc, get(doc, em, 'key'));
    const operator = str(doc, get(doc, em, 'operator'));
    if (key === undefined || operator === undefined) continue;
    const values: string[] = [];
    for (const v of items(doc, get(doc, em, 'values'))) {
      const s = str(doc, v);
      if (s !== undefined) values.push(s);
    }
    matchExpressions.push({ key, operator, values });
  }
  return { matchLabels, matchExpressions };
}

function readSelector(ctx: Ctx, node: unknown): LabelSelector | undefined {
  return readSelectorNode(ctx.doc, node);
}

function readRules(ctx: Ctx, node: unknown, direction: Direction): PolicyRule[] {
  const { doc } = ctx;
  const peerKey = direction === 'ingress' ? 'from' : 'to';
  const rules: PolicyRule[] = [];
  items(doc, node).forEach((rn, index) => {
    // A null rule (`- `) decodes to the zero value: every peer, every port.
    const rm = asMap(doc, rn);
    if (!rm && !isNull(doc, rn)) return;
    const peers: PolicyPeer[] = [];
    for (const pn of items(doc, get(doc, rm, peerKey))) {
      const pm = asMap(doc, pn);
      if (!pm) {
        // Keep a placeholder so that peer indices match the YAML; it matches nothing.
        peers.push({ span: spanOf(ctx, pn) });
        continue;
      }
      const peer: PolicyPeer = { span: spanOf(ctx, pn) };
      const pod = readSelector(ctx, get(doc, pm, 'podSelector'));
      const ns = readSelector(ctx, get(doc, pm, 'namespaceSelector'));
      const ipb = asMap(doc, get(doc, pm, 'ipBlock'));
      if (pod) peer.podSelector = pod;
      if (ns) peer.namespaceSelector = ns;
      if (ipb) {
        const cidr = strictStr(doc, get(doc, ipb, 'cidr'));
        if (cidr !== undefined) {
          const block: IPBlock = { cidr, except: [] };
          for (const e of items(doc, get(doc, ipb, 'except'))) {
            const s = strictStr(doc, e);
            if (s !== undefined) block.except.push(s);
          }
          peer.ipBlock = block;
        }
      }
      peers.push(peer);
    }
    const ports: PolicyPort[] = [];
    for (const pn of items(doc, get(doc, rm, 'ports'))) {
      const pm = asMap(doc, pn);
      if (!pm && !isNull(doc, pn)) continue;
      const protocol = readProtocol(doc, get(doc, pm, 'protocol'));
      if (!protocol) continue; // unknown protocol: allows nothing (validation reports it)
      const port: PolicyPort = { protocol, span: spanOf(ctx, pn) };
      const pv = get(doc, pm, 'port');
      const num = int(doc, pv);
      if (num !== undefined) port.port = num;
      else {
        const s = strictStr(doc, pv);
        if (s !== undefined) port.port = /^[0-9]+$/.test(s) ? Number(s) : s;
      }
      const end = int(doc, get(doc, pm, 'endPort'));
      if (end !== undefined) port.endPort = end;
      ports.push(port);
    }
    rules.push({ direction, index, peers, ports, span: spanOf(ctx, rn) });
  });
  return rules;
}

/** An info diagnostic at the start of `node`. */
function info(ctx: Ctx, node: unknown, rule: string, message: Said): Diagnostic {
  const r = rangeOf(node) ?? [0, 0];
  return diagnosticAt(ctx.src.file.name, ctx.src.lines, r[0], r[0], 'info', rule, message);
}

/** Hands every object of one document to its typed reader (kinds.ts `reader`). */
function addDocument(b: Builder, ctx: Ctx, read: DocumentObjects): void {
  // A whole document that is no manifest (a stray text file, a half-typed key) would
  // otherwise vanish without a word; items of a List are validated elsewhere.
  if (read.stray) b.diagnostics.push(info(ctx, read.stray, 'not-a-manifest', say('notAManifest')));
  for (const o of read.objects) {
    const known = o.known;
    if (!known) b.diagnostics.push(info(ctx, o.node, 'ignored-kind', ignoredReason(o.kind, o.apiVersion)));
    else if (known.reader === 'networkPolicy') b.addPolicy(ctx, o);
    else if (known.reader === 'namespace') b.addNamespace(ctx, o);
    else if (known.reader === 'workload') b.addWorkload(ctx, o, known.podTemplate ?? []);
    else addRouting(b, ctx, o, known.reader);
  }
}

/** The reading context of the cluster-policy and ingress readers. */
function readCtx(ctx: Ctx): ReadCtx {
  return {
    doc: ctx.doc,
    file: ctx.src.file.name,
    span: (node) => spanOf(ctx, node),
    selector: (node) => readSelector(ctx, node),
  };
}

/** Cluster-scoped policies, Services, Ingresses and Routes (cluster-types.ts). */
function addRouting(
  b: Builder,
  ctx: Ctx,
  o: ObjectEntry,
  reader: 'clusterPolicy' | 'service' | 'ingress' | 'route',
): void {
  const c = readCtx(ctx);
  if (reader === 'clusterPolicy') {
    const p = readClusterPolicy(c, o);
    if (p) b.clusterPolicies.push(p);
  } else if (reader === 'service') {
    b.diagnostics.push(info(ctx, o.node, 'ignored-kind', ignoredReason(o.kind, o.apiVersion)));
    b.services.push(readService(c, o));
  } else {
    b.ingressBackends.push(...(reader === 'ingress' ? readIngress(c, o) : readRoute(c, o)));
  }
}

/** Builds the workspace from already-parsed sources (lets callers reuse their parse). */
export function buildWorkspace(sources: ParsedSource[], options: WorkspaceOptions = {}): Workspace {
  // Every document's objects first: a Pod's Deployment or ReplicaSet may come after it.
  const groups = options.groupReplicaSets ? new ReplicaSetGroups() : undefined;
  const read = sources.map((src) =>
    src.docs.flatMap((pd) => {
      if (pd.doc.errors.length > 0) return []; // skip documents with syntax errors (DESIGN.md: keep last good)
      try {
        const objects = readDocument(pd.doc, pd.index);
        groups?.add(pd.doc, objects.objects);
        return [{ ctx: { doc: pd.doc, src }, objects }];
      } catch {
        return []; // Defensive: a reader bug on hostile input must not take the whole workspace down.
      }
    }),
  );
  const b = new Builder(groups);
  sources.forEach((src, i) => {
    b.diagnostics.push(...src.diagnostics);
    for (const { ctx, objects } of read[i]) {
      try {
        addDocument(b, ctx, objects);
      } catch {
        // As above.
      }
    }
  });
  return {
    namespaces: b.namespaces,
    workloads: [...b.workloads.values()],
    policies: b.policies,
    diagnostics: b.diagnostics,
    sources,
    ...(b.clusterPolicies.length > 0 ? { clusterPolicies: b.clusterPolicies } : {}),
    ...(b.services.length > 0 ? { services: b.services } : {}),
    ...(b.ingressBackends.length > 0 ? { ingressBackends: b.ingressBackends } : {}),
  };
}

/** Parses every file and builds the workspace. Never throws on file content. */
export function loadWorkspace(files: SourceFile[], options: WorkspaceOptions = {}): Workspace {
  const sources: ParsedSource[] = [];
  for (const f of files) {
    try {
      // A List (kubectl get … -o yaml) is read item by item: half the time, a tenth of the memory.
      sources.push(
        mayHoldList(f.text)
          ? new IncrementalParser({ dropClusterNoise: options.dropClusterNoise }).parse(f)
          : parseSource(f),
      );
    } catch (e) {
      // The parser itself can overflow the stack on absurd nesting; report and go on.
      const lines = new LineIndex(f.text);
      const diag = diagnosticAt(
        f.name,
        lines,
        0,
        0,
        'error',
        'yaml-syntax',
        `Could not parse this file: ${(e as Error)?.message ?? 'unknown error'}`,
      );
      sources.push({ file: f, docs: [], lines, diagnostics: [diag] });
    }
  }
  return buildWorkspace(sources, options);
}
