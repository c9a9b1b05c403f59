/**
 * Node and edge ids of the policy graph: the one place that builds them and
 * takes them apart. Layout positions, selection and saved drafts are keyed on
 * these strings, so the format is kept as it always was for valid Kubernetes
 * names (DESIGN.md §2 "Single source of truth"):
 *
 *   ns:<namespace>                       namespace group
 *   wl:<namespace>/<name>[<Kind>]        workload
 *   pods:<namespace>                     all pods of one namespace
 *   pods:nssel:<ns selector>|<selector>  pods picked through a namespaceSelector
 *   inferred:<namespace>/<selector>      a selector no workload matches
 *   cidr:<cidr>[ except <a>,<b>...]      external block (except list sorted)
 *   all-namespaces  anywhere
 *   ingress-controller                   the cluster's ingress controller (Ingress / Route source)
 *   not-analysed:nodes|domainNames       a cluster-policy peer that needs a live cluster
 *
 *   edge:<policy>:<direction>:<peer key>:<source>><target>[#<n>]   rule edge
 *   eff:<source>><target>                                          effective flow
 *   cluster:<Kind>/<name>:<direction>:<peer key>:<source>><target>[#<n>]  cluster-policy rule edge
 *   route:<source>><target>                                        Ingress / Route reach
 *
 * Peer keys: `cidr:<block>`, `ns:<namespace>|pods:<selector>`,
 * `nssel:<ns selector>|pods:<selector>`, `all-namespaces`, and `anywhere` for a
 * rule without peers. Selectors appear as their canonical `selectorKey` text.
 *
 * A part that could hold one of the separators around it has those characters
 * (and `%`) written as `%XX`. Valid names, selectors and CIDRs never contain
 * them, so their ids read as above; invalid ones the workspace still parses
 * (a name with `/`, a label value with `|`) still get ids that parse back
 * unambiguously.
 */
import { selectorKey } from '../analysis/selectors.ts';
import type { Direction, LabelSelector } from '../types.ts';

/** What a node id says. `selector` fields are canonical selector texts (`selectorKey`). */
export type NodeIdParts =
  | { kind: 'namespace'; namespace: string }
  | { kind: 'workload'; namespace: string; name: string; workloadKind: string }
  | { kind: 'namespace-pods'; namespace: string }
  | { kind: 'selected-pods'; namespaceSelector: string; podSelector: string }
  | { kind: 'inferred'; namespace: string; selector: string }
  | { kind: 'cidr'; cidr: string; except: string[] }
  | { kind: 'all-namespaces' }
  | { kind: 'anywhere' }
  | { kind: 'ingress-controller' }
  | { kind: 'not-analysed'; peer: NotAnalysedPeer };

/** Cluster-policy peers that cannot be evaluated offline (drawn, marked "not analysed"). */
export type NotAnalysedPeer = 'nodes' | 'domainNames';

/** What a peer of a rule selects, canonically (two spellings of one peer have one key). */
export type PeerKeyParts =
  | { kind: 'cidr'; cidr: string; except: string[] }
  | { kind: 'namespace'; namespace: string; podSelector: string }
  | { kind: 'namespace-selector'; namespaceSelector: string; podSelector: string }
  | { kind: 'all-namespaces' }
  /** A rule with no peers: every source or destination. */
  | { kind: 'anywhere' };

export interface RuleEdgeIdParts {
  policyId: string;
  direction: Direction;
  peer: PeerKeyParts;
  source: string;
  target: string;
  /** 1 for the first edge of a peer between two nodes; 2, 3... for the same peer in later rules of the policy. */
  occurrence: number;
}

export const ALL_NAMESPACES_ID = 'all-namespaces';
export const ANYWHERE_ID = 'anywhere';
export const INGRESS_CONTROLLER_NODE_ID = 'ingress-controller';
export const notAnalysedNodeId = (peer: NotAnalysedPeer): string => `not-analysed:${peer}`;

/** Code-unit order of ids: the order a graph lists its nodes and edges in. */
export const compareIds = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// ---- escaping -------------------------------------------------------------------------------------------

/** Escapes `%` and `chars` as `%XX`; a string with none of them is returned as is (the common case, and fast). */
function escaper(chars: string): (s: string) => string {
  const any = new RegExp(`[%${chars.replace(/[\]\\^-]/g, '\\$&')}]`);
  const all = new RegExp(any.source, 'g');
  const hex = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  return (s) => (any.test(s) ? s.replace(all, hex) : s);
}
const unescape = (s: string): string =>
  s.includes('%') ? s.replace(/%([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;

/** Namespace, workload name and kind: every separator of any id. */
const escName = escaper(':/[]|>#');
/** Selector texts hold `/` (`app.kubernetes.io/name`), never these. */
const escSelector = escaper(':|>#');
/** A CIDR or except entry in a node id (IPv6 keeps its `:`, the id's layout key stays readable). */
const escCidr = escaper(' ,|>#');
/** The same in a peer key, where `:` ends the key inside an edge id. */
const escCidrInKey = escaper(' ,|>#:');
/** A policy id (`namespace/name`) at the head of an edge id. */
const escPolicy = escaper(':>#');

// ---- node ids -------------------------------------------------------------------------------------------

export const nsNodeId = (namespace: string): string => `ns:${escName(namespace)}`;
export const namespacePodsNodeId = (namespace: string): string => `pods:${escName(namespace)}`;
export const workloadNodeId = (wl: { namespace: string; name: string; kind: string }): string =>
  `wl:${escName(wl.namespace)}/${escName(wl.name)}[${escName(wl.kind)}]`;
export const inferredNodeId = (namespace: string, selector: LabelSelector): string =>
  `inferred:${escName(namespace)}/${escSelector(selectorKey(selector))}`;
export const selectedPodsNodeId = (namespaceSelector: LabelSelector, podSelector: LabelSelector): string =>
  nodeId({
    kind: 'selected-pods',
    namespaceSelector: selectorKey(namespaceSelector),
    podSelector: selectorKey(podSelector),
  });
export const cidrNodeId = (cidr: string, except: readonly string[] = []): string =>
  `cidr:${cidrText(cidr, except, escCidr)}`;

/** `10.0.0.0/8` or `10.0.0.0/8 except 10.1.0.0/16,10.2.0.0/16` (except sorted: its order says nothing). */
function cidrText(cidr: string, except: readonly string[], esc: (s: string) => string): string {
  return except.length ? `${esc(cidr)} except ${[...except].sort().map(esc).join(',')}` : esc(cidr);
}

function readCidr(text: string): { cidr: string; except: string[] } {
  const at = text.indexOf(' except ');
  if (at < 0) return { cidr: unescape(text), except: [] };
  return {
    cidr: unescape(text.slice(0, at)),
    except: text
      .slice(at + 8)
      .split(',')
      .map(unescape),
  };
}

export function nodeId(p: NodeIdParts): string {
  switch (p.kind) {
    case 'namespace':
      return nsNodeId(p.namespace);
    case 'workload':
      return workloadNodeId({ namespace: p.namespace, name: p.name, kind: p.workloadKind });
    case 'namespace-pods':
      return namespacePodsNodeId(p.namespace);
    case 'selected-pods':
      return `pods:nssel:${escSelector(p.namespaceSelector)}|${escSelector(p.podSelector)}`;
    case 'inferred':
      return `inferred:${escName(p.namespace)}/${escSelector(p.selector)}`;
    case 'cidr':
      return cidrNodeId(p.cidr, p.except);
    case 'all-namespaces':
      return ALL_NAMESPACES_ID;
    case 'anywhere':
      return ANYWHERE_ID;
    case 'ingress-controller':
      return INGRESS_CONTROLLER_NODE_ID;
    case 'not-analysed':
      return notAnalysedNodeId(p.peer);
  }
}

/** What a node id says; undefined for a string no `nodeId` call returns. */
export function parseNodeId(id: string): NodeIdParts | undefined {
  const parts = readNodeId(id);
  // Only canonical spellings: `%41` for `A`, an unsorted except list... are not ids.
  return parts && nodeId(parts) === id ? parts : undefined;
}

const WORKLOAD_REST = /^([^/]*)\/([^[]*)\[([^\]]*)\]$/;

function readNodeId(id: string): NodeIdParts | undefined {
  if (id === ALL_NAMESPACES_ID) return { kind: 'all-namespaces' };
  if (id === ANYWHERE_ID) return { kind: 'anywhere' };
  if (id === INGRESS_CONTROLLER_NODE_ID) return { kind: 'ingress-controller' };
  const colon = id.indexOf(':');
  const rest = id.slice(colon + 1);
  switch (colon < 0 ? '' : id.slice(0, colon)) {
    case 'ns':
      return { kind: 'namespace', namespace: unescape(rest) };
    case 'pods': {
      if (!rest.startsWith('nssel:')) return { kind: 'namespace-pods', namespace: unescape(rest) };
      const [nss, pods, ...more] = rest.slice('nssel:'.length).split('|');
      if (pods === undefined || more.length) return undefined;
      return { kind: 'selected-pods', namespaceSelector: unescape(nss), podSelector: unescape(pods) };
    }
    case 'wl': {
      const m = WORKLOAD_REST.exec(rest);
      if (!m) return undefined;
      return { kind: 'workload', namespace: unescape(m[1]), name: unescape(m[2]), workloadKind: unescape(m[3]) };
    }
    case 'inferred': {
      const slash = rest.indexOf('/');
      if (slash < 0) return undefined;
      return { kind: 'inferred', namespace: unescape(rest.slice(0, slash)), selector: unescape(rest.slice(slash + 1)) };
    }
    case 'cidr':
      return { kind: 'cidr', ...readCidr(rest) };
    case 'not-analysed':
      return rest === 'nodes' || rest === 'domainNames' ? { kind: 'not-analysed', peer: rest } : undefined;
    default:
      return undefined;
  }
}

// ---- peer keys ------------------------------------------------------------------------------------------

export function peerKeyText(p: PeerKeyParts): string {
  switch (p.kind) {
    case 'cidr':
      return `cidr:${cidrText(p.cidr, p.except, escCidrInKey)}`;
    case 'namespace':
      return `ns:${escName(p.namespace)}|pods:${escSelector(p.podSelector)}`;
    case 'namespace-selector':
      return `nssel:${escSelector(p.namespaceSelector)}|pods:${escSelector(p.podSelector)}`;
    case 'all-namespaces':
    case 'anywhere':
      return p.kind;
  }
}

/** The key of a rule without peers. */
export const ANYWHERE_PEER_KEY = peerKeyText({ kind: 'anywhere' });

/** Length of the peer key `text` starts with (the key holds `:` only before its own parts), or -1. */
function peerKeyLength(text: string): number {
  for (const word of ['all-namespaces', 'anywhere']) if (text.startsWith(`${word}:`)) return word.length;
  if (text.startsWith('cidr:')) return text.indexOf(':', 'cidr:'.length);
  if (!text.startsWith('ns:') && !text.startsWith('nssel:')) return -1;
  const pods = text.indexOf('|pods:');
  return pods < 0 ? -1 : text.indexOf(':', pods + '|pods:'.length);
}

function readPeerKey(key: string): PeerKeyParts | undefined {
  if (key === 'all-namespaces' || key === 'anywhere') return { kind: key };
  if (key.startsWith('cidr:')) return { kind: 'cidr', ...readCidr(key.slice('cidr:'.length)) };
  const m = /^(ns|nssel):([^|]*)\|pods:([^|]*)$/.exec(key);
  if (!m) return undefined;
  return m[1] === 'ns'
    ? { kind: 'namespace', namespace: unescape(m[2]), podSelector: unescape(m[3]) }
    : { kind: 'namespace-selector', namespaceSelector: unescape(m[2]), podSelector: unescape(m[3]) };
}

/** What a peer key says; undefined for a string no `peerKeyText` call returns. */
export function parsePeerKey(key: string): PeerKeyParts | undefined {
  const parts = readPeerKey(key);
  return parts && peerKeyText(parts) === key ? parts : undefined;
}

// ---- rule and effective edge ids ----------------------------------------------------------------------

/**
 * `edge:<policy>:<direction>:<peer key>:`, shared by the edges of one peer. Edge ids use neither rule or
 * peer positions (they change when a rule above is removed) nor ports (an edge keeps its id, and its
 * selection, while its ports are edited): GraphEdge carries those as fields.
 */
export const ruleEdgeIdPrefix = (policyId: string, direction: Direction, peerKey: string): string =>
  `edge:${escPolicy(policyId)}:${direction}:${peerKey}:`;

/** Hot path (tens of thousands of edges): plain concatenation onto a prefix built once per peer. */
export const ruleEdgeIdFrom = (prefix: string, source: string, target: string, occurrence = 1): string =>
  occurrence === 1 ? prefix + source + '>' + target : `${prefix}${source}>${target}#${occurrence}`;

export const ruleEdgeId = (p: RuleEdgeIdParts): string =>
  ruleEdgeIdFrom(ruleEdgeIdPrefix(p.policyId, p.direction, peerKeyText(p.peer)), p.source, p.target, p.occurrence);

/** `source>target`, both node ids (none holds `>`). */
function readEnds(text: string): { source: string; target: string } | undefined {
  const gt = text.indexOf('>');
  if (gt < 0) return undefined;
  const source = text.slice(0, gt);
  const target = text.slice(gt + 1);
  return parseNodeId(source) && parseNodeId(target) ? { source, target } : undefined;
}

/** What a rule edge id says; undefined for a string no `ruleEdgeId` call returns. */
export function parseRuleEdgeId(id: string): RuleEdgeIdParts | undefined {
  if (!id.startsWith('edge:')) return undefined;
  const afterPolicy = id.indexOf(':', 'edge:'.length) + 1;
  const afterDirection = id.indexOf(':', afterPolicy) + 1;
  if (afterPolicy === 0 || afterDirection === 0) return undefined;
  const direction = id.slice(afterPolicy, afterDirection - 1);
  if (direction !== 'ingress' && direction !== 'egress') return undefined;
  const rest = id.slice(afterDirection);
  const keyLength = peerKeyLength(rest);
  const peer = keyLength < 0 ? undefined : parsePeerKey(rest.slice(0, keyLength));
  if (!peer) return undefined;
  let ends = rest.slice(keyLength + 1);
  let occurrence = 1;
  const hash = ends.lastIndexOf('#');
  if (hash >= 0) {
    occurrence = Number(ends.slice(hash + 1));
    ends = ends.slice(0, hash);
  }
  const st = readEnds(ends);
  if (!st || !Number.isInteger(occurrence) || occurrence < 1) return undefined;
  const policyId = unescape(id.slice('edge:'.length, afterPolicy - 1));
  const parts: RuleEdgeIdParts = { policyId, direction, peer, ...st, occurrence };
  return ruleEdgeId(parts) === id ? parts : undefined;
}

/** Effective-connectivity flow ids, drawn over the rule graph's node ids. */
export const effectiveEdgeId = (source: string, target: string): string => `eff:${source}>${target}`;

export function parseEffectiveEdgeId(id: string): { source: string; target: string } | undefined {
  return id.startsWith('eff:') ? readEnds(id.slice('eff:'.length)) : undefined;
}

// ---- cluster-policy and Ingress / Route edge ids ------------------------------------------------------

/**
 * `cluster:<Kind>/<name>:<direction>:<peer key>:`, shared by the edges of one peer of a cluster policy.
 * Like rule edge ids, no rule or peer position and no ports: the id survives edits above and to the ports.
 * Peer keys are those of NetworkPolicy peers (namespaces and pods peers as namespaceSelector peers, a
 * network per CIDR), or `nodes` / `domainNames`.
 */
export const clusterEdgeIdPrefix = (policyId: string, direction: Direction, peerKey: string): string =>
  `cluster:${escPolicy(policyId)}:${direction}:${peerKey}:`;

/** The peer key of one CIDR of a cluster policy's `networks` peer. */
export const networkPeerKey = (cidr: string): string => peerKeyText({ kind: 'cidr', cidr, except: [] });

/** The one edge from the ingress controller to a workload some Ingress or Route reaches. */
export const routeEdgeId = (source: string, target: string): string => `route:${source}>${target}`;
