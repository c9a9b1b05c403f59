/**
 * Every rule id the validator and linter emit. Ids are stable: tools and
 * users filter on them, so never rename one once shipped.
 */
import type { Severity } from '../diagnostics.ts';

export interface RuleInfo {
  severity: Severity;
  summary: string;
}

export const RULES: Readonly<Record<string, RuleInfo>> = {
  // Reported by the parser (src/model/source.ts).
  'yaml-syntax': {
    severity: 'error',
    summary: 'The file is not valid YAML/JSON (also: an alias with no anchor, nesting deeper than 256 levels).',
  },
  'yaml-warning': { severity: 'warning', summary: 'The YAML parser warns about this construct.' },
  // Shape and API-server validation (src/model/validation).
  'binary-content': {
    severity: 'error',
    summary: 'The file contains control characters or bytes that are not UTF-8 (not a text manifest).',
  },
  'wrong-type': {
    severity: 'error',
    summary:
      'A value has the wrong type (e.g. a string where a map or list is expected, or an unquoted number as a label value).',
  },
  'unknown-field': { severity: 'warning', summary: 'A field under spec that NetworkPolicy does not have.' },
  'excessive-aliases': {
    severity: 'error',
    summary: 'A document whose aliases expand to an unreasonable size (alias bomb).',
  },
  // Cluster-scoped policies (validation/cluster-policy.ts, cluster-policy-set.ts); netpol-analyzer refuses input with these errors.
  'cluster-policy-one-of': {
    severity: 'error',
    summary: 'A cluster policy subject, peer or port must set exactly one field (or a required part is missing).',
  },
  'cluster-policy-action': {
    severity: 'error',
    summary: 'A cluster policy rule action is missing or not one of its kind.',
  },
  'cluster-policy-peers': { severity: 'error', summary: 'A cluster policy rule has no from/to peers.' },
  'cluster-policy-port': { severity: 'error', summary: 'A cluster policy port, range or protocol is invalid.' },
  'cluster-policy-cidr': { severity: 'error', summary: 'A networks peer holds an invalid CIDR.' },
  'cluster-policy-priority': { severity: 'error', summary: 'A cluster policy priority is missing or not 0-1000.' },
  'cluster-policy-tier': {
    severity: 'error',
    summary: 'A ClusterNetworkPolicy tier is missing or not Admin/Baseline.',
  },
  'cluster-policy-limit': { severity: 'error', summary: 'More than 25 rules, peers, ports or CIDRs (the API limit).' },
  'cluster-policy-duplicate': { severity: 'error', summary: 'Two cluster policies of one kind share a name.' },
  'banp-name': { severity: 'error', summary: 'A BaselineAdminNetworkPolicy is not named default.' },
  'banp-multiple': { severity: 'error', summary: 'More than one BaselineAdminNetworkPolicy.' },
  'cluster-policy-same-priority': {
    severity: 'warning',
    summary: 'Two cluster policies share a tier and a priority: where both match, the result is up to the cluster.',
  },
  'cluster-policy-defaulted': {
    severity: 'warning',
    summary: 'A selector the cluster policy API requires is missing; it is read as {} as netpol-analyzer does.',
  },
  'not-analysed': {
    severity: 'warning',
    summary: 'A nodes, domainNames or IPv6 networks peer: it depends on the live cluster and is not analysed.',
  },
  'missing-name': { severity: 'error', summary: 'metadata.name is missing or empty.' },
  'invalid-name': { severity: 'error', summary: 'metadata.name is not a DNS-1123 subdomain.' },
  'invalid-namespace': { severity: 'error', summary: 'metadata.namespace is not a DNS-1123 label.' },
  'invalid-label-key': { severity: 'error', summary: 'A label key is not a qualified name ([prefix/]name).' },
  'invalid-label-value': { severity: 'error', summary: 'A label value is not a valid label value.' },
  'unknown-operator': {
    severity: 'error',
    summary: 'A matchExpressions operator is missing or not In, NotIn, Exists, DoesNotExist.',
  },
  'operator-needs-values': { severity: 'error', summary: 'In / NotIn with no values.' },
  'operator-forbids-values': { severity: 'error', summary: 'Exists / DoesNotExist with values.' },
  'invalid-port': { severity: 'error', summary: 'port or endPort outside 1-65535.' },
  'invalid-port-name': { severity: 'error', summary: 'A named port that is not an IANA service name.' },
  'invalid-protocol': { severity: 'error', summary: 'protocol other than TCP, UDP, SCTP.' },
  'endport-without-port': { severity: 'error', summary: 'endPort set without port.' },
  'endport-named-port': { severity: 'error', summary: 'endPort set with a named port.' },
  'endport-before-port': { severity: 'error', summary: 'endPort smaller than port.' },
  'empty-peer': { severity: 'error', summary: 'A from/to peer with no podSelector, namespaceSelector or ipBlock.' },
  'peer-mixes-ipblock': { severity: 'error', summary: 'A peer that sets ipBlock together with a selector.' },
  'missing-cidr': { severity: 'error', summary: 'ipBlock without cidr.' },
  'invalid-cidr': { severity: 'error', summary: 'cidr or except entry that is not a CIDR.' },
  'cidr-not-canonical': { severity: 'warning', summary: 'cidr with host bits set (it is masked to the network).' },
  'except-outside-cidr': {
    severity: 'error',
    summary: 'except entry not strictly inside cidr (or another IP family).',
  },
  'invalid-policy-type': { severity: 'error', summary: 'policyTypes entry other than Ingress / Egress.' },
  'duplicate-policy-type': { severity: 'error', summary: 'policyTypes lists the same type twice.' },
  'too-many-policy-types': { severity: 'error', summary: 'policyTypes with more than two entries.' },
  // Lint pitfalls (src/model/lint.ts).
  'split-peer': {
    severity: 'warning',
    summary: 'namespaceSelector and podSelector in two adjacent peers (OR) where one peer (AND) was likely meant.',
  },
  'selects-nothing': { severity: 'warning', summary: 'The policy selects no workload of the workspace.' },
  'policy-types-omit-rules': {
    severity: 'warning',
    summary: 'Ingress or egress rules in a direction the listed policyTypes leave out (they are ignored).',
  },
  'no-dns-egress': { severity: 'warning', summary: 'Egress-isolated pods with no rule allowing DNS (port 53).' },
  'port-matches-nothing': {
    severity: 'warning',
    summary: 'A rule port that no container port of the destination workloads matches.',
  },
  'duplicate-policy': {
    severity: 'error',
    summary: 'Two policies with the same namespace/name (the later one replaces the earlier).',
  },
};
