/**
 * The what-if probe: a question typed as one line (`shop/web -> shop/db:5432/TCP`), or built with the
 * two pickers, answered by the explain model (model/analysis/probe.ts → explainFlow): the verdict, then
 * the egress side of the source and the ingress side of the destination. Each policy and rule is a
 * link: a policy is selected (its YAML highlighted), a rule is revealed at its line in the editor.
 */
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
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

const useDock = bindStore(analysisDockStore);

const ARROW = /\s*(?:->|→|=>)\s*/;

function RuleLink({ r, dir }: { r: RuleMatch; dir: 'ingress' | 'egress' }) {
  const span = r.span;
  const { t } = useTranslation('ui-analysis');
  const direction = t(`probe.dir.${dir}`);
  return (
    <button
      type="button"
      className={`why__rule${r.allows ? '' : ' why__rule--blocks'}`}
      disabled={!span}
      title={span ? t('probe.ruleTitle', { direction, rule: r.ruleIndex + 1, policy: r.policyId }) : undefined}
      onClick={() => span && useStore.getState().requestReveal(span.offset, span.endOffset)}
      data-testid="probe-rule"
      data-policy={r.policyId}
      data-line={span?.line}
    >
      {r.allows ? t('probe.allowedBy') : t('probe.matchesNotPort')}{' '}
      <strong>
        <Name>{r.policyId}</Name>
      </strong>{' '}
      {t('probe.rule', { direction, rule: r.ruleIndex + 1 })}
      {span && <span className="probe__line"> · {t('probe.line', { line: span.line })}</span>}
      <br />
      <span className="why__rule-ports">{formatConns(r.conns)}</span>
    </button>
  );
}

function ProbeSide({ title, who, side }: { title: 'Egress' | 'Ingress'; who: string; side: SideExplanation }) {
  const dir = title === 'Egress' ? 'egress' : 'ingress';
  const { t } = useTranslation('ui-analysis');
  const direction = t(`probe.dir.${dir}`);
  const allowing = side.rules.filter((r) => r.allows);
  return (
    <section className="why__side probe__side" data-testid={`probe-${dir}`} aria-label={t(`probe.side.${dir}`)}>
      <h3 className="inspector__heading">
        <Trans t={t} i18nKey={`probe.heading.${dir}`} values={{ who }} components={{ name: <Name /> }} />
      </h3>
      {!side.isolated ? (
        <p>
          {who.includes('/') ? (
            <Trans t={t} i18nKey={`probe.notIsolated.${dir}`} values={{ who }} components={{ name: <Name /> }} />
          ) : (
            t('probe.external')
          )}
        </p>
      ) : (
        <p>
          <Trans t={t} i18nKey={`probe.isolatedBy.${dir}`} values={{ who }} components={{ name: <Name /> }} />{' '}
          {side.isolatingPolicies.map((p, i) => (
            <Fragment key={p.id}>
              {i > 0 && t('probe.listSeparator')}
              <button
                type="button"
                className="why__policy"
                title={t('probe.policyTitle')}
                onClick={() => useStore.getState().select({ policies: [p.id] })}
                data-testid="probe-policy"
              >
                <Name>{p.id}</Name>
              </button>
            </Fragment>
          ))}
          {t('probe.isolatedByEnd')}
        </p>
      )}
      {side.isolated && allowing.length === 0 && <p className="why__blocked">{t('probe.blocked', { direction })}</p>}
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
function endName(t: TFunction<'ui-analysis'>, e: FlowExplanation['from']): string {
  if (e.kind !== 'workload') return e.id;
  return e.workload.name.startsWith('{')
    ? t('probe.newPod', { labels: e.workload.name, namespace: e.workload.namespace })
    : `${e.workload.namespace}/${e.workload.name}`;
}

function Answer({ ex }: { ex: FlowExplanation }) {
  const { t } = useTranslation('ui-analysis');
  const ok = typeof ex.allowed === 'boolean' ? ex.allowed : !isEmpty(ex.allowed);
  const ends = { from: endName(t, ex.from), to: endName(t, ex.to) };
  const verdict = ex.port
    ? t(ok ? 'probe.verdictPortAllowed' : 'probe.verdictPortBlocked', { ...ends, ...ex.port })
    : ok
      ? t('probe.verdictAllowed', { ...ends, conns: formatConns(ex.conns) })
      : t('probe.verdictBlocked', ends);
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
  which,
  value,
  names,
  onPick,
}: {
  which: 'from' | 'to';
  value: string;
  names: string[];
  onPick: (v: string) => void;
}) {
  const { t } = useTranslation('ui-analysis');
  const label = t(`probe.pick.${which}`);
  return (
    <select
      className="input probe__pick"
      aria-label={label}
      value={names.includes(value) ? value : ''}
      onChange={(e) => onPick(e.target.value)}
      data-testid={`probe-pick-${which}`}
    >
      <option value="">{t('probe.pickPrompt', { label })}</option>
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
  const { t } = useTranslation('ui-analysis');
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
          aria-label={t('probe.inputLabel')}
          aria-invalid={!!probe && 'error' in probe}
          spellCheck={false}
          data-testid="probe-input"
        />
        <Picker which="from" value={fromText} names={names} onPick={(v) => setText(`${v} -> ${toText}${portPart}`)} />
        <Picker which="to" value={toText} names={names} onPick={(v) => setText(`${fromText} -> ${v}${portPart}`)} />
      </div>
      {probe && 'error' in probe && (
        <p className="why__error" data-testid="probe-error">
          {t('probe.column', { column: probe.at + 1, error: probe.error })}
        </p>
      )}
      {!probe && (
        <p className="probe__hint">
          <Trans t={t} i18nKey="probe.hint" components={{ code: <code /> }} />
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
