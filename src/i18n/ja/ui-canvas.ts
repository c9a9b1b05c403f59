import type { CatalogOf } from '../catalog.ts';
import type { uiCanvas as en } from '../en/ui-canvas.ts';

/** グラフのキャンバス：ツールバー、バナー、ノード、ナビゲーション、グラフ操作。 */
export const uiCanvas: CatalogOf<typeof en> = {
  graph: { label: 'ネットワークポリシーのグラフ' },
  fit: '全体を表示',
  allPodsIn: '{{name}} のすべての Pod',
  toolbar: {
    label: 'グラフの操作',
    undoTitle: '元に戻す ({{mod}}Z) — グラフと YAML は 1 つの履歴を共有します',
    undo: '元に戻す',
    redoTitle: 'やり直す ({{mod}}Shift+Z)',
    redo: 'やり直す',
    tidyTitle: 'ドラッグした位置を破棄して、グラフ全体をレイアウトし直します',
    tidy: 'レイアウトを整える',
  },
  banner: {
    largeTitle: '大きなグラフ',
    large:
      'ルール {{rules}} 件: Namespace 間の通信は Namespace の組ごとに 1 本のエッジ（ラベルはルールの数）で描き、Namespace 内の通信は表示していません。ワークロードや Namespace を選択すると、そのエッジが描かれます。',
    stale: 'YAML にエラーがあります — 最後に解析できたグラフを表示しています。グラフの編集は一時停止中です。',
    broken_one: 'YAML ドキュメントを解析できません — {{list}}{{more}}。それ以外はすべて表示され、編集できます。',
    broken_other:
      '{{count}} 件の YAML ドキュメントを解析できません — {{list}}{{more}}。それ以外はすべて表示され、編集できます。',
    brokenKept_one:
      'ドキュメント {{document}}（{{line}} 行目にエラー）: そのオブジェクトは最後に解析できた内容で薄く表示しています',
    brokenKept_other:
      'ドキュメント {{document}}（{{line}} 行目にエラー）: その {{count}} 個のオブジェクトは最後に解析できた内容で薄く表示しています',
    brokenNeverParsed: 'ドキュメント {{document}}（{{line}} 行目にエラー）: 一度も解析できていないため表示していません',
    separator: '、',
    more_one: '、ほか {{count}} 件',
    more_other: '、ほか {{count}} 件',
  },
  namespace: {
    collapseTitle: 'Namespace をカードに折りたたむ: エッジは両端の組ごとにまとめられます',
    expandTitle: 'Namespace を展開: ワークロードを描きます',
    collapseLabel: 'Namespace {{name}} を折りたたむ',
    expandLabel: 'Namespace {{name}} を展開',
  },
  focus: {
    title: '選択したノードとその隣接ノードに絞り込み (F)。Esc で解除',
    button: 'フォーカス',
    hideTitle: '隣接しないノードを薄くする代わりに隠します',
    hide: 'ほかを隠す',
    exitTitle: 'フォーカスを解除 (Esc)',
    exit: 'フォーカス解除',
  },
  filter: {
    title: '一部の Namespace、1 つのポート、一部のポリシーだけを表示',
    button: 'フィルター',
    badgeTitle: 'フィルターでグラフの一部を隠しています',
    panel: 'フィルター',
    namespaces: 'Namespace',
    port: 'ポート',
    policies: 'ポリシー',
    clear: 'フィルターを解除',
  },
  search: {
    placeholder: '検索  /',
    label: '名前、ラベル (app=web)、Namespace でノードを検索',
    title: '名前、ラベル (app=web)、Namespace でノードを検索 — Enter で選択、↑ ↓ で一致箇所を移動',
    none: '一致なし',
  },
  card: {
    ingress: 'Ingress',
    egress: 'Egress',
    none: '{{dir}}: —',
    open: '{{dir}}: 開放',
    isolated: '{{dir}}: 分離',
    someIsolated: '{{dir}}: {{isolated}}/{{total}} 分離',
    workloads_one: 'ワークロード {{count}}',
    workloads_other: 'ワークロード {{count}}',
    policies_one: 'ポリシー {{count}}',
    policies_other: 'ポリシー {{count}}',
    internal_one: '内部のルール {{count}} 件（表示なし）',
    internal_other: '内部のルール {{count}} 件（表示なし）',
  },
  cardWords: {
    tagInferred: '推定',
    tagIpBlock: 'IP ブロック',
    tagPods: 'Pod',
    ports: 'ポート {{list}}',
    noPorts: 'ポートなし',
    replicas_one: 'レプリカ {{count}} · {{ports}}',
    replicas_other: 'レプリカ {{count}} · {{ports}}',
    noWorkloadHasLabels: 'このラベルを持つワークロードはありません',
    except: '{{cidrs}} を除く',
    ipBlock: 'IP ブロック',
    anyPodIn: '{{namespace}} の任意の Pod',
    podsInMatching: '一致する Namespace の Pod',
    everyPod: 'すべての Namespace のすべての Pod',
    anySource: '任意の送信元・宛先',
    tagNotAnalysed: '未解析',
    needsLiveCluster: '実際のクラスターが必要なクラスターポリシーのピア',
    ingressController: 'Ingress と Route の入口',
  },
  markers: {
    label_one: 'ここに問題が {{count}} 件: 一覧を開く',
    label_other: 'ここに問題が {{count}} 件: 一覧を開く',
  },
  edge: {
    editHint: '（ダブルクリックでポートを編集）',
    clusterRule: '{{policy}} · {{direction}} ルール {{rule}}{{name}}: {{label}}',
    routeRule: '{{routes}} がここへ転送: {{label}}',
  },
  node: {
    draft: 'まだ YAML にありません: エッジを描いてください',
    selectedBy: '選択しているポリシー: {{names}}',
    clusterSelectedBy: 'このノードを対象にするクラスターポリシー: {{names}}',
    clusterMore: '+{{count}}',
    stale:
      'この YAML ドキュメントは解析できません。最後に解析できた内容で表示しています。編集するにはドキュメントを修正してください。',
    ingressIsolated: 'Ingress で分離: ポリシーが許可した通信だけが入れます',
    egressIsolated: 'Egress で分離: ポリシーが許可した通信だけが出られます',
    connect: 'ほかのノードへドラッグすると通信を許可します',
  },
  nsbox: {
    kicker: 'Namespace',
    members_one: 'メンバー {{count}}',
    members_other: 'メンバー {{count}}',
    policies_one: 'ポリシー {{count}}',
    policies_other: 'ポリシー {{count}}',
    noPolicy: 'ポリシーなし',
    connect: 'ほかのノードへドラッグすると、この Namespace のすべての Pod からの通信を許可します',
  },
  layout: {
    tooSlow:
      'このグラフの自動レイアウトに {{seconds}} 秒以上かかったため、ノードを単純なグリッドに並べました。ドラッグして配置するか、「レイアウトを整える」をお試しください。',
    failed:
      'このグラフの自動レイアウトに失敗したため、ノードを単純なグリッドに並べました。ドラッグして配置するか、「レイアウトを整える」をお試しください。',
  },
  gesture: {
    notAnEnd:
      '「{{name}}」は新しいルールの端にできません。ワークロード、Namespace、CIDR、「すべての Namespace」からエッジを描いてください。',
    noFlowEnd: '2 つのノードのうち 1 つは通信の端にできません。',
    alreadyAllowed: '{{source}} → {{target}} はこれらのポートですでに許可されているため、追加するものはありません。',
    allNamespacesThere: '「すべての Namespace」はすでにキャンバスにあります（選択しました）。',
    cidrThere: '{{cidr}} はすでにキャンバスにあります（選択しました）。',
    onlyRules: '「{{name}}」はポリシーのルールが参照しているため描かれています。代わりにそのエッジを削除してください。',
  },
};
