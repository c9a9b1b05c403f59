import type { CatalogOf } from '../catalog.ts';
import type { uiEffective as en } from '../en/ui-effective.ts';

/** 実効ビュー：切り替え、凡例、エッジ、Why パネル自身の文。 */
export const uiEffective: CatalogOf<typeof en> = {
  view: {
    label: 'グラフの表示',
    rules: { label: 'ルール', title: 'ポリシーのルールとピアごとに 1 本のエッジ（YAML に書かれたとおり）' },
    effective: {
      label: '実効',
      title: '実際に誰が誰に到達できるか。赤の破線: 片側は許可し、もう片側が遮断しています',
    },
  },
  legend: {
    show: '凡例を表示',
    hide: '凡例を隠す',
    title: '実効ビュー',
    folded: '凡例',
    read: '実線: 通る · <half>赤の破線</half>: 片側は許可し、もう片側が遮断 · ラベルを選択すると理由を表示します。',
    showing: '{{total}} 件の通信のうち {{shown}} 件を、許可されたものから表示しています。',
    counted:
      '表示していないもの: どのポリシーにも分離されておらず、すべてのアドレスと通信できる{{workloads}}（All Connections）— {{flows}}、通信の一覧の{{lines}}。',
    workloads_one: 'ワークロード {{count}} 個',
    workloads_other: 'ワークロード {{count}} 個',
    flows_one: '通信 {{count}} 件',
    flows_other: '通信 {{count}} 件',
    lines_one: '{{count}} 行',
    lines_other: '{{count}} 行',
    inferred: 'YAML にワークロードがありません。ポリシーのセレクターが表す Pod を表示しています。',
    nothing: '何も通りません。表示している Pod とアドレスの間で許可された通信はありません。',
  },
  edge: {
    blockedAtIngress: '{{conns}} は Ingress で遮断',
    blockedAtEgress: '{{conns}} は Egress で遮断',
    addresses: 'アドレス: {{ranges}}',
    lines_one: '（通信の一覧の {{count}} 行分）',
    lines_other: '（通信の一覧の {{count}} 行分）',
    selectHint: '（選択すると理由を表示）',
  },
  why: {
    label: 'この通信の理由',
    close: 'Why パネルを閉じる',
    kind: 'Why · 実効の通信',
    anywhere: 'すべて',
    except: '{{cidr}}（{{except}} を除く）',
    addresses: 'アドレス {{ranges}}',
    lines_one: '通信の一覧の {{count}} 行分（アドレス範囲ごとに 1 行）: {{ranges}}',
    lines_other: '通信の一覧の {{count}} 行分（アドレス範囲ごとに 1 行）: {{ranges}}',
    askPort: 'ポートを指定',
    askPortLabel: '1 つのポートについて問い合わせ（例: 5432/TCP）',
    portInvalid: '5432、5432/TCP、UDP 53 のようにポートを書いてください。',
    dir: { ingress: 'Ingress', egress: 'Egress' },
    side: { ingress: 'Ingress 側', egress: 'Egress 側' },
    heading: { egress: 'Egress · <name>{{who}}</name> から出る', ingress: 'Ingress · <name>{{who}}</name> に入る' },
    notIsolated: {
      egress:
        '<name>{{who}}</name> は Egress で分離されていません。Egress を持つポリシーがこれを選択していないため、すべての Egress 通信が許可されます。',
      ingress:
        '<name>{{who}}</name> は Ingress で分離されていません。Ingress を持つポリシーがこれを選択していないため、すべての Ingress 通信が許可されます。',
    },
    external: 'クラスター外のアドレスです。こちら側には NetworkPolicy は適用されません。',
    isolatedBy: {
      egress: '<name>{{who}}</name> を Egress で分離しているポリシー:',
      ingress: '<name>{{who}}</name> を Ingress で分離しているポリシー:',
    },
    isolatedByEnd: '。',
    listSeparator: '、',
    policyTitle: 'このポリシーを YAML で表示',
    blocked: 'このピアを許可する {{direction}} ルールがないため、ここで遮断されます。',
    blockedPort: '{{protocol}} {{port}} を許可する {{direction}} ルールがないため、ここで遮断されます。',
    ruleTitle: 'このルールを YAML で表示',
    ruleNotDrawn: 'このルールはエッジとして描かれていません',
    allowedBy: '許可しているルール:',
    matchesNotPort: '一致するがこのポートは対象外:',
    rule: '{{direction}} ルール {{rule}}',
    verdictPortAllowed: '{{protocol}} {{port}}: 許可',
    verdictPortBlocked: '{{protocol}} {{port}}: 遮断',
    verdictAllowed: '許可: {{conns}}',
    verdictBlocked: '遮断: 何も通りません',
  },
};
