/**
 * The exposure marker on a workload card: "exposed" when policies let peers outside the workspace
 * (any pod with a label in any namespace, the entire cluster) reach it or be reached by it, or it
 * talks with addresses outside the cluster; "unprotected" (dashed) when no policy selects it in a
 * direction. The tooltip lists what and on which ports; the exposure panel lists it all.
 */
import { useTranslation } from 'react-i18next';
import { useContext } from 'react';
import { ExposureContext } from './exposure-context.ts';

/**
 * `compact`: the mark alone, its word in the tooltip and accessible name, for a card whose top edge
 * also carries tier badges (both would not fit on a narrow card).
 */
export function ExposureMark({ nodeId, compact = false }: { nodeId: string; compact?: boolean }) {
  const { t } = useTranslation('ui-analysis');
  const row = useContext(ExposureContext).get(nodeId);
  if (!row) return null;
  const exposed = row.items.length > 0 || row.external.length > 0;
  const lines = [
    ...row.items.map(
      (i) =>
        `${t(`exposure.${i.direction}`)} ${i.kind === 'entire-cluster' ? t('exposure.entireCluster') : i.peer}: ${i.conns}`,
    ),
    ...row.external.map((d) => t(`exposure.external.${d}`)),
    ...row.unprotected.map((d) => t(`exposure.unprotected.${d}`)),
  ];
  const word = exposed ? t('exposure.mark') : t('exposure.markUnprotected');
  return (
    <span
      className={`exposure-mark${exposed ? '' : ' exposure-mark--unprotected'}`}
      title={`${compact ? `${word}\n` : ''}${t('exposure.markTitle', { lines: lines.join('\n') })}`}
      role={compact ? 'img' : undefined}
      aria-label={compact ? word : undefined}
      data-testid="exposure-mark"
      data-exposed={exposed ? 'true' : 'false'}
      data-peers={row.items.map((i) => i.peer).join('\n')}
    >
      <span className="exposure-mark__icon" aria-hidden="true">
        {exposed ? '◎' : '○'}
      </span>
      {compact ? null : word}
    </span>
  );
}
