/**
 * Inspector for one canvas edge: every rule behind it (policy, direction,
 * rule number), its ports editable in the label syntax (setRulePorts), and
 * removal of exactly that peer or of the whole policy.
 */
import { Trans, useTranslation } from 'react-i18next';
import { removeEdgeEdit, setEdgePortsEdit } from '../../model/edits/index.ts';
import type { GraphEdge, GraphNode, PolicyGraph } from '../../model/graph/types.ts';
import { runEdit } from '../canvas/gestures/gestures.ts';
import { parseRulePorts } from '../dialogs/forms.ts';
import { commitParsed } from './commit-field.ts';
import { InlineField } from './InlineField.tsx';
import './edge-inspector.css';
import { useView } from '../hooks/use-view.ts';
import { Name } from '../text/Name.tsx';

/** How a peer is named in the notice: workloads and selectors with their namespace (`shop/api`). */
function peerName(node: GraphNode | undefined, id: string): string {
  if (!node) return id;
  const namespaced =
    (node.kind === 'workload' || node.kind === 'inferred') && node.namespace && !node.label.includes('/');
  return namespaced ? `${node.namespace}/${node.label}` : node.label;
}

/**
 * The other peers of the rule behind `edge`: a rule's ports apply to all its
 * peers, so editing them here changes those flows too. Peers are the sources
 * of an ingress rule and the destinations of an egress rule.
 */
export function otherPeers(graph: PolicyGraph, edge: GraphEdge): string[] {
  const peerEnd = (e: GraphEdge) => (e.direction === 'ingress' ? e.source : e.target);
  const mine = peerEnd(edge);
  const ids = new Set<string>();
  for (const e of graph.edges) {
    if (
      e.policyId === edge.policyId &&
      e.direction === edge.direction &&
      e.ruleIndex === edge.ruleIndex &&
      peerEnd(e) !== mine
    )
      ids.add(peerEnd(e));
  }
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return [...ids].map((id) => peerName(byId.get(id), id)).sort((a, b) => a.localeCompare(b));
}

export function EdgeInspector({
  rules,
  source,
  target,
  disabled,
}: {
  rules: GraphEdge[];
  source?: GraphNode;
  target?: GraphNode;
  disabled: boolean;
}) {
  const { graph } = useView();
  const { t } = useTranslation('ui-inspector');
  return (
    <>
      <div className="inspector__head">
        {/* A Deny or Pass rule of a cluster policy is no "allowed flow". */}
        <span className="inspector__kind">
          {rules.every((r) => r.cluster || r.routes) ? t('edge.layerKind') : t('edge.kind')}
        </span>
        <span className="inspector__title" data-testid="inspector-title">
          {source?.label ?? '?'} → {target?.label ?? '?'}
        </span>
      </div>
      {rules.map((r) => (
        <section key={r.id} className="inspector__section rule-card" data-testid="inspector-rule">
          <h3 className="inspector__heading">
            <Name>{r.policyId}</Name>{' '}
            <span className="rule-card__where">
              ·{' '}
              {r.peerIndex >= 0
                ? t('edge.where', {
                    direction: t(`edge.direction.${r.direction}`),
                    rule: r.ruleIndex + 1,
                    peer: r.peerIndex + 1,
                  })
                : t('edge.whereAnyPeer', { direction: t(`edge.direction.${r.direction}`), rule: r.ruleIndex + 1 })}
            </span>
          </h3>
          {r.cluster || r.routes ? (
            // The NetworkPolicy edits below (setRulePorts, removing a peer, deletePolicy) do not apply here.
            <p className="rule-card__shared" role="note" data-testid="layer-rule-note">
              {r.label} — {t('edge.layerRule')}
            </p>
          ) : (
            <NetworkPolicyRuleActions rule={r} graph={graph} disabled={disabled} />
          )}
        </section>
      ))}
    </>
  );
}

/** The edits of a NetworkPolicy rule edge: its ports, removing its peer or rule, deleting its policy. */
function NetworkPolicyRuleActions({
  rule: r,
  graph,
  disabled,
}: {
  rule: GraphEdge;
  graph: PolicyGraph;
  disabled: boolean;
}) {
  const { t } = useTranslation('ui-inspector');
  return (
    <>
      <InlineField
        label={t('edge.ports')}
        value={r.label === 'all ports' ? '' : r.label}
        placeholder={t('edge.allPorts')}
        note="TCP 8080, UDP 53, TCP 8000-8100, TCP http"
        testId="edge-ports"
        disabled={disabled}
        onCommit={(text) => commitParsed(parseRulePorts(text), (ports) => setEdgePortsEdit(r, ports))}
      />
      <SharedRuleNotice peers={otherPeers(graph, r)} />
      <div className="rule-card__actions">
        <button
          type="button"
          className="link-button link-button--danger"
          disabled={disabled}
          onClick={() => runEdit(removeEdgeEdit(r))}
          data-testid="remove-peer"
        >
          {r.peerIndex >= 0 ? t('edge.removePeer') : t('edge.removeRule')}
        </button>
        <button
          type="button"
          className="link-button link-button--danger"
          disabled={disabled}
          onClick={() => runEdit({ op: 'deletePolicy', policy: r.policyId })}
          data-testid="delete-policy"
        >
          {t('edge.deletePolicy')}
        </button>
      </div>
    </>
  );
}

function SharedRuleNotice({ peers }: { peers: string[] }) {
  const { t } = useTranslation('ui-inspector');
  if (peers.length === 0) return null;
  return (
    <p className="rule-card__shared" role="note" data-testid="shared-rule-notice">
      <Trans
        t={t}
        i18nKey="edge.shared"
        count={peers.length}
        values={{ peers: peers.join(', ') }}
        components={{ b: <b /> }}
      />
    </p>
  );
}
