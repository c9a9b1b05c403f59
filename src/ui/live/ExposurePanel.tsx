/**
 * The exposure list (issue 13): per workload, the peers outside the workspace it may be reached from
 * or may reach (`netpol-studio connlist --exposure`), its traffic with addresses outside the cluster,
 * and the directions no policy protects. A workload's name focuses the canvas on it; the same
 * workloads carry a marker on their cards.
 */
import { useTranslation } from 'react-i18next';
import type { ExposureItem, WorkloadExposure } from '../../model/analysis/exposure-view.ts';
import { useExposure } from '../hooks/use-live-analysis.ts';
import { Name } from '../text/Name.tsx';
import { showNode } from './show-on-canvas.ts';
import './live.css';

const MAX_ROWS = 500;

function Item({ item }: { item: ExposureItem }) {
  const { t } = useTranslation('ui-analysis');
  const peer = item.kind === 'entire-cluster' ? t('exposure.entireCluster') : item.peer;
  return (
    <li
      className="live-exposure__item"
      data-testid="exposure-item"
      data-direction={item.direction}
      data-peer={item.peer}
    >
      <span className={`live-exposure__dir live-exposure__dir--${item.direction}`}>
        {t(`exposure.${item.direction}`)}
      </span>{' '}
      <code className="live-exposure__peer">{peer}</code> <span className="live-exposure__conns">{item.conns}</span>
    </li>
  );
}

function Row({ row }: { row: WorkloadExposure }) {
  const { t } = useTranslation('ui-analysis');
  const name = `${row.namespace}/${row.name}`;
  return (
    <li className="live-exposure__row" data-testid="exposure-row" data-workload={row.workload}>
      <button
        type="button"
        className="live-exposure__name"
        title={t('exposure.focus', { name })}
        onClick={() => showNode(row.node)}
      >
        <Name>{name}</Name>
      </button>
      <ul className="live-exposure__items">
        {row.items.map((item, i) => (
          <Item key={i} item={item} />
        ))}
        {row.external.map((d) => (
          <li key={`x-${d}`} className="live-exposure__item live-exposure__item--external">
            {t(`exposure.external.${d}`)}
          </li>
        ))}
        {row.unprotected.map((d) => (
          <li
            key={`u-${d}`}
            className="live-exposure__item live-exposure__item--unprotected"
            data-testid="exposure-unprotected"
          >
            {t(`exposure.unprotected.${d}`)}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function ExposurePanel() {
  const { t } = useTranslation('ui-analysis');
  const { exposure, updating } = useExposure();
  const exposed = exposure?.filter((r) => r.items.length > 0) ?? [];
  const unprotected = exposure?.filter((r) => r.items.length === 0 && r.unprotected.length > 0) ?? [];
  return (
    <div className="live-exposure" data-testid="exposure-panel">
      {updating && (
        <p className="matrix__status" role="status">
          {exposure ? t('exposure.updating') : t('exposure.computing')}
        </p>
      )}
      {exposure ? (
        exposed.length + unprotected.length === 0 ? (
          <p className="matrix__status">{t('exposure.none')}</p>
        ) : (
          <div className="live-exposure__columns">
            <section>
              <h3 className="live-exposure__heading">{t('exposure.heading.exposed')}</h3>
              <ul className="live-exposure__list">
                {exposed.slice(0, MAX_ROWS).map((row) => (
                  <Row key={row.workload} row={row} />
                ))}
              </ul>
            </section>
            <section>
              <h3 className="live-exposure__heading">{t('exposure.heading.unprotected')}</h3>
              <ul className="live-exposure__list">
                {unprotected.slice(0, MAX_ROWS).map((row) => (
                  <Row key={row.workload} row={row} />
                ))}
              </ul>
            </section>
          </div>
        )
      ) : (
        !updating && <p className="matrix__status">{t('exposure.failed')}</p>
      )}
    </div>
  );
}
