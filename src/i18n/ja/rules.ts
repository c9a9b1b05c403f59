/**
 * ルール ID ごとの概要（日本語）。診断に日本語の文がないとき（YAML パーサーの
 * エラーなど）は、この概要に元の英語のメッセージを添えて表示する。
 * キーは model/validation/rules.ts の RULES と同じ（test/i18n が確認する）。
 */
export const rules: Readonly<Record<string, string>> = {
  'yaml-syntax':
    'ファイルが YAML/JSON として正しくありません（アンカーのないエイリアスや、256 段を超える入れ子も含みます）。',
  'yaml-warning': 'YAML パーサーがこの書き方について警告しています。',
  'binary-content':
    'ファイルに制御文字または UTF-8 でないバイトが含まれています（テキストのマニフェストではありません）。',
  'wrong-type':
    '値の型が誤っています（マップやリストが必要な箇所に文字列がある、ラベルの値がクォートされていない数値である、など）。',
  'unknown-field': 'NetworkPolicy に存在しないフィールドが spec の下にあります。',
  'excessive-aliases': 'エイリアスの展開結果が異常に大きいドキュメントです（エイリアス爆弾）。',
  'cluster-policy-one-of':
    'クラスターポリシーの subject・ピア・ポートにはフィールドをちょうど 1 つ指定する必要があります（または必須の部分がありません）。',
  'cluster-policy-action': 'クラスターポリシーのルールの action がないか、その種類で使えない値です。',
  'cluster-policy-peers': 'クラスターポリシーのルールに from/to のピアがありません。',
  'cluster-policy-port': 'クラスターポリシーのポート、範囲、プロトコルのいずれかが不正です。',
  'cluster-policy-cidr': 'networks ピアに不正な CIDR があります。',
  'cluster-policy-priority': 'クラスターポリシーの priority がないか、0〜1000 の範囲外です。',
  'cluster-policy-tier': 'ClusterNetworkPolicy の tier がないか、Admin/Baseline 以外です。',
  'cluster-policy-limit': 'ルール、ピア、ポート、CIDR のいずれかが 25 個を超えています（API の上限）。',
  'cluster-policy-duplicate': '同じ種類の 2 つのクラスターポリシーが同じ名前を持っています。',
  'banp-name': 'BaselineAdminNetworkPolicy の名前が default ではありません。',
  'banp-multiple': 'BaselineAdminNetworkPolicy が複数あります。',
  'cluster-policy-same-priority':
    '2 つのクラスターポリシーの tier と priority が同じです。両方が一致する通信の結果はクラスター次第になります。',
  'cluster-policy-defaulted':
    'クラスターポリシーの API が必須とするセレクターがありません。netpol-analyzer と同じく {} として読みます。',
  'not-analysed': 'nodes、domainNames、IPv6 の networks ピアは実際のクラスターに依存するため、解析の対象外です。',
  'missing-name': 'metadata.name がないか、空です。',
  'invalid-name': 'metadata.name が DNS-1123 サブドメインとして不正です。',
  'invalid-namespace': 'metadata.namespace が DNS-1123 ラベルとして不正です。',
  'invalid-label-key': 'ラベルのキーが修飾名（[prefix/]name）として不正です。',
  'invalid-label-value': 'ラベルの値が不正です。',
  'unknown-operator': 'matchExpressions の operator がないか、In、NotIn、Exists、DoesNotExist 以外です。',
  'operator-needs-values': 'In / NotIn に values がありません。',
  'operator-forbids-values': 'Exists / DoesNotExist に values が指定されています。',
  'invalid-port': 'port または endPort が 1〜65535 の範囲外です。',
  'invalid-port-name': '名前付きポートが IANA のサービス名として不正です。',
  'invalid-protocol': 'protocol が TCP、UDP、SCTP 以外です。',
  'endport-without-port': 'port なしで endPort が指定されています。',
  'endport-named-port': '名前付きポートに endPort が指定されています。',
  'endport-before-port': 'endPort が port より小さい値です。',
  'empty-peer': 'from/to のピアに podSelector、namespaceSelector、ipBlock のいずれもありません。',
  'peer-mixes-ipblock': 'ピアで ipBlock とセレクターが同時に指定されています。',
  'missing-cidr': 'ipBlock に cidr がありません。',
  'invalid-cidr': 'cidr または except の要素が CIDR として不正です。',
  'cidr-not-canonical': 'cidr にホスト部のビットが立っています（ネットワークアドレスにマスクされます）。',
  'except-outside-cidr': 'except の要素が cidr の真に内側にありません（または IP アドレスファミリーが異なります）。',
  'invalid-policy-type': 'policyTypes に Ingress / Egress 以外の値があります。',
  'duplicate-policy-type': 'policyTypes に同じ種類が 2 回指定されています。',
  'too-many-policy-types': 'policyTypes に 3 つ以上の要素があります。',
  'split-peer':
    'namespaceSelector と podSelector が隣り合う 2 つのピア（OR）に分かれています。おそらく 1 つのピア（AND）にするつもりだったはずです。',
  'selects-nothing': 'ポリシーがワークスペース内のどのワークロードも選択していません。',
  'policy-types-omit-rules': 'policyTypes に含まれていない方向の Ingress / Egress ルールがあります（無視されます）。',
  'no-dns-egress': 'Egress が分離された Pod に、DNS（ポート 53）を許可するルールがありません。',
  'port-matches-nothing': 'ルールのポートが、宛先ワークロードのどのコンテナポートにも一致しません。',
  'duplicate-policy': '同じ namespace/name のポリシーが 2 つあります（後のものが前のものを置き換えます）。',
};
