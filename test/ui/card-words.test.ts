// The small words on node cards follow the app's language (sizing reads the English words only:
// nodeWidth takes no language, so a switch moves no card).
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.ts';
import type { GraphNode } from '../../src/model/graph/types.ts';
import { kindTagOf, subtitleOf, type SayCardWord } from '../../src/ui/canvas/geometry/sizes.ts';

const node = (over: Partial<GraphNode>): GraphNode => ({
  id: 'wl:shop/web[Deployment]',
  kind: 'workload',
  label: 'web',
  namespace: 'shop',
  selectedBy: [],
  isolated: { ingress: false, egress: false },
  ...over,
});

const japanese: SayCardWord = (word, args) => {
  const t = createI18n('ja').getFixedT('ja', 'ui-canvas') as unknown as (key: string, o?: object) => string;
  return t(`cardWords.${word}`, args);
};

describe('card words', () => {
  const web = node({ ports: [{ containerPort: 8080, protocol: 'TCP' }], replicas: 2 });
  it('are English by default, as before', () => {
    expect(subtitleOf(web)).toBe('2 replicas · ports 8080');
    expect(subtitleOf(node({ replicas: 1 }))).toBe('1 replica · no ports');
    expect(kindTagOf(node({ kind: 'cidr' }))).toBe('ip block');
    expect(subtitleOf(node({ kind: 'anywhere' }))).toBe('any source or destination');
  });
  it('are said in Japanese when the card asks in Japanese', () => {
    expect(subtitleOf(web, japanese)).toBe('レプリカ 2 · ポート 8080');
    expect(kindTagOf(node({ kind: 'inferred' }), japanese)).toBe('推定');
    expect(subtitleOf(node({ kind: 'namespace-pods', namespace: 'prod' }), japanese)).toBe('prod の任意の Pod');
  });
});
