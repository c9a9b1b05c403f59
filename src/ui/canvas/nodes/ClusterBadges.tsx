/**
 * The tier badges of a card whose pods a cluster-scoped policy's subject selects: one per policy, in
 * decision order (`ANP 10`, `CNP 5`, `BANP`), at most MAX_SHOWN and a count beyond; the title names them
 * all. Drawn on the card's top edge (cluster-layer.css) so a card keeps its laid-out size.
 */
import { useTranslation } from 'react-i18next';
import { SHORT_KIND } from '../../../model/graph/cluster-layer.ts';
import type { ClusterMark } from '../../../model/graph/types.ts';
import '../edges/cluster-layer.css';

const MAX_SHOWN = 2;

const badgeText = (m: ClusterMark): string =>
  m.priority === undefined ? SHORT_KIND[m.kind] : `${SHORT_KIND[m.kind]} ${m.priority}`;

export function ClusterBadges({ marks }: { marks: readonly ClusterMark[] | undefined }) {
  const { t } = useTranslation('ui-canvas');
  if (!marks?.length) return null;
  const shown = marks.slice(0, MAX_SHOWN);
  const more = marks.length - shown.length;
  return (
    <div
      className="cluster-badges"
      data-testid="cluster-badges"
      title={t('node.clusterSelectedBy', { names: marks.map((m) => m.policyId).join(', ') })}
    >
      {shown.map((m) => (
        <span
          key={m.policyId}
          className={`cluster-badge cluster-badge--${m.tier === 'Admin' ? 'admin' : 'baseline'}`}
          data-testid="cluster-badge"
          data-policy={m.policyId}
        >
          {badgeText(m)}
        </span>
      ))}
      {more > 0 && <span className="cluster-badge">{t('node.clusterMore', { count: more })}</span>}
    </div>
  );
}
