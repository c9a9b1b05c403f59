/**
 * The keyboard path to drawing an edge: pick the other end from a list and
 * open the same "Allow traffic" dialog a drag opens.
 */
import { useTranslation } from 'react-i18next';
import { useText } from '../i18n/use-text.ts';
import { useId, useMemo, useState } from 'react';
import type { GraphNode } from '../../model/graph/types.ts';
import { endpointNode } from '../canvas/gestures/create.ts';
import { openGraphDialog } from '../canvas/gestures/dialog-store.ts';
import { canGesture } from '../canvas/gestures/gestures.ts';
import { otherEnds } from './other-ends.ts';
import { useView } from '../hooks/use-view.ts';

export function AllowTraffic({ node, disabled }: { node: GraphNode; disabled: boolean }) {
  const view = useView();
  const { t } = useTranslation('ui-inspector');
  const say = useText();
  const [direction, setDirection] = useState<'to' | 'from'>('to');
  const [other, setOther] = useState('');
  const id = useId();
  // Every node that can be an end of a flow, once; namespace boxes stand for their pods.
  const options = useMemo(() => otherEnds(view.graph.nodes, node), [view.graph.nodes, node]);
  const open = () => {
    if (!other || !canGesture()) return;
    const self = endpointNode(view.graph, node.id) ?? node;
    const peer = endpointNode(view.graph, other);
    if (!peer) return;
    openGraphDialog(
      direction === 'to' ? { type: 'flow', source: self, target: peer } : { type: 'flow', source: peer, target: self },
    );
  };
  return (
    <section className="inspector__section">
      <h3 className="inspector__heading" id={id}>
        {t('allow.heading')}
      </h3>
      <div className="allow-row" role="group" aria-labelledby={id}>
        <select
          className="input"
          value={direction}
          onChange={(e) => setDirection(e.target.value as 'to' | 'from')}
          aria-label={t('allow.direction')}
          disabled={disabled}
        >
          <option value="to">{t('allow.to')}</option>
          <option value="from">{t('allow.from')}</option>
        </select>
        <select
          className="input"
          value={other}
          onChange={(e) => setOther(e.target.value)}
          aria-label={t('allow.other')}
          disabled={disabled}
          data-testid="allow-other"
        >
          <option value="">{t('allow.choose')}</option>
          {options.map((n) => (
            <option key={n.id} value={n.id}>
              {say(n.label)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn--small"
          onClick={open}
          disabled={disabled || !other}
          data-testid="allow-open"
        >
          {t('allow.open')}
        </button>
      </div>
    </section>
  );
}
