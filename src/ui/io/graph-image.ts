/**
 * The graph as an image, built as a plain SVG from what is on the canvas:
 * node boxes from the React Flow node elements (their transforms are flow
 * coordinates), edge paths from the rendered edge <path>s (already in flow
 * coordinates), labels and kinds from the derived graph. A hand-built SVG
 * rather than a DOM snapshot through <foreignObject>: it needs no style
 * inlining, stays sharp at any zoom, keeps node labels as real text, and can be
 * drawn onto a canvas for the PNG without tainting it. No library, no fetch.
 */
import type { GraphNode } from '../../model/graph/types.ts';
import { selectView } from '../../state/derived.ts';
import { kindTagOf, subtitleOf } from '../canvas/geometry/sizes.ts';
import { useStore } from '../hooks/stores.ts';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const MONO = "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace";
const PAD = 24;

/** Colours of styles.css, per node kind: accent, soft background, card fill, border, dashed. */
const KIND: Record<
  string,
  { accent: string; soft: string; fill: string; stroke: string; dashed?: boolean; pill?: boolean }
> = {
  workload: { accent: '#4f46e5', soft: '#eef2ff', fill: '#ffffff', stroke: '#cbd5e1' },
  inferred: { accent: '#b45309', soft: '#fef3c7', fill: '#fffbeb', stroke: '#f59e0b', dashed: true },
  cidr: { accent: '#7c3aed', soft: '#f3e8ff', fill: '#faf5ff', stroke: '#d8b4fe' },
  'namespace-pods': { accent: '#0f766e', soft: '#ccfbf1', fill: '#f0fdfa', stroke: '#5eead4', dashed: true },
  'all-namespaces': { accent: '#475569', soft: '#e2e8f0', fill: '#f8fafc', stroke: '#94a3b8', dashed: true },
  anywhere: { accent: '#15803d', soft: '#dcfce7', fill: '#f0fdf4', stroke: '#86efac', pill: true },
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Cuts text to what fits `width` at roughly `px` per character (no font metrics in an image). */
const fit = (s: string, width: number, px: number) => {
  const max = Math.max(3, Math.floor(width / px));
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
};

function translateOf(el: HTMLElement): { x: number; y: number } {
  const m = new DOMMatrixReadOnly(
    getComputedStyle(el).transform === 'none' ? undefined : getComputedStyle(el).transform,
  );
  return { x: m.m41, y: m.m42 };
}

/** Null when the canvas has nothing drawn yet. */
export function graphSvg(): string | null {
  const pane = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!pane) return null;
  const graph = selectView(useStore.getState()).graph;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));

  const nodes: { node: GraphNode; r: Rect }[] = [];
  for (const el of pane.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const node = byId.get(el.dataset.id ?? '');
    if (!node) continue;
    const { x, y } = translateOf(el);
    nodes.push({ node, r: { x, y, w: el.offsetWidth, h: el.offsetHeight } });
  }
  if (nodes.length === 0) return null;
  const edges: { d: string; selected: boolean }[] = [];
  for (const path of pane.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')) {
    const d = path.getAttribute('d');
    if (d) edges.push({ d, selected: path.classList.contains('is-selected') });
  }
  const labels: { text: string; r: Rect }[] = [];
  for (const el of pane.querySelectorAll<HTMLElement>('[data-testid="edge-label"]')) {
    const { x, y } = translateOf(el); // translate(-50%,-50%) is folded in: x,y is the top-left corner
    labels.push({ text: el.textContent ?? '', r: { x, y, w: el.offsetWidth, h: el.offsetHeight } });
  }

  const all = [...nodes.map((n) => n.r), ...labels.map((l) => l.r)];
  const minX = Math.min(...all.map((r) => r.x)) - PAD;
  const minY = Math.min(...all.map((r) => r.y)) - PAD;
  const width = Math.ceil(Math.max(...all.map((r) => r.x + r.w)) - minX + PAD);
  const height = Math.ceil(Math.max(...all.map((r) => r.y + r.h)) - minY + PAD);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${minX} ${minY} ${width} ${height}" font-family="${esc(FONT)}">`,
    '<title>netpol-studio graph</title>',
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0 0 10 5 0 10z" fill="#64748b"/></marker>',
    '<marker id="arrow-selected" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0 0 10 5 0 10z" fill="#4f46e5"/></marker></defs>',
    `<rect x="${minX}" y="${minY}" width="${width}" height="${height}" fill="#f8fafc"/>`,
  );
  // Namespaces first (they sit behind), then edges, then cards, then edge labels on top.
  for (const { node, r } of nodes) {
    if (node.kind !== 'namespace') continue;
    const policies = node.selectedBy.length;
    out.push(
      `<g class="namespace" data-id="${esc(node.id)}">`,
      `<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" rx="12" fill="#eef2ff" fill-opacity="0.55" stroke="#c7d2fe" stroke-width="1.5"/>`,
      `<line x1="${r.x}" y1="${r.y + 38}" x2="${r.x + r.w}" y2="${r.y + 38}" stroke="#c7d2fe" stroke-dasharray="4 3"/>`,
      `<text x="${r.x + 14}" y="${r.y + 24}" font-size="10" letter-spacing="0.8" fill="#6366f1">NAMESPACE</text>`,
      `<text x="${r.x + 90}" y="${r.y + 24}" font-size="14" font-weight="650" fill="#1e1b4b">${esc(fit(node.label, r.w - 180, 8.2))}</text>`,
      policies > 0
        ? `<text x="${r.x + r.w - 14}" y="${r.y + 24}" font-size="11" text-anchor="end" fill="#6366f1">${policies} ${policies === 1 ? 'policy' : 'policies'}</text>`
        : '',
      '</g>',
    );
  }
  for (const e of edges) {
    out.push(
      `<path d="${esc(e.d)}" fill="none" stroke="${e.selected ? '#4f46e5' : '#64748b'}" stroke-width="${e.selected ? 2.4 : 1.6}" marker-end="url(#${e.selected ? 'arrow-selected' : 'arrow'})"/>`,
    );
  }
  for (const { node, r } of nodes) {
    if (node.kind === 'namespace') continue;
    const k = KIND[node.kind] ?? KIND.workload;
    const tag = kindTagOf(node);
    const badges = (node.isolated.ingress ? ['in'] : []).concat(node.isolated.egress ? ['out'] : []);
    const textWidth = r.w - 62 - (badges.length ? 34 : 0);
    out.push(
      `<g class="node" data-id="${esc(node.id)}">`,
      `<rect x="${r.x + 0.5}" y="${r.y + 0.5}" width="${r.w - 1}" height="${r.h - 1}" rx="${k.pill ? r.h / 2 : 8}" fill="${k.fill}" stroke="${k.stroke}"${k.dashed ? ' stroke-dasharray="5 3"' : ''}/>`,
      k.pill ? '' : `<rect x="${r.x + 0.5}" y="${r.y + 4}" width="4" height="${r.h - 8}" rx="2" fill="${k.accent}"/>`,
      `<rect x="${r.x + 14}" y="${r.y + r.h / 2 - 14}" width="28" height="28" rx="7" fill="${k.soft}"/>`,
      `<circle cx="${r.x + 28}" cy="${r.y + r.h / 2}" r="5" fill="${k.accent}"/>`,
      `<text x="${r.x + 52}" y="${r.y + r.h / 2 - 3}" font-size="13" font-weight="600" fill="#0f172a">${esc(fit(node.label, textWidth - (tag ? tag.length * 7 + 8 : 0), 7.6))}${tag ? `<tspan dx="6" font-size="10" font-weight="500" fill="${k.accent}">${esc(tag.toUpperCase())}</tspan>` : ''}</text>`,
      `<text x="${r.x + 52}" y="${r.y + r.h / 2 + 13}" font-size="11" font-family="${esc(MONO)}" fill="#64748b">${esc(fit(subtitleOf(node), textWidth, 6.7))}</text>`,
      ...badges.map((b, i) => {
        const by = r.y + r.h / 2 - (badges.length === 2 ? 16 : 7) + i * 17;
        const [fg, bg] = b === 'in' ? ['#9a3412', '#ffedd5'] : ['#1e40af', '#dbeafe'];
        return `<rect x="${r.x + r.w - 40}" y="${by}" width="28" height="14" rx="4" fill="${bg}"/><text x="${r.x + r.w - 26}" y="${by + 10.5}" font-size="9" font-weight="600" text-anchor="middle" fill="${fg}">${b.toUpperCase()}</text>`;
      }),
      '</g>',
    );
  }
  for (const l of labels) {
    const { r } = l;
    out.push(
      `<g class="edge-label"><rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" rx="${r.h / 2}" fill="#ffffff" stroke="#cbd5e1"/>`,
      `<text x="${r.x + r.w / 2}" y="${r.y + r.h / 2 + 4}" font-size="11" font-weight="600" font-family="${esc(MONO)}" text-anchor="middle" fill="#334155">${esc(l.text)}</text></g>`,
    );
  }
  out.push('</svg>');
  return out.filter(Boolean).join('\n');
}

/** Renders the SVG onto a canvas at `scale` (2 = sharp on high-density screens), capped to what canvases allow. */
export async function graphPng(svg: string, scale = 2): Promise<Blob> {
  const size = /width="(\d+)" height="(\d+)"/.exec(svg);
  const w = Number(size?.[1] ?? 800);
  const h = Number(size?.[2] ?? 600);
  const s = Math.min(scale, 16000 / Math.max(w, h));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * s);
    canvas.height = Math.round(h * s);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(s, s);
    ctx.drawImage(img, 0, 0, w, h);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
