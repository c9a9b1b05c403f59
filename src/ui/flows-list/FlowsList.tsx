/**
 * The graph as lists, for the keyboard and screen readers: every node (grouped by namespace) and every
 * flow — the rule edges in the rules view, the effective flows with their verdict in the effective view.
 * Each item is a button that selects its node or flow on the canvas (and opens the inspector or the Why
 * panel), so everything the canvas shows can be reached and read without a pointer.
 */
import { useTranslation } from 'react-i18next';
import type { EffectiveFlow } from '../../model/analysis/effective.ts';
import { isHalfOpen } from '../../model/analysis/effective.ts';
import type { GraphEdge, GraphNode, PolicyGraph } from '../../model/graph/types.ts';
import { useEffectiveView, useStore } from '../hooks/stores.ts';
import { useEffectiveFlows } from '../hooks/use-effective-flows.ts';
import { useView } from '../hooks/use-view.ts';
import { Name } from '../text/Name.tsx';
import './flows-list.css';

/** Items listed per list: beyond it the list says how many more (a big cluster has tens of thousands). */
const LIMIT = 400;

function selectNode(id: string): void {
  const s = useStore.getState();
  s.select({ nodes: [id] });
  s.requestCentre(id);
}

function selectRule(edge: GraphEdge): void {
  const s = useStore.getState();
  s.select({ edges: [edge.id] });
  s.requestCentre(edge.target);
}

function selectFlow(flow: EffectiveFlow): void {
  useEffectiveView.getState().selectFlow(flow.id);
  useStore.getState().requestCentre(flow.target);
}

function More({ count }: { count: number }) {
  const { t } = useTranslation('ui-a11y');
  return count > LIMIT ? <li className="flows-list__more">{t('flowsList.more', { count: count - LIMIT })}</li> : null;
}

function NodeItems({ graph }: { graph: PolicyGraph }) {
  const { t } = useTranslation('ui-a11y');
  const nodes = graph.nodes.filter((n) => n.kind !== 'namespace');
  const where = (n: GraphNode) => (n.namespace ? t('flowsList.inNamespace', { namespace: n.namespace }) : '');
  return (
    <section aria-labelledby="flows-list-nodes">
      <h3 id="flows-list-nodes" className="flows-list__heading">
        {t('flowsList.nodes', { count: nodes.length })}
      </h3>
      {nodes.length === 0 && <p className="flows-list__empty">{t('flowsList.noNodes')}</p>}
      <ul className="flows-list__items">
        {nodes.slice(0, LIMIT).map((n) => (
          <li key={n.id}>
            <button type="button" className="flows-list__item" onClick={() => selectNode(n.id)} data-node-id={n.id}>
              <Name>{n.label}</Name> <span className="flows-list__meta">{where(n)}</span>
            </button>
          </li>
        ))}
        <More count={nodes.length} />
      </ul>
    </section>
  );
}

/** A node's label by id, for the ends of a flow. */
const labeller = (graph: PolicyGraph) => {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return (id: string) => {
    const n = byId.get(id);
    return n ? (n.namespace && n.kind !== 'namespace' ? `${n.namespace}/${n.label}` : n.label) : id;
  };
};

function RuleItems({ graph }: { graph: PolicyGraph }) {
  const { t } = useTranslation('ui-a11y');
  const label = labeller(graph);
  return (
    <section aria-labelledby="flows-list-flows">
      <h3 id="flows-list-flows" className="flows-list__heading">
        {t('flowsList.ruleFlows', { count: graph.edges.length })}
      </h3>
      {graph.edges.length === 0 && <p className="flows-list__empty">{t('flowsList.noFlows')}</p>}
      <ul className="flows-list__items">
        {graph.edges.slice(0, LIMIT).map((e) => (
          <li key={e.id}>
            <button type="button" className="flows-list__item" onClick={() => selectRule(e)} data-edge-id={e.id}>
              <Name>{label(e.source)}</Name> → <Name>{label(e.target)}</Name>{' '}
              <span className="flows-list__ports">{e.label}</span>{' '}
              <span className="flows-list__meta">
                {t('verdict.rule', { policy: e.policyId, direction: e.direction, index: e.ruleIndex + 1 })}
              </span>
            </button>
          </li>
        ))}
        <More count={graph.edges.length} />
      </ul>
    </section>
  );
}

function EffectiveItems({ graph, flows }: { graph: PolicyGraph; flows: readonly EffectiveFlow[] }) {
  const { t } = useTranslation('ui-a11y');
  const label = labeller(graph);
  return (
    <section aria-labelledby="flows-list-flows">
      <h3 id="flows-list-flows" className="flows-list__heading">
        {t('flowsList.effectiveFlows', { count: flows.length })}
      </h3>
      {flows.length === 0 && <p className="flows-list__empty">{t('flowsList.noFlows')}</p>}
      <ul className="flows-list__items">
        {flows.slice(0, LIMIT).map((f) => {
          const half = isHalfOpen(f);
          return (
            <li key={f.id}>
              <button
                type="button"
                className={`flows-list__item verdict verdict--${half ? 'half-open' : 'allowed'}`}
                onClick={() => selectFlow(f)}
                data-edge-id={f.id}
              >
                <span className="flows-list__verdict">{half ? t('verdict.halfOpen') : t('verdict.allowed')}</span>{' '}
                <Name>{label(f.source)}</Name> → <Name>{label(f.target)}</Name>{' '}
                <span className="flows-list__ports">{f.label}</span>
              </button>
            </li>
          );
        })}
        <More count={flows.length} />
      </ul>
    </section>
  );
}

export function FlowsList() {
  const view = useView();
  const flows = useEffectiveFlows();
  return (
    <div className="flows-list" data-testid="flows-list">
      <NodeItems graph={view.graph} />
      {flows ? <EffectiveItems graph={view.graph} flows={flows} /> : <RuleItems graph={view.graph} />}
    </div>
  );
}
