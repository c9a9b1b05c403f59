/**
 * The connectivity matrix (issue 13): sources as rows, destinations as columns, each cell the
 * connections the connectivity list (`netpol-studio connlist`) prints for that pair; half-open pairs
 * (one side allows, the other blocks) marked. Windowed by hand: only the cells in view (plus a margin)
 * are in the DOM, so 2,000 × 2,000 scrolls like 20 × 20. A cell opens the Why panel of its flow; a
 * workload's row or column header focuses the canvas on it.
 */
import { useTranslation } from 'react-i18next';
import { memo, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { ConnectivityMatrix, MatrixPeer } from '../../model/analysis/matrix.ts';
import { connlistLinesOf } from '../../model/analysis/effective.ts';
import { workloadNodeId } from '../../model/graph/ids.ts';
import { analysisDockStore } from '../../state/analysis-dock.ts';
import { parsePortQuery } from '../effective/WhyPanel.tsx';
import { useEffectiveView, useStore } from '../hooks/stores.ts';
import { useEffectiveFlows } from '../hooks/use-effective-flows.ts';
import { useMatrix } from '../hooks/use-matrix.ts';
import { bindStore } from '../hooks/bind-store.ts';
import { Name } from '../text/Name.tsx';
import {
  EXTERNAL_NS,
  NO_FILTERS,
  filterMatrix,
  matrixNamespaces,
  type MatrixFilters,
  type MatrixSelection,
} from './matrix-filter.ts';
import { cellTitles, fillTitle, type CellTitles } from './matrix-titles.ts';

const useDock = bindStore(analysisDockStore);

const ROW_H = 26;
const COL_W = 132;
const ROW_HEAD_W = 230;
const COL_HEAD_H = 46;
/**
 * Pixels drawn beyond the visible ones on each side, so a scroll does not show blanks before the next
 * frame. In pixels, not cells: six cells on each side (the first choice) was 790 px of columns, so
 * the grid kept 4–5 times the cells in view in the DOM, and each scroll frame styled, laid out and
 * painted hundreds of new buttons (bench:matrix, "longest task while scrolling").
 */
const OVERSCAN_PX = 150;

/** Selects the workload's node and focuses the canvas on it (focus mode, as the F key does). */
function focusPeer(p: MatrixPeer): void {
  if (p.namespace === '') return;
  const id = workloadNodeId({ namespace: p.namespace, name: p.label, kind: p.kind });
  const s = useStore.getState();
  s.select({ nodes: [id] });
  s.setFocus({ id, hide: s.focus?.hide ?? false });
  s.requestCentre(id);
}

/** Opens the Why panel of the pair's effective flow (in the effective view; see WhyForPair below). */
function openWhy(src: MatrixPeer, dst: MatrixPeer): void {
  const view = useEffectiveView.getState();
  if (view.view !== 'effective') view.setView('effective');
  analysisDockStore.getState().setWhyPair({ src: src.id, dst: dst.id });
}

/**
 * Selects the flow of the pair asked for once the effective flows are there; a pair without any flow
 * (nothing allowed, nothing half-open) goes to the what-if probe instead, which says why it is blocked.
 */
function useWhyForPair(): void {
  const pair = useDock((s) => s.whyPair);
  const flows = useEffectiveFlows();
  useEffect(() => {
    if (!pair || !flows || flows.length === 0) return;
    const prefix = `${pair.src} => ${pair.dst} : `;
    const flow =
      flows.find((f) => f.from === pair.src && f.to === pair.dst) ??
      flows.find((f) => connlistLinesOf(f).some((l) => l.startsWith(prefix)));
    const dock = analysisDockStore.getState();
    dock.setWhyPair(null);
    if (flow) {
      useStore.getState().clearSelection();
      useEffectiveView.getState().selectFlow(flow.id);
    } else {
      dock.setProbeText(`${pair.src.replace(/\[[^\]]*\]$/, '')} -> ${pair.dst.replace(/\[[^\]]*\]$/, '')}`);
      dock.setPanel('probe');
    }
  }, [pair, flows]);
}

function PeerHeader({ p, axis, style }: { p: MatrixPeer; axis: 'row' | 'col'; style: CSSProperties }) {
  const external = p.namespace === '';
  const { t } = useTranslation('ui-analysis');
  return (
    <button
      type="button"
      className={`matrix__head matrix__head--${axis}${external ? ' matrix__head--external' : ''}`}
      style={style}
      disabled={external}
      title={external ? t('matrix.externalTitle', { label: p.label }) : t('matrix.peerTitle', { id: p.id })}
      onClick={() => focusPeer(p)}
      data-testid={`matrix-${axis}-head`}
      data-peer={p.id}
    >
      <span className="matrix__ns">{external ? t('matrix.external') : <Name>{p.namespace}</Name>}</span>
      <span className="matrix__name">
        <Name>{p.label}</Name>
      </span>
    </button>
  );
}

interface Viewport {
  top: number;
  left: number;
  width: number;
  height: number;
}

/**
 * The grid's scroll position and size. Never read in the effect that mounts the grid: the grid's DOM is
 * new then, and reading its size forces a layout of the page inside the task that drew it (~25 ms at
 * 2,000 workloads, the largest part of that task). The ResizeObserver's first report comes after the
 * browser's own layout, where reading is free; scrolls are read once per frame.
 */
function useViewport(body: React.RefObject<HTMLDivElement | null>): Viewport {
  const [vp, setVp] = useState<Viewport>({ top: 0, left: 0, width: 800, height: 300 });
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const next = { top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight };
      setVp((v) =>
        v.top === next.top && v.left === next.left && v.width === next.width && v.height === next.height ? v : next,
      );
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [body]);
  return vp;
}

interface CellProps {
  m: ConnectivityMatrix;
  sel: MatrixSelection;
  /** Half-open notes are not shown while a port filter is on. */
  notesShown: boolean;
  titles: CellTitles;
  ri: number;
  ci: number;
}

/**
 * One cell, memoised on where it is: while the grid scrolls, the cells that stay in view are not
 * rendered again, only the ones that come into view (a scroll step brings a few hundred; rendering all
 * of them each frame, each title translated anew, made 50-600 ms tasks).
 */
const MatrixCell = memo(function MatrixCell({ m, sel, notesShown, titles, ri, ci }: CellProps) {
  const r = sel.rows[ri];
  const c = sel.cols[ci];
  const width = m.cols.length;
  const connIndex = m.cells[r * width + c];
  const conn = sel.shows[connIndex] ? m.conns[connIndex] : '';
  const note = notesShown ? m.notes[m.halfOpen[r * width + c]] : '';
  const src = m.rows[r];
  const dst = m.cols[c];
  // A workload to itself, and addresses to addresses, are never in the connectivity list.
  const self = src.id === dst.id || (src.namespace === '' && dst.namespace === '');
  const kind = self ? 'self' : conn ? (note ? 'partial' : 'allowed') : note ? 'half-open' : 'none';
  return (
    <button
      type="button"
      className={`matrix__cell matrix__cell--${kind}`}
      style={{ top: ri * ROW_H, left: ci * COL_W }}
      disabled={self}
      title={fillTitle(note ? titles.cellHalfOpen : titles.cell, {
        src: src.id,
        dst: dst.id,
        conn: conn || titles.nothing,
        note,
      })}
      onClick={() => openWhy(src, dst)}
      data-testid="matrix-cell"
      data-src={src.id}
      data-dst={dst.id}
      data-conn={conn}
      data-half-open={note || undefined}
    >
      {self ? '' : conn || (note ? `✕ ${note}` : '·')}
    </button>
  );
});

function MatrixGrid({ m, filters }: { m: ConnectivityMatrix; filters: MatrixFilters }) {
  const body = useRef<HTMLDivElement>(null);
  const vp = useViewport(body);
  const { t } = useTranslation('ui-analysis');
  const sel = useMemo(() => filterMatrix(m, filters), [m, filters]);
  const titles = useMemo(() => cellTitles(t), [t]);
  const notesShown = !filters.port;
  const r0 = Math.max(0, Math.floor((vp.top - OVERSCAN_PX) / ROW_H));
  const r1 = Math.min(sel.rows.length, Math.ceil((vp.top + vp.height + OVERSCAN_PX) / ROW_H));
  const c0 = Math.max(0, Math.floor((vp.left - OVERSCAN_PX) / COL_W));
  const c1 = Math.min(sel.cols.length, Math.ceil((vp.left + vp.width + OVERSCAN_PX) / COL_W));
  const cells = [];
  for (let ri = r0; ri < r1; ri++)
    for (let ci = c0; ci < c1; ci++)
      cells.push(
        <MatrixCell
          key={`${sel.rows[ri]}:${sel.cols[ci]}`}
          m={m}
          sel={sel}
          notesShown={notesShown}
          titles={titles}
          ri={ri}
          ci={ci}
        />,
      );
  return (
    <div className="matrix__grid" style={{ gridTemplateColumns: `${ROW_HEAD_W}px 1fr` }}>
      <div className="matrix__corner" style={{ height: COL_HEAD_H }}>
        <span>{t('matrix.corner')}</span>
        <span className="matrix__count" data-testid="matrix-count">
          {sel.rows.length} × {sel.cols.length}
        </span>
      </div>
      <div className="matrix__cols" style={{ height: COL_HEAD_H }}>
        <div style={{ position: 'relative', transform: `translateX(${-vp.left}px)` }}>
          {sel.cols.slice(c0, c1).map((c, k) => (
            <PeerHeader
              key={c}
              p={m.cols[c]}
              axis="col"
              style={{ left: (c0 + k) * COL_W, width: COL_W, height: COL_HEAD_H }}
            />
          ))}
        </div>
      </div>
      <div className="matrix__rows">
        <div style={{ position: 'relative', transform: `translateY(${-vp.top}px)` }}>
          {sel.rows.slice(r0, r1).map((r, k) => (
            <PeerHeader
              key={r}
              p={m.rows[r]}
              axis="row"
              style={{ top: (r0 + k) * ROW_H, height: ROW_H, width: ROW_HEAD_W }}
            />
          ))}
        </div>
      </div>
      <div className="matrix__body" ref={body} data-testid="matrix-body">
        <div style={{ position: 'relative', width: sel.cols.length * COL_W, height: sel.rows.length * ROW_H }}>
          {cells}
        </div>
      </div>
    </div>
  );
}

function Filters({
  namespaces,
  filters,
  onChange,
}: {
  namespaces: string[];
  filters: MatrixFilters;
  onChange: (f: MatrixFilters) => void;
}) {
  const [portText, setPortText] = useState('');
  const { t } = useTranslation('ui-analysis');
  const port = parsePortQuery(portText);
  const nsSelect = (key: 'srcNamespace' | 'dstNamespace', label: string) => (
    <select
      className="input matrix__select"
      value={filters[key]}
      aria-label={label}
      onChange={(e) => onChange({ ...filters, [key]: e.target.value })}
      data-testid={`matrix-${key}`}
    >
      <option value="">{t('matrix.allNamespaces')}</option>
      {namespaces.map((ns) => (
        <option key={ns} value={ns}>
          {ns}
        </option>
      ))}
      <option value={EXTERNAL_NS}>{t('matrix.externalRanges')}</option>
    </select>
  );
  const text = (key: 'srcText' | 'dstText', label: string) => (
    <input
      className="input matrix__text"
      value={filters[key]}
      placeholder={t('matrix.workloadPlaceholder')}
      aria-label={label}
      onChange={(e) => onChange({ ...filters, [key]: e.target.value })}
      data-testid={`matrix-${key}`}
    />
  );
  return (
    <div className="matrix__filters">
      <span className="matrix__filter-label">{t('matrix.from')}</span>
      {nsSelect('srcNamespace', t('matrix.srcNamespace'))}
      {text('srcText', t('matrix.srcText'))}
      <span className="matrix__filter-label">{t('matrix.to')}</span>
      {nsSelect('dstNamespace', t('matrix.dstNamespace'))}
      {text('dstText', t('matrix.dstText'))}
      <span className="matrix__filter-label">{t('matrix.port')}</span>
      <input
        className={`input matrix__port${port === null ? ' input--invalid' : ''}`}
        value={portText}
        placeholder="5432/TCP"
        aria-label={t('matrix.portLabel')}
        aria-invalid={port === null}
        title={port === null ? t('matrix.portInvalid') : undefined}
        onChange={(e) => {
          setPortText(e.target.value);
          const p = parsePortQuery(e.target.value);
          if (p !== null) onChange({ ...filters, port: p });
        }}
        data-testid="matrix-port"
      />
    </div>
  );
}

export function MatrixPanel() {
  const { matrix, updating } = useMatrix();
  const [filters, setFilters] = useState<MatrixFilters>(NO_FILTERS);
  const { t } = useTranslation('ui-analysis');
  const namespaces = useMemo(() => (matrix ? matrixNamespaces(matrix) : []), [matrix]);
  useWhyForPair();
  return (
    <div className="matrix" data-testid="matrix-panel">
      <Filters namespaces={namespaces} filters={filters} onChange={setFilters} />
      {updating && (
        <p className="matrix__status" role="status">
          {matrix ? t('matrix.updating') : t('matrix.computing')}
        </p>
      )}
      {matrix ? (
        matrix.rows.length === 0 ? (
          <p className="matrix__status">{t('matrix.empty')}</p>
        ) : (
          <MatrixGrid m={matrix} filters={filters} />
        )
      ) : (
        !updating && <p className="matrix__status">{t('matrix.failed')}</p>
      )}
    </div>
  );
}
