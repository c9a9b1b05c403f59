/**
 * "Why" for the selected effective flow: explainFlow's verdict, then for the
 * egress side (the source) and the ingress side (the destination): isolated or
 * not, by which policies, and which rules match. A rule is a button that
 * selects its rule edge, so the editor highlights its YAML through the usual
 * selection → highlight path. A port box asks about one port/protocol.
 */
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Fragment, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EffectiveFlow } from '../../model/analysis/effective.ts';
import type { FlowExplanation, FlowPort, RuleMatch, SideExplanation } from '../../model/analysis/explain.ts';
import { ANYWHERE_ID, parseNodeId } from '../../model/graph/index.ts';
import { INGRESS_CONTROLLER_NODE_ID } from '../../model/graph/ids.ts';
import type { PolicyGraph } from '../../model/graph/types.ts';
import { formatConns, isEmpty } from '../../model/analysis/ports.ts';
import type { Protocol } from '../../model/types.ts';
import { explainEffective } from '../../state/effective-view.ts';
import { usePanelSide } from '../inspector/use-panel-side.ts';
import { useEffectiveView, useStore } from '../hooks/stores.ts';
import { useView } from '../hooks/use-view.ts';
import { Name } from '../text/Name.tsx';
import { rangeText } from './EffectiveEdge.tsx';
import { WhyChain, WhyRoute } from './WhyChain.tsx';

/** `8080`, `8080/TCP`, `udp 53`: the asked port; undefined for empty, null for unreadable. */
export function parsePortQuery(text: string): FlowPort | undefined | null {
  const t = text.trim();
  if (!t) return undefined;
  const m = /^(?:(tcp|udp|sctp)\s+)?(\d{1,5})(?:\s*\/\s*(tcp|udp|sctp))?$/i.exec(t);
  if (!m || (m[1] && m[3])) return null;
  const port = Number(m[2]);
  if (port < 1 || port > 65535) return null;
  return { port, protocol: (m[1] ?? m[3] ?? 'TCP').toUpperCase() as Protocol };
}

/** `shop/api` for a workload (its kind is noise here), the address for an external end. */
const endName = (e: FlowExplanation['from']): string =>
  e.kind === 'workload' ? `${e.workload.namespace}/${e.workload.name}` : e.id;

/**
 * Title text for an end: `shop/api` for a workload, `anywhere` or the CIDR for addresses (the ranges are
 * listed below), the stand-in pod (`production/tier=web`) for a node of policies without workloads.
 */
function endLabel(t: TFunction<'ui-effective'>, node: string, text: string): string {
  const end = parseNodeId(node);
  if (end?.kind === 'workload') return `${end.namespace}/${end.name}`;
  if (end?.kind === 'cidr')
    return end.except.length ? t('why.except', { cidr: end.cidr, except: end.except.join(', ') }) : end.cidr;
  if (end?.kind === 'anywhere') return t('why.anywhere');
  return text.replace(/\[Pod\]$/, '');
}

/** Rule-graph edges drawn for this rule match (any target node: they share the peer's span). */
function ruleEdgeIds(graph: PolicyGraph, r: RuleMatch): string[] {
  return graph.edges
    .filter(
      (e) =>
        e.policyId === r.policyId &&
        e.direction === r.direction &&
        e.ruleIndex === r.ruleIndex &&
        e.peerIndex === r.peerIndex,
    )
    .map((e) => e.id);
}

function Side({
  title,
  who,
  side,
  graph,
  asked,
}: {
  title: 'Egress' | 'Ingress';
  who: string;
  side: SideExplanation;
  graph: PolicyGraph;
  asked?: FlowPort;
}) {
  const selectedEdges = useStore((s) => s.selectedEdgeIds);
  const dir = title === 'Egress' ? 'egress' : 'ingress';
  const { t } = useTranslation('ui-effective');
  const direction = t(`why.dir.${dir}`);
  const selectedPolicies = useStore((s) => s.selectedPolicyIds);
  let status: ReactNode;
  if (!side.isolated)
    status = who.includes('/') ? (
      <Trans t={t} i18nKey={`why.notIsolated.${dir}`} values={{ who }} components={{ name: <Name /> }} />
    ) : (
      t('why.external')
    );
  else {
    // Each isolating policy is a button: it highlights that policy in the YAML.
    const names = side.isolatingPolicies.map((p, i) => (
      <Fragment key={p.id}>
        {i > 0 && t('why.listSeparator')}
        <button
          type="button"
          className="why__policy"
          aria-pressed={selectedPolicies.includes(p.id)}
          title={t('why.policyTitle')}
          onClick={() => useStore.getState().select({ policies: [p.id] })}
          data-testid="why-isolating-policy"
        >
          <Name>{p.id}</Name>
        </button>
      </Fragment>
    ));
    status = (
      <>
        <Trans t={t} i18nKey={`why.isolatedBy.${dir}`} values={{ who }} components={{ name: <Name /> }} /> {names}
        {t('why.isolatedByEnd')}
      </>
    );
  }
  const allowing = side.rules.filter((r) => r.allows);
  return (
    <section className="why__side inspector__section" data-testid={`why-${dir}`} aria-label={t(`why.side.${dir}`)}>
      <h3 className="inspector__heading">
        <Trans t={t} i18nKey={`why.heading.${dir}`} values={{ who }} components={{ name: <Name /> }} />
      </h3>
      <p>{status}</p>
      {side.isolated && allowing.length === 0 && (
        <p className="why__blocked">
          {asked
            ? t('why.blockedPort', { direction, protocol: asked.protocol, port: asked.port })
            : t('why.blocked', { direction })}
        </p>
      )}
      {side.rules.length > 0 && (
        <ul className="why__rules">
          {side.rules.map((r) => {
            const ids = ruleEdgeIds(graph, r);
            const active = ids.length > 0 && ids.every((id) => selectedEdges.includes(id));
            return (
              <li key={`${r.policyId}#${r.ruleIndex}`}>
                <button
                  type="button"
                  className={`why__rule${r.allows ? '' : ' why__rule--blocks'}`}
                  aria-pressed={active}
                  disabled={ids.length === 0}
                  title={ids.length ? t('why.ruleTitle') : t('why.ruleNotDrawn')}
                  onClick={() => useStore.getState().select({ edges: ids })}
                  data-testid="why-rule"
                  data-policy={r.policyId}
                >
                  {r.allows ? t('why.allowedBy') : t('why.matchesNotPort')}{' '}
                  <strong>
                    <Name>{r.policyId}</Name>
                  </strong>{' '}
                  {t('why.rule', { direction, rule: r.ruleIndex + 1 })}
                  <br />
                  <span className="why__rule-ports">{formatConns(r.conns)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Verdict({ ex }: { ex: FlowExplanation }) {
  const { t } = useTranslation('ui-effective');
  const ok = typeof ex.allowed === 'boolean' ? ex.allowed : !isEmpty(ex.allowed);
  const text = ex.port
    ? t(ok ? 'why.verdictPortAllowed' : 'why.verdictPortBlocked', { protocol: ex.port.protocol, port: ex.port.port })
    : ok
      ? t('why.verdictAllowed', { conns: formatConns(ex.conns) })
      : t('why.verdictBlocked');
  return (
    <p className={`why__verdict why__verdict--${ok ? 'allowed' : 'blocked'}`} role="status" data-testid="why-verdict">
      {text}
    </p>
  );
}

function WhyBody({ flow }: { flow: EffectiveFlow }) {
  const view = useView();
  const text = useStore((s) => s.parsedText);
  const [portText, setPortText] = useState('');
  const { t } = useTranslation('ui-effective');
  const port = parsePortQuery(portText);
  // Re-explained only when the flow, the text or the asked port changes (not on every keystroke of `8080/TC…`).
  const portKey = port ? `${port.protocol} ${port.port}` : '';
  const caches = useStore((s) => s.caches);
  const ex = useMemo(
    () => explainEffective(caches, text, flow, parsePortQuery(portKey) ?? undefined),
    [caches, text, flow, portKey],
  );
  return (
    <>
      <div className="inspector__head">
        <span className="inspector__kind">{t('why.kind')}</span>
        <span className="inspector__title" data-testid="why-title">
          <Name>{endLabel(t, flow.source, flow.from)}</Name> → <Name>{endLabel(t, flow.target, flow.to)}</Name>
        </span>
        {flow.ranges.length > 0 && (
          <span className="inspector__sub" data-testid="why-ranges">
            {t('why.addresses', { ranges: flow.ranges.map((r) => r.range).join(', ') })}
          </span>
        )}
        {flow.lines > 1 && (
          <span className="inspector__sub" data-testid="why-lines">
            {t('why.lines', { count: flow.lines, ranges: flow.ranges.map(rangeText).join(', ') })}
          </span>
        )}
      </div>
      <label className="why__port">
        {t('why.askPort')}
        <input
          className="input"
          value={portText}
          onChange={(e) => setPortText(e.target.value)}
          placeholder="5432/TCP"
          aria-label={t('why.askPortLabel')}
          data-testid="why-port"
        />
      </label>
      {port === null && <p className="why__error">{t('why.portInvalid')}</p>}
      {flow.source === INGRESS_CONTROLLER_NODE_ID ? (
        <WhyRoute flow={flow} graph={view.graph} />
      ) : typeof ex === 'string' ? (
        <p className="why__error">{ex}</p>
      ) : (
        <>
          <Verdict ex={ex} />
          <WhyChain ex={ex} graph={view.graph} />
          <Side
            title="Egress"
            who={flow.source === ANYWHERE_ID ? t('why.anywhere') : endName(ex.from)}
            side={ex.egress}
            graph={view.graph}
            asked={ex.port}
          />
          <Side
            title="Ingress"
            who={flow.target === ANYWHERE_ID ? t('why.anywhere') : endName(ex.to)}
            side={ex.ingress}
            graph={view.graph}
            asked={ex.port}
          />
        </>
      )}
    </>
  );
}

export function WhyPanel({ flows }: { flows: readonly EffectiveFlow[] }) {
  const selected = useEffectiveView((s) => s.selectedFlow);
  const flow = flows.find((f) => f.id === selected);
  const panel = useRef<HTMLElement>(null);
  const { t } = useTranslation('ui-effective');
  const side = usePanelSide(panel, flow ? `[data-edge-id="${CSS.escape(flow.id)}"]` : undefined);
  if (!flow) return null;
  const close = () => {
    useEffectiveView.getState().selectFlow(null);
    useStore.getState().clearSelection();
  };
  return (
    <aside
      ref={panel}
      className={`inspector inspector--${side}`}
      aria-label={t('why.label')}
      data-testid="why-panel"
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      <button type="button" className="inspector__close" onClick={close} aria-label={t('why.close')}>
        ×
      </button>
      <WhyBody key={flow.id} flow={flow} />
    </aside>
  );
}
