/**
 * "Why" for the selected effective flow: explainFlow's verdict, then for the
 * egress side (the source) and the ingress side (the destination): isolated or
 * not, by which policies, and which rules match. A rule is a button that
 * selects its rule edge, so the editor highlights its YAML through the usual
 * selection → highlight path. A port box asks about one port/protocol.
 */
import { Fragment, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EffectiveFlow } from '../../model/analysis/effective.ts';
import type { FlowExplanation, FlowPort, RuleMatch, SideExplanation } from '../../model/analysis/explain.ts';
import { ANYWHERE_ID, parseNodeId } from '../../model/graph/index.ts';
import type { PolicyGraph } from '../../model/graph/types.ts';
import { formatConns, isEmpty } from '../../model/analysis/ports.ts';
import type { Protocol } from '../../model/types.ts';
import { explainEffective } from '../../state/effective-view.ts';
import { usePanelSide } from '../inspector/use-panel-side.ts';
import { useEffectiveView, useStore } from '../hooks/stores.ts';
import { useView } from '../hooks/use-view.ts';
import { Name } from '../text/Name.tsx';
import { rangeText } from './EffectiveEdge.tsx';
import { CoreTrans } from '../text/core-trans.ts';
import { useCoreText } from '../text/use-core-text.ts';

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
function endLabel(node: string, text: string): string {
  const end = parseNodeId(node);
  if (end?.kind === 'workload') return `${end.namespace}/${end.name}`;
  if (end?.kind === 'cidr') return end.except.length ? `${end.cidr} except ${end.except.join(', ')}` : end.cidr;
  if (end?.kind === 'anywhere') return 'anywhere';
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
  title: string;
  who: string;
  side: SideExplanation;
  graph: PolicyGraph;
  asked?: FlowPort;
}) {
  const selectedEdges = useStore((s) => s.selectedEdgeIds);
  const dir = title.toLowerCase();
  const core = useCoreText();
  // The direction as the sentences say it ("ingress" in English, "Ingress" in Japanese).
  const said = core.say(dir === 'ingress' ? 'explain:why.ingress' : 'explain:why.egress');
  const selectedPolicies = useStore((s) => s.selectedPolicyIds);
  let status: ReactNode;
  if (!side.isolated)
    status = who.includes('/') ? (
      <CoreTrans
        core={core}
        id="explain:why.notIsolated"
        values={{ dir: said, Dir: title }}
        components={{ who: <Name>{who}</Name> }}
      />
    ) : (
      core.say('explain:why.outsideAddresses')
    );
  else {
    // Each isolating policy is a button: it highlights that policy in the YAML.
    const names = side.isolatingPolicies.map((p, i) => (
      <Fragment key={p.id}>
        {i > 0 && ', '}
        <button
          type="button"
          className="why__policy"
          aria-pressed={selectedPolicies.includes(p.id)}
          title="Show this policy in the YAML"
          onClick={() => useStore.getState().select({ policies: [p.id] })}
          data-testid="why-isolating-policy"
        >
          <Name>{p.id}</Name>
        </button>
      </Fragment>
    ));
    status = (
      <CoreTrans
        core={core}
        id="explain:why.isolatedBy"
        values={{ dir: said }}
        components={{ who: <Name>{who}</Name>, policies: <>{names}</> }}
      />
    );
  }
  const allowing = side.rules.filter((r) => r.allows);
  return (
    <section className="why__side inspector__section" data-testid={`why-${dir}`} aria-label={`${title} side`}>
      <h3 className="inspector__heading">
        {title} · {title === 'Egress' ? 'leaving' : 'entering'} <Name>{who}</Name>
      </h3>
      <p>{status}</p>
      {side.isolated && allowing.length === 0 && (
        <p className="why__blocked">
          {asked
            ? core.say('explain:why.noRuleAllowsPort', { dir: said, port: `${asked.protocol} ${asked.port}` })
            : core.say('explain:why.noRuleAllowsPeer', { dir: said })}
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
                  title={ids.length ? 'Show this rule in the YAML' : 'This rule is not drawn as an edge'}
                  onClick={() => useStore.getState().select({ edges: ids })}
                  data-testid="why-rule"
                  data-policy={r.policyId}
                >
                  <CoreTrans
                    core={core}
                    id={r.allows ? 'explain:why.allowedByRule' : 'explain:why.matchesNotPort'}
                    values={{ dir: said, number: r.ruleIndex + 1 }}
                    components={{
                      policy: (
                        <strong>
                          <Name>{r.policyId}</Name>
                        </strong>
                      ),
                    }}
                  />
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
  const ok = typeof ex.allowed === 'boolean' ? ex.allowed : !isEmpty(ex.allowed);
  const core = useCoreText();
  const text = ex.port
    ? core.say(ok ? 'explain:why.portAllowed' : 'explain:why.portBlocked', {
        port: `${ex.port.protocol} ${ex.port.port}`,
      })
    : ok
      ? core.say('explain:why.allowedConns', { conns: formatConns(ex.conns) })
      : core.say('explain:why.blockedAll');
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
        <span className="inspector__kind">Why · effective flow</span>
        <span className="inspector__title" data-testid="why-title">
          <Name>{endLabel(flow.source, flow.from)}</Name> → <Name>{endLabel(flow.target, flow.to)}</Name>
        </span>
        {flow.ranges.length > 0 && (
          <span className="inspector__sub" data-testid="why-ranges">
            addresses {flow.ranges.map((r) => r.range).join(', ')}
          </span>
        )}
        {flow.lines > 1 && (
          <span className="inspector__sub" data-testid="why-lines">
            {flow.lines} lines of the connectivity list, one per address range: {flow.ranges.map(rangeText).join(', ')}
          </span>
        )}
      </div>
      <label className="why__port">
        Ask about port
        <input
          className="input"
          value={portText}
          onChange={(e) => setPortText(e.target.value)}
          placeholder="5432/TCP"
          aria-label="Ask about one port, e.g. 5432/TCP"
          data-testid="why-port"
        />
      </label>
      {port === null && <p className="why__error">Write a port like 5432, 5432/TCP or UDP 53.</p>}
      {typeof ex === 'string' ? (
        <p className="why__error">{ex}</p>
      ) : (
        <>
          <Verdict ex={ex} />
          <Side
            title="Egress"
            who={flow.source === ANYWHERE_ID ? 'anywhere' : endName(ex.from)}
            side={ex.egress}
            graph={view.graph}
            asked={ex.port}
          />
          <Side
            title="Ingress"
            who={flow.target === ANYWHERE_ID ? 'anywhere' : endName(ex.to)}
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
      aria-label="Why this flow"
      data-testid="why-panel"
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      <button type="button" className="inspector__close" onClick={close} aria-label="Close the Why panel">
        ×
      </button>
      <WhyBody key={flow.id} flow={flow} />
    </aside>
  );
}
