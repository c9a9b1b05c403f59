import type { CatalogOf } from '../catalog.ts';
import type { uiInspector as en } from '../en/ui-inspector.ts';

/** 選択したノードやエッジのサイドパネル（インスペクター）。 */
export const uiInspector: CatalogOf<typeof en> = {
  label: 'インスペクター',
  close: 'インスペクターを閉じる（選択を解除）',
  stale: 'YAML を解析できません。ここで編集するには YAML を修正してください。',
  brokenDocument:
    'この YAML ドキュメントは解析できません。最後に解析できた内容を表示しています。ここで編集するにはドキュメントを修正してください。',
  node: {
    kind: {
      namespace: 'Namespace',
      workload: 'ワークロード',
      inferred: '推定された Pod',
      cidr: '外部 CIDR',
      'namespace-pods': 'Pod',
      'all-namespaces': 'すべての Namespace',
      anywhere: 'すべての通信元・通信先',
    },
    in: '<name>{{name}}</name> 内',
    shownAs: '<name>{{name}}</name> として表示（生成されたハッシュを省略）',
    name: '名前',
    labels: 'ラベル',
    labelsNote: 'key=value をカンマ区切りで。ポリシーはこのラベルで Pod を選択します',
    ports: 'コンテナーのポート',
    portsNone: 'なし',
    nsNameNote: '{{label}} は Kubernetes が設定します',
    draft:
      'まだ YAML にありません。ピアはルールの中にだけ存在します。ワークロードの点からここへドラッグすると Egress を、ここの点からワークロードへドラッグすると Ingress を許可します。',
    removeDraft: 'キャンバスから取り除く',
    nsPolicies: 'Namespace 全体のポリシー',
    selectedBy: '選択しているポリシー',
    deleteNamespaceTitle: 'Namespace とその中のすべてのオブジェクトを削除します（元に戻すと復元されます）',
    deleteNamespace: 'Namespace を削除',
    deleteWorkload: 'ワークロードを削除',
  },
  collapse: {
    expandTitle: 'この Namespace のワークロードを描きます',
    collapseTitle: 'この Namespace を 1 枚のカードとして描き、エッジをまとめます',
    expand: 'Namespace を展開',
    collapse: 'Namespace を折りたたむ',
    focusTitle: 'この Namespace と通信先を強調表示 (F)',
    focus: 'フォーカス',
  },
  policy: { deleteTitle: 'NetworkPolicy {{id}} を削除', delete: '削除' },
  edge: {
    kind: '許可された通信',
    direction: { ingress: 'Ingress', egress: 'Egress' },
    where: '{{direction}} ルール {{rule}}、ピア {{peer}}',
    whereAnyPeer: '{{direction}} ルール {{rule}}、すべてのピア',
    ports: 'ポート',
    allPorts: 'すべてのポート',
    removePeer: 'このピアを削除',
    removeRule: 'このルールを削除',
    deletePolicy: 'ポリシーを削除',
    shared_one: 'このルールは <b>{{peers}}</b> も許可しています。ポートを変えるとその通信も変わります。',
    shared_other: 'このルールは <b>{{peers}}</b> も許可しています。ポートを変えるとそれらの通信も変わります。',
  },
  allow: {
    heading: '通信を許可',
    direction: '向き',
    to: '宛先',
    from: '送信元',
    other: '相手側',
    choose: '選択…',
    open: '許可…',
  },
};
