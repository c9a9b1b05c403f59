import { readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/graph.ts';
import { loadWorkspace } from '../../src/model/workspace.ts';
import { toElk } from '../../src/ui/layout/elk-graph.ts';

const shop = readFileSync(new URL('../../src/ui/examples/shop.yaml', import.meta.url), 'utf8');
const graph = deriveGraph(loadWorkspace([{ name: 'shop.yaml', text: shop }]));

describe('toElk', () => {
  it('nests workloads in their namespace and routes cross-namespace flows through ports', () => {
    const root = toElk(graph);
    expect(root.layoutOptions?.['elk.hierarchyHandling']).toBe('SEPARATE_CHILDREN');
    const shopBox = root.children!.find((c) => c.id === 'ns:shop')!;
    expect(shopBox.children!.map((c) => c.id)).toEqual(expect.arrayContaining(['wl:shop/web[Deployment]', 'wl:shop/api[Deployment]', 'wl:shop/db[Deployment]']));
    // No edge in any container references a node outside it (other than its own ports).
    const check = (container: ElkNode) => {
      const local = new Set([...(container.children ?? []).map((c) => c.id), ...(container.ports ?? []).map((p) => p.id), ...(container.children ?? []).flatMap((c) => (c.ports ?? []).map((p) => p.id))]);
      for (const e of container.edges ?? []) for (const end of [...e.sources, ...e.targets]) expect(local.has(end), `${container.id}: ${end}`).toBe(true);
      (container.children ?? []).forEach(check);
    };
    check(root);
  });

  it('lays the example out without overlapping nodes', async () => {
    const result = await new ELK().layout(toElk(graph));
    const abs: { id: string; x: number; y: number; w: number; h: number }[] = [];
    for (const top of result.children ?? []) {
      abs.push({ id: top.id, x: top.x!, y: top.y!, w: top.width!, h: top.height! });
      for (const c of top.children ?? []) abs.push({ id: c.id, x: top.x! + c.x!, y: top.y! + c.y!, w: c.width!, h: c.height! });
    }
    const leaves = abs.filter((b) => !b.id.startsWith('ns:'));
    const tops = (result.children ?? []).map((t) => abs.find((b) => b.id === t.id)!);
    for (const set of [leaves, tops])
      for (let i = 0; i < set.length; i++)
        for (let j = i + 1; j < set.length; j++) {
          const a = set[i], b = set[j];
          expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h, `${a.id} overlaps ${b.id}`).toBe(false);
        }
  });
});
