/**
 * The decision chain of a flow decided with cluster-scoped policies (FlowExplanation.chain, built by
 * model/analysis/cluster-policies/explain-chain.ts in the one decision order: Admin tier →
 * NetworkPolicy → Baseline tier → default), one line per direction and distinct chain, e.g.
 * `ANP guard-db (prio 10) rule 2 → Pass → NetworkPolicy shop/db-ingress → allowed`.
 * A link that has a place in the YAML is a button: it selects the rule's edges (or the NetworkPolicies),
 * so the editor highlights the lines through the usual selection → highlight path.
 */
import { useTranslation } from 'react-i18next';
import { Fragment } from 'react';
import type { ChainLink, DecisionChain } from '../../model/analysis/cluster-policies/explain-chain.ts';
import type { FlowExplanation, FlowPort } from '../../model/analysis/explain.ts';
import { allowsPort, formatConns, isEmpty } from '../../model/analysis/ports.ts';
import { SHORT_KIND } from '../../model/graph/cluster-layer.ts';
import type { PolicyGraph } from '../../model/graph/types.ts';
import type { Direction } from '../../model/types.ts';
import { useStore } from '../hooks/stores.ts';
import { Name } from '../text/Name.tsx';
import './why-chain.css';

/** What selecting a link selects: the cluster rule's edges, or the NetworkPolicies of the layer. */
type LinkTarget = { edges: string[] } | { policies: string[] } | undefined;

function targetOf(graph: PolicyGraph, dir: Direction, l: ChainLink): LinkTarget {
  if (l.layer === 'NetworkPolicy' && l.policy) return { policies: l.policy.split(', ') };
  if ((l.layer !== 'Admin' && l.layer !== 'Baseline') || !l.policy) return undefined;
  // ChainLink.policy is `Kind name`; graph edges name the policy `Kind/name` (model/graph/cluster-layer.ts).
  const policyId = l.policy.replace(' ', '/');
  const edges = graph.edges
    .filter((e) => e.policyId === policyId && e.direction === dir && e.ruleIndex === l.ruleIndex)
    .map((e) => e.id);
  return edges.length ? { edges } : undefined;
}

/** `ANP guard-db`: the short kind (as on the canvas badges) and the name. */
function shortPolicy(policy: string): string {
  const [kind, ...name] = policy.split(' ');
  const short = (SHORT_KIND as Record<string, string | undefined>)[kind];
  return short ? `${short} ${name.join(' ')}` : policy;
}

function LinkText({ link }: { link: ChainLink }) {
  const { t } = useTranslation('ui-effective');
  if (link.layer === 'NetworkPolicy') return <>{t('why.chain.networkPolicy', { policies: link.policy ?? '' })}</>;
  if (link.layer === 'Default') return <>{t('why.chain.default')}</>;
  const prio = link.priority === undefined ? '' : t('why.chain.prio', { priority: link.priority });
  return (
    <>
      <Name>{shortPolicy(link.policy ?? '')}</Name>
      {prio}{' '}
      {t('why.chain.rule', { rule: (link.ruleIndex ?? 0) + 1, name: link.ruleName ? ` “${link.ruleName}”` : '' })}
    </>
  );
}

function verdictOf(c: DecisionChain, port: FlowPort | undefined): { ok: boolean; conns: string } {
  const ok = port ? allowsPort(c.conns, port.protocol, port.port) : !isEmpty(c.conns);
  return { ok, conns: port ? `${port.protocol} ${port.port}` : formatConns(c.conns) };
}

function ChainLine({ chain, graph, port }: { chain: DecisionChain; graph: PolicyGraph; port?: FlowPort }) {
  const { t } = useTranslation('ui-effective');
  const selectedEdges = useStore((s) => s.selectedEdgeIds);
  const selectedPolicies = useStore((s) => s.selectedPolicyIds);
  const verdict = verdictOf(chain, port);
  return (
    <li className="why-chain__line" data-testid="why-chain" data-direction={chain.direction}>
      {chain.links.map((l, i) => {
        const target = targetOf(graph, chain.direction, l);
        const pressed =
          target !== undefined &&
          ('edges' in target
            ? target.edges.every((id) => selectedEdges.includes(id))
            : target.policies.every((id) => selectedPolicies.includes(id)));
        return (
          <Fragment key={i}>
            {i > 0 && <span className="why-chain__arrow">{' → '}</span>}
            {target ? (
              <button
                type="button"
                className="why__policy why-chain__link"
                aria-pressed={pressed}
                title={t('why.chain.linkTitle')}
                onClick={() => useStore.getState().select(target)}
                data-testid="why-chain-link"
                data-layer={l.layer}
              >
                <LinkText link={l} />
              </button>
            ) : (
              <span className="why-chain__link" data-testid="why-chain-link" data-layer={l.layer}>
                <LinkText link={l} />
              </span>
            )}
            {l.action && (
              <>
                <span className="why-chain__arrow">{' → '}</span>
                <strong className={`why-chain__action why-chain__action--${l.action.toLowerCase()}`}>
                  {t(`why.chain.action.${l.action}`)}
                </strong>
              </>
            )}
          </Fragment>
        );
      })}
      <span className="why-chain__arrow">{' → '}</span>
      <strong className={verdict.ok ? 'why-chain__allowed' : 'why-chain__denied'} data-testid="why-chain-verdict">
        {verdict.ok ? t('why.chain.allowed', { conns: verdict.conns }) : t('why.chain.denied')}
      </strong>
    </li>
  );
}

/** The chains of both directions; nothing when no cluster-scoped policy is in the workspace. */
export function WhyChain({ ex, graph }: { ex: FlowExplanation; graph: PolicyGraph }) {
  const { t } = useTranslation('ui-effective');
  if (!ex.chain) return null;
  const distinct = (cs: readonly DecisionChain[]) => [...new Map(cs.map((c) => [c.text, c])).values()];
  const sides = [
    ['egress', distinct(ex.chain.egress)],
    ['ingress', distinct(ex.chain.ingress)],
  ] as const;
  const ambiguities = [...new Set([...ex.chain.egress, ...ex.chain.ingress].flatMap((c) => c.ambiguities))];
  return (
    <section className="why__side inspector__section" data-testid="why-chains" aria-label={t('why.chain.label')}>
      <h3 className="inspector__heading">{t('why.chain.heading')}</h3>
      <p className="why-chain__order">{t('why.chain.order')}</p>
      {sides.map(([dir, chains]) =>
        chains.length === 0 ? null : (
          <div key={dir}>
            <p className="why-chain__dir">{t(`why.dir.${dir}`)}</p>
            <ul className="why-chain">
              {chains.map((c) => (
                <ChainLine key={c.text} chain={c} graph={graph} port={ex.port} />
              ))}
            </ul>
          </div>
        ),
      )}
      {ambiguities.map((a) => (
        <p key={a} className="why__blocked" data-testid="why-chain-ambiguity">
          {t('why.chain.ambiguous', { pair: a })}
        </p>
      ))}
    </section>
  );
}

/**
 * A flow from the ingress controller: explain has no pod to reason about (the controller's manifest is
 * unknown), so the panel says which Ingresses / Routes send it, the route edge a button to their YAML.
 */
export function WhyRoute({ flow, graph }: { flow: { source: string; target: string }; graph: PolicyGraph }) {
  const { t } = useTranslation('ui-effective');
  const route = graph.edges.find((e) => e.routes && e.source === flow.source && e.target === flow.target);
  return (
    <section className="why__side inspector__section" data-testid="why-route">
      <h3 className="inspector__heading">{t('why.route.heading')}</h3>
      <p>{t('why.route.text')}</p>
      {route && (
        <button
          type="button"
          className="why__policy"
          title={t('why.chain.linkTitle')}
          onClick={() => useStore.getState().select({ edges: [route.id] })}
          data-testid="why-route-link"
        >
          <Name>{route.routes!.join(', ')}</Name>
        </button>
      )}
    </section>
  );
}
