import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { toElk, withoutEdges } from '../../src/ui/layout/elk-graph.ts';
import { mostlyNew } from '../../src/ui/layout/merge-layout.ts';
import { setEmptyNamespacesAside } from '../../src/ui/layout/shape-fit.ts';
import { collapseGraph } from '../../src/model/graph/collapse.ts';
import { COLLAPSED_CARD } from '../../src/ui/canvas/geometry/sizes.ts';
import { ORACLE_DIR, oraclePresent } from '../conformance/oracle.ts';

// Real-world sets from ../shared/oracle; without it these regressions skip loudly, like the conformance suites.
const hasBoutique = oraclePresent('netpol-analyzer/onlineboutique');

const shop = readFileSync(new URL('../../src/ui/examples/shop.yaml', import.meta.url), 'utf8');
const graph = deriveGraph(loadWorkspace([{ name: 'shop.yaml', text: shop }]));

describe('toElk', () => {
  it('nests workloads in their namespace and routes cross-namespace flows through ports', () => {
    const root = toElk(graph);
    expect(root.layoutOptions?.['elk.hierarchyHandling']).toBe('SEPARATE_CHILDREN');
    const shopBox = root.children!.find((c) => c.id === 'ns:shop')!;
    expect(shopBox.children!.map((c) => c.id)).toEqual(
      expect.arrayContaining(['wl:shop/web[Deployment]', 'wl:shop/api[Deployment]', 'wl:shop/db[Deployment]']),
    );
    // No edge in any container references a node outside it (other than its own ports).
    const check = (container: ElkNode) => {
      const local = new Set([
        ...(container.children ?? []).map((c) => c.id),
        ...(container.ports ?? []).map((p) => p.id),
        ...(container.children ?? []).flatMap((c) => (c.ports ?? []).map((p) => p.id)),
      ]);
      for (const e of container.edges ?? [])
        for (const end of [...e.sources, ...e.targets]) expect(local.has(end), `${container.id}: ${end}`).toBe(true);
      (container.children ?? []).forEach(check);
    };
    check(root);
  });

  it('lays the example out without overlapping nodes', async () => {
    const result = await new ELK().layout(toElk(graph));
    const abs: { id: string; x: number; y: number; w: number; h: number }[] = [];
    for (const top of result.children ?? []) {
      abs.push({ id: top.id, x: top.x!, y: top.y!, w: top.width!, h: top.height! });
      for (const c of top.children ?? [])
        abs.push({ id: c.id, x: top.x! + c.x!, y: top.y! + c.y!, w: c.width!, h: c.height! });
    }
    const leaves = abs.filter((b) => !b.id.startsWith('ns:'));
    const tops = (result.children ?? []).map((t) => abs.find((b) => b.id === t.id)!);
    for (const set of [leaves, tops])
      for (let i = 0; i < set.length; i++)
        for (let j = i + 1; j < set.length; j++) {
          const a = set[i],
            b = set[j];
          expect(
            a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h,
            `${a.id} overlaps ${b.id}`,
          ).toBe(false);
        }
  });

  it('lays collapsed namespaces out at the size of their cards, none over another', async () => {
    // Six namespaces of three workloads, no policy: drawn collapsed, they have neither members nor edges in
    // the layout's graph. Laid out as empty namespaces (a title bar, 48 px high), their 110 px cards overlapped.
    const docs: string[] = [];
    for (let n = 0; n < 6; n++)
      for (let w = 0; w < 3; w++)
        docs.push(
          `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app-${w}, namespace: team-${n}}\nspec:\n  selector: {matchLabels: {app: a${w}}}\n  template:\n    metadata: {labels: {app: a${w}}}\n    spec: {containers: [{name: c, image: i}]}\n`,
        );
    const whole = deriveGraph(loadWorkspace([{ name: 'teams.yaml', text: docs.join('---\n') }]));
    const namespaces = whole.nodes.filter((n) => n.kind === 'namespace').map((n) => n.id);
    expect(namespaces).toHaveLength(6);
    const collapsed = collapseGraph(whole, new Set(namespaces));
    const input = toElk(collapsed);
    for (const id of namespaces)
      expect(input.children!.find((c) => c.id === id)).toMatchObject({
        width: COLLAPSED_CARD.width,
        height: COLLAPSED_CARD.height,
      });
    const result = await new ELK().layout(input);
    const laid: Record<string, { x: number; y: number; width: number; height: number }> = {};
    for (const c of result.children ?? []) laid[c.id] = { x: c.x!, y: c.y!, width: c.width!, height: c.height! };
    const boxes = setEmptyNamespacesAside(collapsed, laid);
    for (let i = 0; i < namespaces.length; i++)
      for (let j = i + 1; j < namespaces.length; j++) {
        const a = boxes[namespaces[i]];
        const b = boxes[namespaces[j]];
        expect(a.height).toBeGreaterThanOrEqual(COLLAPSED_CARD.height);
        expect(
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
          `${namespaces[i]} overlaps ${namespaces[j]}`,
        ).toBe(false);
      }
  });

  // Regression: ELK's POLYLINE router threw "Cannot read properties of null (reading 'a')" on these
  // real-world sets (a namespace box with SOUTH ports), and the canvas stayed empty after a paste.
  const oracleGraph = (set: string) => {
    const dir = join(ORACLE_DIR, 'netpol-analyzer', set, 'in');
    const files = readdirSync(dir)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
    return deriveGraph(loadWorkspace(files));
  };

  it.runIf(hasBoutique).each(['onlineboutique', 'new_online_boutique', 'online_boutique_workloads_no_ns'])(
    'lays out the oracle set %s',
    async (set) => {
      const input = toElk(oracleGraph(set));
      const result = await new ELK().layout(input);
      expect(result.children!.length).toBeGreaterThan(0);
    },
  );

  it('withoutEdges keeps every box and drops every edge and port (the fallback layout)', async () => {
    const stripped = withoutEdges(toElk(graph));
    const ids = (n: ElkNode): string[] => (n.children ?? []).flatMap((c) => [c.id, ...ids(c)]);
    expect(ids(stripped)).toEqual(ids(toElk(graph)));
    const walk = (n: ElkNode): void => {
      expect(n.edges ?? []).toEqual([]);
      expect(n.ports).toBeUndefined();
      (n.children ?? []).forEach(walk);
    };
    walk(stripped);
    await new ELK().layout(stripped);
  });
});

// Regression: pasting onlineboutique over the example kept the example's layout and viewport,
// because `kube-system` was shared; the new workspace landed off screen.
describe('mostlyNew', () => {
  const boxesOf = (g: typeof graph) =>
    Object.fromEntries(g.nodes.map((n) => [n.id, { x: 0, y: 0, width: 10, height: 10 }]));
  it.runIf(hasBoutique)(
    'treats a different workspace pasted over the old one as new, even with namespaces in common',
    () => {
      const other = (() => {
        const dir = join(ORACLE_DIR, 'netpol-analyzer', 'onlineboutique', 'in');
        const files = readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
        return deriveGraph(loadWorkspace(files));
      })();
      expect(other.nodes.some((n) => boxesOf(graph)[n.id])).toBe(true);
      expect(mostlyNew(other, boxesOf(graph))).toBe(true);
    },
  );
  it('keeps the arrangement for a small change', () => {
    const more = deriveGraph(
      loadWorkspace([
        {
          name: 'shop.yaml',
          text:
            shop + '\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: extra, namespace: shop, labels: {app: extra}}\n',
        },
      ]),
    );
    expect(more.nodes.length).toBeGreaterThan(graph.nodes.length);
    expect(mostlyNew(more, boxesOf(graph))).toBe(false);
    expect(mostlyNew(graph, {})).toBe(true);
  });
});
