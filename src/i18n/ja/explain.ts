import type { CatalogOf } from '../catalog.ts';
import type { explain as en } from '../en/explain.ts';

/** 通信が許可／拒否される理由の説明（日本語）。 */
export const explain: CatalogOf<typeof en> = {
  sentences: {
    headline: '{{from}} → {{to}}（{{what}}）: {{verdict}}。',
    anyPort: '任意のポート',
    allowed: '許可',
    blocked: '拒否',
    blockedNothing: '拒否（許可される通信はありません）',
    allowedConns: '許可: {{conns}}',
    dirIngress: 'Ingress',
    dirEgress: 'Egress',
    dirIngressLower: 'Ingress',
    dirEgressLower: 'Egress',
    outside: '{{Dir}}: {{who}} はクラスターの外部にあるため、ポリシーは適用されません。',
    tieredNotSelected: '{{Dir}}: {{who}} を選択する {{Dir}} の NetworkPolicy はありません。',
    notSelected: '{{Dir}}: {{who}} を選択する {{Dir}} のポリシーがないため、{{dir}} の通信はすべて許可されます。',
    isolatedNoRulePort:
      '{{Dir}}: {{who}} は {{isolators}} によって分離されており、このポートを許可する {{dir}} ルールはありません。',
    isolatedNoRulePeer:
      '{{Dir}}: {{who}} は {{isolators}} によって分離されており、この通信相手を許可する {{dir}} ルールはありません。',
    isolatedAllowed: '{{Dir}}: {{who}} は {{isolators}} によって分離されていますが、{{rules}} で許可されています。',
    decision: '{{Dir}} の判定: {{text}}。',
    ambiguous:
      '判定があいまいです: {{text}}。両方が一致する通信では、クラスターがどちらを適用するかは決まっていません。',
    noEndpoint: '"{{name}}" という名前のワークロードや IP アドレスはありません。',
    bothOutside: '両端ともクラスターの外部にあるため、NetworkPolicy は適用されません。',
  },
};
