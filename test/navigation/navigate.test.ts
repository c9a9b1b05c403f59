/** Focus neighbourhoods, filters, search and the saved navigation settings (pure parts of issue 11). */
import { describe, expect, it } from 'vitest';
import { edgeAllowsPort, filterGraph, NO_FILTERS } from '../../src/model/graph/filter.ts';
import { neighbourhood } from '../../src/model/graph/focus.ts';
import { searchNodes } from '../../src/model/graph/search.ts';
import type { GraphEdge } from '../../src/model/graph/types.ts';
import { navigationFrom } from '../../src/state/navigation-slice.ts';
import { graphOf, TWO_NAMESPACES } from './fixture.ts';

const WEB = 'wl:front/web[Deployment]';
const API = 'wl:back/api[Deployment]';
const DB = 'wl:back/db[Deployment]';
const g = graphOf(TWO_NAMESPACES);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();

describe('neighbourhood', () => {
  it('takes the node, what it has an edge with, and their namespace boxes', () => {
    const n = neighbourhood(g, WEB);
    expect([...n.nodes].sort()).toEqual([API, WEB, 'ns:back', 'ns:front'].sort());
    expect(n.nodes.has(DB)).toBe(false);
    expect([...n.edges].every((id) => g.edges.find((e) => e.id === id)!.source === WEB)).toBe(true);
  });
  it('around a namespace, takes everything inside it as the centre', () => {
    const n = neighbourhood(g, 'ns:back');
    expect(n.nodes.has(WEB)).toBe(true); // web talks to api, inside back
    expect(n.edges.size).toBe(g.edges.length);
  });
});

describe('filterGraph', () => {
  it('changes nothing without filters', () => {
    expect(filterGraph(g, NO_FILTERS)).toBe(g);
  });
  it('by namespace: keeps that namespace and the edges inside it', () => {
    const f = filterGraph(g, { ...NO_FILTERS, namespaces: ['back'] });
    expect(ids(f.nodes)).toEqual([API, DB, 'ns:back'].sort());
    expect(f.edges.map((e) => [e.source, e.target])).toEqual([[API, DB]]);
  });
  it('by port: keeps the rules that allow it and the nodes they join', () => {
    const f = filterGraph(g, { ...NO_FILTERS, port: '5432' });
    expect(ids(f.nodes)).toEqual([API, DB, 'ns:back'].sort());
    expect(filterGraph(g, { ...NO_FILTERS, port: '443/TCP' }).edges.map((e) => e.policyId)).toEqual([
      'front/web-egress',
    ]);
    expect(filterGraph(g, { ...NO_FILTERS, port: 'UDP 5432' }).edges).toEqual([]);
  });
  it("by policy: keeps that policy's rules", () => {
    const f = filterGraph(g, { ...NO_FILTERS, policies: ['back/api-ingress'] });
    expect(new Set(f.edges.map((e) => e.policyId))).toEqual(new Set(['back/api-ingress']));
    expect(ids(f.nodes)).toEqual([API, WEB, 'ns:back', 'ns:front'].sort());
  });
  it('matches ports against ranges, names and "all ports"', () => {
    const e = (label: string) => ({ label }) as GraphEdge;
    expect(edgeAllowsPort(e('TCP 8000-8100'), '8080')).toBe(true);
    expect(edgeAllowsPort(e('TCP 8000-8100'), '9000')).toBe(false);
    expect(edgeAllowsPort(e('TCP http'), 'http')).toBe(true);
    expect(edgeAllowsPort(e('all ports'), '22')).toBe(true);
    expect(edgeAllowsPort(e('UDP all ports'), '53/udp')).toBe(true);
    expect(edgeAllowsPort(e('UDP all ports'), '53/tcp')).toBe(false);
  });
});

describe('searchNodes', () => {
  it('finds by name, exact name first', () => {
    expect(searchNodes(g, 'api')[0].id).toBe(API);
    expect(searchNodes(g, 'DB').map((n) => n.id)).toEqual([DB]);
  });
  it('finds by label key=value', () => {
    expect(ids(searchNodes(g, 'app=web'))).toEqual([WEB]);
    expect(ids(searchNodes(g, 'tier=back'))).toEqual([API, DB].sort());
  });
  it('finds by namespace, the namespace box first', () => {
    const hits = searchNodes(g, 'back').map((n) => n.id);
    expect(hits[0]).toBe('ns:back');
    expect(hits).toEqual(expect.arrayContaining([API, DB]));
  });
  it('finds nothing for empty text or no match', () => {
    expect(searchNodes(g, '  ')).toEqual([]);
    expect(searchNodes(g, 'nope')).toEqual([]);
  });
});

describe('navigationFrom (saved settings)', () => {
  it('reads what was saved', () => {
    const saved = {
      collapsed: { 'ns:back': true, 'ns:front': false },
      focus: { id: WEB, hide: true },
      filters: { namespaces: ['back'], port: '5432', policies: [] },
    };
    expect(navigationFrom(JSON.parse(JSON.stringify(saved)) as Record<string, unknown>)).toEqual({
      collapseChoices: { 'ns:back': true, 'ns:front': false },
      focus: { id: WEB, hide: true },
      filters: { namespaces: ['back'], port: '5432', policies: [] },
    });
  });
  it('falls back to defaults on malformed values', () => {
    expect(navigationFrom({ collapsed: ['x'], focus: 3, filters: { namespaces: 'back', port: 1 } })).toEqual({
      collapseChoices: {},
      focus: null,
      filters: { namespaces: [], port: '', policies: [] },
    });
  });
});
