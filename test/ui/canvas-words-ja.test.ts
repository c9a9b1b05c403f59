/**
 * The canvas in Japanese: the names of the peers the graph draws (all pods in a namespace, pods a
 * namespace selector picks, all namespaces, anywhere, the ingress controller) and the fixed words of
 * edge pills (`all ports` in rule and cluster-rule edges, the rule count of bundles and of collapsed
 * namespaces) are said in the card's language; in English they are the graph's own words, so the CLI,
 * the filters and the English canvas read exactly what they read before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.ts';
import { deriveGraph } from '../../src/model/graph/index.ts';
import type { GraphEdge, PolicyGraph } from '../../src/model/graph/types.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { subtitleOf, type SayCardWord } from '../../src/ui/canvas/geometry/sizes.ts';
import { cardName, displayName, fullName } from '../../src/ui/canvas/nodes/display-name.ts';
import { englishEdgeWords, sayPortWords, type SayEdgeWord } from '../../src/ui/canvas/edges/edge-words.ts';
import { labelCollapsedEdges } from '../../src/ui/canvas/navigate/decorate.ts';
import { FlowEdges } from '../../src/ui/canvas/to-flow.ts';
import { pillSize } from '../../src/ui/canvas/geometry/label-placer.ts';

const say = (lang: 'en' | 'ja', group: string) => {
  const t = createI18n(lang).getFixedT(lang, 'ui-canvas') as unknown as (key: string, o?: object) => string;
  return (word: string, args?: object) => t(`${group}.${word}`, args);
};
const jaCard = say('ja', 'cardWords') as SayCardWord;
const enCard = say('en', 'cardWords') as SayCardWord;
const jaEdge = say('ja', 'edgeWords') as SayEdgeWord;

const THREE_LAYERS = readFileSync(
  join(import.meta.dirname, '../e2e/fixtures/cluster-policies/three-layers.yaml'),
  'utf8',
);
/** Peers of every kind the graph names itself: namespace selectors with and without pod selectors, `{}`, no peer. */
const PEERS = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: peers, namespace: shop}
spec:
  podSelector: {}
  ingress:
    - from: [{namespaceSelector: {matchLabels: {team: ops}}}]
    - from: [{namespaceSelector: {matchLabels: {team: ops}}, podSelector: {matchLabels: {app: probe}}}]
    - from: [{namespaceSelector: {}, podSelector: {matchLabels: {app: probe}}}]
    - from: [{namespaceSelector: {}}]
    - ports: [{port: 8080}]
  egress:
    - to: [{podSelector: {}}]
`;

const graphOf = (text: string): PolicyGraph => deriveGraph(loadWorkspace([{ name: 'w.yaml', text }]));
const nameOf = (g: PolicyGraph, id: string, s: SayCardWord) =>
  cardName(
    g.nodes.find((n) => n.id === id)!,
    s,
  );

describe('peer names on cards', () => {
  const layers = graphOf(THREE_LAYERS);
  const peers = graphOf(PEERS);

  it('are said in Japanese', () => {
    expect(nameOf(layers, 'pods:monitoring', jaCard)).toBe('monitoring のすべての Pod');
    expect(nameOf(layers, 'ingress-controller', jaCard)).toBe('Ingress コントローラー');
    const names = peers.nodes.map((n) => cardName(n, jaCard));
    expect(names).toEqual(
      expect.arrayContaining([
        'shop のすべての Pod',
        'すべての Pod（Namespace team=ops）',
        'Pod app=probe（Namespace team=ops）',
        'すべての Namespace の Pod app=probe',
        'すべての Namespace',
        'どこでも',
      ]),
    );
    for (const n of [...layers.nodes, ...peers.nodes].filter((n) => n.kind !== 'namespace'))
      expect(cardName(n, jaCard), n.id).not.toMatch(/\b(all|pods|anywhere|controller)\b/);
  });

  it('are the graph’s own names in English, and workloads keep their names in both', () => {
    for (const n of [...layers.nodes, ...peers.nodes]) {
      expect(cardName(n, enCard), n.id).toBe(displayName(n));
      expect(fullName(n, enCard), n.id).toBe(n.label);
    }
    expect(nameOf(layers, 'wl:shop/web[Deployment]', jaCard)).toBe('web');
  });

  it('say what an inferred node stands for in Japanese, and the graph’s own detail in English', () => {
    const inferred = graphOf(
      PEERS.replace('podSelector: {}\n  ingress', 'podSelector: {matchLabels: {app: web}}\n  ingress'),
    ).nodes.filter((n) => n.kind === 'inferred');
    expect(inferred.length).toBeGreaterThan(0);
    for (const n of inferred) {
      expect(subtitleOf(n), n.id).toBe(n.detail);
      expect(subtitleOf(n, jaCard), n.id).toBe(
        `${n.label} に一致する Pod（一致するワークロードはワークスペースにありません）`,
      );
    }
  });
});

describe('edge pills', () => {
  const layers = graphOf(THREE_LAYERS);
  const drawn = new Set(layers.nodes.map((n) => n.id));
  const pills = (edges: { data?: { label: string } }[]) => edges.map((e) => e.data!.label);

  it('say `all ports` of cluster-rule edges in Japanese, keeping tier, action and ports as written', () => {
    const ja = pills(new FlowEdges(jaEdge).of(layers, drawn, new Set()));
    expect(ja).toContain('↷ ANP 10 · Pass すべてのポート');
    expect(ja).toContain('⊘ BANP · Deny すべてのポート');
    expect(ja).toContain('⊘ ANP 10 · Deny TCP 5432');
    expect(ja.join('\n')).not.toContain('all ports');
    // English: the same pills as before this change.
    expect(pills(new FlowEdges().of(layers, drawn, new Set()))).toContain('⊘ BANP · Deny all ports');
  });

  it('say the fixed phrases of rule labels and nothing a name could hold', () => {
    expect(sayPortWords('TCP all ports, UDP 53', jaEdge)).toBe('TCP すべてのポート, UDP 53');
    expect(sayPortWords('CNP Admin 5 · Deny port metrics, TCP 80', jaEdge)).toBe(
      'CNP Admin 5 · Deny ポート metrics, TCP 80',
    );
    expect(sayPortWords('ANP 3 · no action no ports', jaEdge)).toBe('ANP 3 · アクションなし ポートなし');
    expect(sayPortWords('TCP http-all', jaEdge)).toBe('TCP http-all');
    expect(sayPortWords('Ingress shop/web · TCP 8080', jaEdge)).toBe('Ingress shop/web · TCP 8080');
    for (const label of ['TCP all ports', 'all ports', 'ANP 1 · Deny port dns, invalid port', 'BANP · Allow no ports'])
      expect(sayPortWords(label, englishEdgeWords)).toBe(label);
  });

  it('are placed at the width of their Japanese words (a wide character takes two monospace cells)', () => {
    expect(pillSize('BANP · Deny すべてのポート').width).toBe(pillSize('BANP · Deny all-ports-xyza').width);
    expect(pillSize('BANP · Deny すべてのポート').width).toBeGreaterThan(pillSize('BANP · Deny all ports').width);
  });

  it('count the rules of a collapsed namespace’s edges in Japanese', () => {
    const rule = (id: string, label: string): GraphEdge => ({
      id,
      source: 'ns:a',
      target: 'wl:b/x[Pod]',
      policyId: 'b/p',
      direction: 'ingress',
      ruleIndex: 0,
      peerIndex: 0,
      label,
    });
    const edge = {
      id: 'e',
      type: 'flow' as const,
      source: 'ns:a',
      target: 'wl:b/x[Pod]',
      data: { rules: [rule('1', 'TCP 80'), rule('2', 'all ports')], label: '' },
    };
    const [ja] = labelCollapsedEdges([edge], new Set(['ns:a']), jaEdge);
    expect(ja.data!.label).toBe('すべてのポート（ルール 2 件）');
    const [en] = labelCollapsedEdges([edge], new Set(['ns:a']));
    expect(en.data!.label).toBe('all ports (2 rules)');
  });
});
