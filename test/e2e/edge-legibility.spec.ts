/**
 * Edges a user can read (issue 11): at the default fitted view, in both views, on the built-in example,
 * each seed listing, onlineboutique and a generated 200-workload cluster, no edge label sits on a card, a
 * namespace title or another label, and no edge runs through a card other than its two ends.
 *
 * Measured on screen, on what the user sees:
 * - labels: the pills that are visible (a pill with no free place is hidden until its edge is hovered or
 *   selected — geometry/label-placer.ts — and overlaps nothing while hidden);
 * - a namespace title: the drawn pieces of its title bar (icon, "namespace", the name, the policy count), not
 *   the empty rest of the bar;
 * - an edge crossing a card: points every 3 px along the SVG path (getPointAtLength, through the path's
 *   screen matrix) inside a card's rectangle shrunk by 2 px (a route may graze a border; that is not
 *   crossing it). The cards at the path's first and last points are its ends.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { generate } from '../../bench/generate.ts';
import { ORACLE_DIR } from '../conformance/oracle.ts';
import { expect, openApp, test } from './fixtures.ts';
import { pasteIntoEditor } from './sync-helpers.ts';

const SEED = path.resolve(import.meta.dirname, '../../../../shared/seed');
const seedDir = existsSync(SEED) ? SEED : '/work/shared/seed';
const boutiqueDir = path.join(ORACLE_DIR, 'netpol-analyzer/onlineboutique/in');
const hasBoutique = existsSync(boutiqueDir);
if (!hasBoutique)
  console.warn(
    `\n*** ORACLE MISSING: ${boutiqueDir} not found — the onlineboutique legibility check is SKIPPED. Set ORACLE_DIR to run it. ***\n`,
  );
const hasSeed = existsSync(seedDir);
if (!hasSeed) console.warn(`\n*** SEED MISSING: ${seedDir} not found — the seed listing checks are SKIPPED. ***\n`);

const read = (dir: string, files: string[]) =>
  files.map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/\n*$/, '\n')).join('---\n');

/** Workspaces by name; null = the built-in example as the app opens. */
/** `drawsRules`: the rules view must draw edges (so the checks are not vacuous); the listings without workloads draw none in the effective view. */
const WORKSPACES: Array<{
  name: string;
  text: () => string | null;
  skip?: string;
  slow?: boolean;
  drawsRules?: boolean;
}> = [
  { name: 'built-in example', text: () => null, drawsRules: true },
  ...[1, 2, 3, 4, 5, 6].map((i) => ({
    name: `listing-0${i}`,
    text: () => read(seedDir, [`listing-0${i}.yaml`]),
    skip: hasSeed ? undefined : 'needs the seed listings',
    drawsRules: i !== 1, // listing-01 is default deny only
  })),
  {
    // The article's three tiers with pods to run them (and kube-dns), so the effective view has flows to draw:
    // where the user saw "UDP 53 blocked at ingress" pills pile up and backend → 5432 run through frontend.
    name: 'listing-06 with workloads',
    text: () => `${read(seedDir, ['listing-06.yaml'])}---\n${THREE_TIER_PODS}`,
    skip: hasSeed ? undefined : 'needs the seed listings',
    drawsRules: true,
  },
  {
    name: 'onlineboutique',
    text: () => read(boutiqueDir, ['ns.yaml', 'pods.yaml', 'netpols.yaml']),
    skip: hasBoutique ? undefined : 'needs ../shared/oracle (set ORACLE_DIR)',
    drawsRules: true,
  },
  {
    name: 'generated 200 workloads',
    text: () => generate({ namespaces: 20, workloads: 200, policies: 60 }),
    slow: true,
    drawsRules: true,
  },
];

const deployment = (name: string, ns: string, labels: string, port: number, protocol = 'TCP') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    matchLabels: {${labels}}
  template:
    metadata:
      labels: {${labels}}
    spec:
      containers:
        - name: main
          image: example
          ports:
            - containerPort: ${port}
              protocol: ${protocol}
`;
const THREE_TIER_PODS = [
  deployment('frontend', 'production', 'tier: frontend', 80),
  deployment('backend', 'production', 'tier: backend', 8080),
  deployment('database', 'production', 'tier: database', 5432),
  deployment('coredns', 'kube-system', 'k8s-app: kube-dns', 53, 'UDP'),
].join('---\n');

const VIEWPORTS = [
  { width: 1600, height: 1000 },
  { width: 1280, height: 720 },
];

interface Findings {
  labels: number;
  edges: number;
  labelOnCard: string[];
  labelOnTitle: string[];
  labelOnLabel: string[];
  edgeThroughCard: string[];
}

/** What the user sees, measured in the page (see the file comment for the definitions). */
function measure(): Findings {
  type R = { left: number; top: number; right: number; bottom: number };
  const overlap = (a: R, b: R) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const shrink = (r: R, by: number): R => ({
    left: r.left + by,
    top: r.top + by,
    right: r.right - by,
    bottom: r.bottom - by,
  });
  const inside = (r: R, x: number, y: number) => x > r.left && x < r.right && y > r.top && y < r.bottom;
  const cards = [...document.querySelectorAll<HTMLElement>('[data-testid="entity-node"]')].map((el) => ({
    id: el.dataset.nodeId ?? '?',
    rect: el.getBoundingClientRect() as R,
  }));
  const titles = [...document.querySelectorAll<HTMLElement>('.ns-box__header')].flatMap((h) =>
    [...h.children].map((c) => ({ id: h.textContent ?? '?', rect: c.getBoundingClientRect() as R })),
  );
  const labels = [
    ...document.querySelectorAll<HTMLElement>('[data-testid="edge-label"], [data-testid="effective-edge-label"]'),
  ]
    .filter((el) => getComputedStyle(el).visibility === 'visible')
    .map((el) => ({ id: `${el.dataset.edgeId} "${el.textContent}"`, rect: el.getBoundingClientRect() as R }));
  const out: Findings = {
    labels: labels.length,
    edges: 0,
    labelOnCard: [],
    labelOnTitle: [],
    labelOnLabel: [],
    edgeThroughCard: [],
  };
  for (const [i, l] of labels.entries()) {
    for (const c of cards) if (overlap(l.rect, c.rect)) out.labelOnCard.push(`${l.id} on ${c.id}`);
    for (const t of titles) if (overlap(l.rect, t.rect)) out.labelOnTitle.push(`${l.id} on title ${t.id}`);
    for (const m of labels.slice(i + 1)) if (overlap(l.rect, m.rect)) out.labelOnLabel.push(`${l.id} on ${m.id}`);
  }
  const paths = [...document.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')];
  out.edges = paths.length;
  for (const p of paths) {
    const matrix = p.getScreenCTM();
    if (!matrix) continue;
    const length = p.getTotalLength();
    const screen = (d: number) => {
      const q = p.getPointAtLength(d);
      return { x: matrix.a * q.x + matrix.c * q.y + matrix.e, y: matrix.b * q.x + matrix.d * q.y + matrix.f };
    };
    const first = screen(0),
      last = screen(length);
    // The ends: the cards the path starts and ends on (touching their rectangle, 2 px tolerance).
    const near = (r: R, q: { x: number; y: number }) => inside(shrink(r, -2), q.x, q.y);
    const others = cards.filter((c) => !near(c.rect, first) && !near(c.rect, last));
    const id = p.closest('.react-flow__edge')?.getAttribute('data-id') ?? p.id;
    for (let d = 0; d <= length; d += 3) {
      const q = screen(d);
      const hit = others.find((c) => inside(shrink(c.rect, 2), q.x, q.y));
      if (hit) {
        out.edgeThroughCard.push(`${id} through ${hit.id}`);
        break;
      }
    }
  }
  return out;
}

/** Waits until the cards and pills stop moving (layout answered, view fitted, labels placed). */
async function settled(page: Page): Promise<void> {
  const snapshot = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="entity-node"], .edge-label, .react-flow__edge-path')]
        .map((e) => {
          const r = e.getBoundingClientRect();
          return `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)},${Math.round(r.height)}`;
        })
        .join('|'),
    );
  // Three equal snapshots in a row, a second apart (an empty canvas is a valid answer: the effective view of
  // a workspace without workloads).
  const seen: string[] = [];
  await expect
    .poll(
      async () => {
        seen.push(await snapshot());
        const [a, b, c] = seen.slice(-3);
        return seen.length >= 3 && a === b && b === c;
      },
      { intervals: [1000], timeout: 90_000 },
    )
    .toBe(true);
}

for (const viewport of VIEWPORTS) {
  for (const ws of WORKSPACES) {
    for (const view of ['rules', 'effective'] as const) {
      test(`${ws.name}, ${view} view, ${viewport.width}×${viewport.height}: labels cover nothing, edges go round cards`, async ({
        page,
        watch: _watch,
      }) => {
        test.skip(Boolean(ws.skip), ws.skip);
        if (ws.slow) test.setTimeout(240_000);
        await page.setViewportSize(viewport);
        await openApp(page);
        const text = ws.text();
        if (text) {
          await pasteIntoEditor(page, text);
          await expect(page.getByTestId('parse-status')).toHaveText(/Parsed/, { timeout: 60_000 });
          // The example's graph has gone (none of these workspaces has shop/web).
          await expect(page.locator('[data-node-id="wl:shop/web[Deployment]"]')).toHaveCount(0, { timeout: 60_000 });
        }
        // ELK takes a while on the big cluster: wait for its answer before anything is measured.
        await expect(page.getByTestId('status-bar')).not.toContainText('Laying out', { timeout: 180_000 });
        await expect(page.locator('[data-testid="namespace-node"], [data-testid="entity-node"]').first()).toBeVisible({
          timeout: 60_000,
        });
        if (view === 'effective') await page.getByTestId('view-effective').click();
        await settled(page);
        const found = await page.evaluate(measure);
        await page.screenshot({
          path: `test-results/legibility-${ws.name.replace(/\W+/g, '-')}-${view}-${viewport.width}.png`,
        });
        console.log(
          `${ws.name} / ${view} / ${viewport.width}: ${found.edges} edges, ${found.labels} visible labels, ` +
            `${found.labelOnCard.length} on cards, ${found.labelOnTitle.length} on titles, ` +
            `${found.labelOnLabel.length} on labels, ${found.edgeThroughCard.length} edges through cards`,
        );
        if (view === 'rules' && ws.drawsRules) expect(found.edges, 'edges drawn').toBeGreaterThan(0);
        expect(found.labelOnCard, 'labels on cards').toEqual([]);
        expect(found.labelOnTitle, 'labels on namespace titles').toEqual([]);
        expect(found.labelOnLabel, 'labels on labels').toEqual([]);
        expect(found.edgeThroughCard, 'edges through cards').toEqual([]);
      });
    }
  }
}
