/**
 * The what-if probe: a question typed as one line (`shop/web -> shop/db:5432/TCP`), or built with the
 * two pickers, answered by the explain model (model/analysis/probe.ts → explainFlow): the verdict, then
 * the egress side of the source and the ingress side of the destination. Each policy and rule is a
 * link: a policy is selected (its YAML highlighted), a rule is revealed at its line in the editor.
 */
import { Fragment, useDeferredValue, useMemo } from 'react';
import type { FlowExplanation, RuleMatch, SideExplanation } from '../../model/analysis/explain.ts';
import { formatConns, isEmpty } from '../../model/analysis/ports.ts';
import { parseProbe, runProbe } from '../../model/analysis/probe.ts';
import { workspaceOf } from '../../state/analyse.ts';
import { analysisDockStore } from '../../state/analysis-dock.ts';
import { bindStore } from '../hooks/bind-store.ts';
import { useStore } from '../hooks/stores.ts';
import { useView } from '../hooks/use-view.ts';
import { Name } from '../text/Name.tsx';
import { CoreTrans } from '../text/core-trans.ts';
import { useCoreText, type CoreText } from '../text/use-core-text.ts';

const useDock = bindStore(analysisDockStore);

const ARROW = /\s*(?:->|→|=>)\s*/;

function RuleLink({ r, dir }: { r: RuleMatch; dir: string }) {
  const span = r.span;
  const core = useCoreText();
  const said = core.say(dir === 'ingress' ? 'explain:why.ingress' : 'explain:why.egress');
  return (
    <button
      type="button"
      className={`why__rule${r.allows ? '' : ' why__rule--blocks'}`}
      disabled={!span}
      title={span ? `Show ${dir} rule ${r.ruleIndex + 1} of ${r.policyId} in the YAML` : undefined}
      onClick={() => span && useStore.getState().requestReveal(span.offset, span.endOffset)}
      data-testid="probe-rule"
      data-policy={r.policyId}
      data-line={span?.line}
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
      {span && <span className="probe__line"> · line {span.line}</span>}
      <br />
      <span className="why__rule-ports">{formatConns(r.conns)}</span>
    </button>
  );
}

function ProbeSide({ title, who, side }: { title: 'Egress' | 'Ingress'; who: string; side: SideExplanation }) {
  const dir = title.toLowerCase();
  const allowing = side.rules.filter((r) => r.allows);
  const core = useCoreText();
  const said = core.say(dir === 'ingress' ? 'explain:why.ingress' : 'explain:why.egress');
  return (
    <section className="why__side probe__side" data-testid={`probe-${dir}`} aria-label={`${title} side`}>
      <h3 className="inspector__heading">
        {title} · {title === 'Egress' ? 'leaving' : 'entering'} <Name>{who}</Name>
      </h3>
      {!side.isolated ? (
        <p>
          {who.includes('/') ? (
            <CoreTrans
              core={core}
              id="explain:why.notIsolated"
              values={{ dir: said, Dir: title }}
              components={{ who: <Name>{who}</Name> }}
            />
          ) : (
            core.say('explain:why.outsideAddress')
          )}
        </p>
      ) : (
        <p>
          <CoreTrans
            core={core}
            id="explain:why.isolatedBy"
            values={{ dir: said }}
            components={{
              who: <Name>{who}</Name>,
              policies: (
                <>
                  {side.isolatingPolicies.map((p, i) => (
                    <Fragment key={p.id}>
                      {i > 0 && ', '}
                      <button
                        type="button"
                        className="why__policy"
                        title="Show this policy in the YAML"
                        onClick={() => useStore.getState().select({ policies: [p.id] })}
                        data-testid="probe-policy"
                      >
                        <Name>{p.id}</Name>
                      </button>
                    </Fragment>
                  ))}
                </>
              ),
            }}
          />
        </p>
      )}
      {side.isolated && allowing.length === 0 && (
        <p className="why__blocked">{core.say('explain:why.noRuleAllowsIt', { dir: said })}</p>
      )}
      {side.rules.length > 0 && (
        <ul className="why__rules">
          {side.rules.map((r) => (
            <li key={`${r.policyId}#${r.ruleIndex}`}>
              <RuleLink r={r} dir={dir} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** `shop/web` for a workload, the address for an external end, the labels for a pod that does not exist yet. */
function endName(e: FlowExplanation['from'], core: CoreText): string {
  if (e.kind !== 'workload') return e.id;
  return e.workload.name.startsWith('{')
    ? core.say('explain:why.newPod', { labels: e.workload.name, namespace: e.workload.namespace })
    : `${e.workload.namespace}/${e.workload.name}`;
}

function Answer({ ex }: { ex: FlowExplanation }) {
  const ok = typeof ex.allowed === 'boolean' ? ex.allowed : !isEmpty(ex.allowed);
  const core = useCoreText();
  const ends = { from: endName(ex.from, core), to: endName(ex.to, core) };
  const verdict = ex.port
    ? core.say(ok ? 'explain:why.probeAllowedPort' : 'explain:why.probeBlockedPort', {
        ...ends,
        port: `${ex.port.protocol} ${ex.port.port}`,
      })
    : ok
      ? core.say('explain:why.probeAllowedConns', { ...ends, conns: formatConns(ex.conns) })
      : core.say('explain:why.probeBlockedAll', ends);
  return (
    <div className="probe__answer">
      <p
        className={`why__verdict why__verdict--${ok ? 'allowed' : 'blocked'}`}
        role="status"
        data-testid="probe-verdict"
      >
        <Name>{verdict}</Name>
      </p>
      <div className="probe__sides">
        <ProbeSide title="Egress" who={ends.from} side={ex.egress} />
        <ProbeSide title="Ingress" who={ends.to} side={ex.ingress} />
      </div>
    </div>
  );
}

/** Workload names for the pickers, from the graph on screen (no parse on this thread for that). */
function useWorkloadNames(): string[] {
  const { graph } = useView();
  return useMemo(() => {
    const out = new Set<string>();
    for (const n of graph.nodes)
      if (n.endpoint?.type === 'workload') out.add(`${n.endpoint.namespace}/${n.endpoint.name}`);
    return [...out].sort();
  }, [graph]);
}

function Picker({
  label,
  value,
  names,
  onPick,
}: {
  label: string;
  value: string;
  names: string[];
  onPick: (v: string) => void;
}) {
  return (
    <select
      className="input probe__pick"
      aria-label={label}
      value={names.includes(value) ? value : ''}
      onChange={(e) => onPick(e.target.value)}
      data-testid={`probe-pick-${label.toLowerCase()}`}
    >
      <option value="">{label}…</option>
      {names.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}

export function ProbePanel() {
  const text = useDock((s) => s.probeText);
  const setText = useDock((s) => s.setProbeText);
  const asked = useDeferredValue(text);
  const parsedText = useStore((s) => s.parsedText);
  const caches = useStore((s) => s.caches);
  const names = useWorkloadNames();
  const probe = useMemo(() => (asked.trim() === '' ? undefined : parseProbe(asked)), [asked]);
  const answer = useMemo(
    () => (probe && !('error' in probe) ? runProbe(workspaceOf(parsedText, caches), probe) : undefined),
    [probe, parsedText, caches],
  );
  // The pickers rewrite one end of the line, keeping the other end and the port as typed.
  const arrow = ARROW.exec(text);
  const fromText = arrow ? text.slice(0, arrow.index).trim() : text.trim();
  const toFull = arrow ? text.slice(arrow.index + arrow[0].length).trim() : '';
  const colon = /:(\d+(?:\/\w+)?)$/.exec(toFull);
  const toText = colon ? toFull.slice(0, colon.index) : toFull;
  const portPart = colon ? `:${colon[1]}` : '';
  return (
    <div className="probe" data-testid="probe-panel">
      <div className="probe__ask">
        <input
          className="input probe__input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="shop/web -> shop/db:5432/TCP   ·   10.0.0.7 -> api:80   ·   shop/{app=reports} -> shop/db:5432"
          aria-label="What-if question: source -> destination:port/protocol"
          aria-invalid={!!probe && 'error' in probe}
          spellCheck={false}
          data-testid="probe-input"
        />
        <Picker label="From" value={fromText} names={names} onPick={(v) => setText(`${v} -> ${toText}${portPart}`)} />
        <Picker label="To" value={toText} names={names} onPick={(v) => setText(`${fromText} -> ${v}${portPart}`)} />
      </div>
      {probe && 'error' in probe && (
        <p className="why__error" data-testid="probe-error">
          Column {probe.at + 1}: {probe.error}
        </p>
      )}
      {!probe && (
        <p className="probe__hint">
          Ask whether a source can reach a destination: workloads (<code>shop/web</code>), IP addresses, or a label set
          for a pod that does not exist yet (<code>shop/{'{app=reports}'}</code>), with a port (<code>:5432/TCP</code>).
        </p>
      )}
      {typeof answer === 'string' && (
        <p className="why__error" data-testid="probe-error">
          <Name>{answer}</Name>
        </p>
      )}
      {answer && typeof answer !== 'string' && <Answer ex={answer} />}
    </div>
  );
}
