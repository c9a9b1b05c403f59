import type { CatalogOf } from '../catalog.ts';
import type { diagnostics as en } from '../en/diagnostics.ts';

/** 検証と lint のメッセージ（日本語）。`{{path}}` などは英語版と同じ値が入る。 */
export const diagnostics: CatalogOf<typeof en> = {
  untranslated: '{{summary}}（{{message}}）',
  foundMap: 'マップ',
  foundList: 'リスト',
  foundAlias: 'エイリアス',
  foundNull: 'null',
  foundString: '文字列 {{value}}',
  foundNumber: '数値 {{value}}',
  foundBoolean: '真偽値 {{value}}',
  foundScalar: 'スカラー値',
  foundNothing: '値なし',
  mustBeMap: '{{path}} はマップ（key: value の組）である必要がありますが、{{found}} が指定されています。',
  mustBeList: '{{path}} はリストである必要がありますが、{{found}} が指定されています。',
  mustBeString: '{{path}} は文字列である必要がありますが、{{found}} が指定されています。{{hint}}',
  mustBeInteger: '{{path}} は整数である必要がありますが、{{found}} が指定されています。',
  keysMustBeStrings: '{{path}} のキーは文字列である必要がありますが、{{found}} が指定されています。',
  unknownField:
    '{{path}} に未知のフィールド {{name}} があります（有効なフィールド: {{known}}）。Kubernetes はこれを無視するか拒否します。',
  itemsMustBeList: '{{path}}items はリストである必要がありますが、{{found}} が指定されています。',
  unknownAlias: '未定義のエイリアス *{{alias}} です。これより前にアンカー &{{alias}} が定義されていません。',
  aliasBomb:
    'このドキュメントのエイリアスは {{limit}} ノードを超えて展開されるか、自分自身を参照しています（エイリアス爆弾の可能性）。解析しませんでした。',
  nodeBudget: 'このドキュメントはエイリアスの展開により {{limit}} ノードを超えるため、ここで検証を中止しました。',
  controlCharacter: 'ファイルに制御文字 {{code}} が含まれています。YAML や JSON のテキストファイルではありません。',
  quoteHint: '文字列として読まれるよう、値をクォートしてください（例: "1.0"）。',
  invalidLabelKey: '{{path}}: ラベルのキー {{key}} が不正です: {{reasons}}。',
  invalidLabelValue: '{{path}}: ラベルの値 {{value}} が不正です: {{reasons}}。',
  labelKeysMustBeStrings: '{{path}}: ラベルのキーは文字列である必要がありますが、{{found}} が指定されています。',
  expressionIsNull: '{{path}} は key・operator・values を持つマップである必要がありますが、null が指定されています。',
  expressionKeyRequired: '{{path}}.key は必須です。',
  operatorRequired: '{{path}}.operator は必須です（In、NotIn、Exists、DoesNotExist のいずれか）。',
  operatorNeedsValues: 'operator が {{operator}} の場合、{{path}}.values を空にすることはできません。',
  operatorForbidsValues: 'operator が {{operator}} の場合、{{path}}.values は空である必要があります。',
  unknownOperator:
    '{{path}}.operator {{operator}} はセレクターの演算子として不正です（In、NotIn、Exists、DoesNotExist のいずれか。大文字と小文字は区別されます）。',
  emptyPeer:
    '{{path}} には podSelector、namespaceSelector、ipBlock のいずれかを指定してください。空のピアは拒否されます。',
  peerMixesIpBlock:
    '{{path}} では ipBlock と podSelector / namespaceSelector を同時に指定できません。別々のピアに分けてください。',
  cidrRequired: '{{path}}.cidr は必須です。',
  invalidCidr: '{{path}}.cidr {{value}} は正しい CIDR ではありません: {{reason}}。',
  cidrHostBits:
    '{{path}}.cidr {{value}} にはホスト部のビットが立っています。アドレスはプレフィックスでマスクされ、ネットワーク全体を意味します。',
  invalidExcept: '{{path}} {{value}} は正しい CIDR ではありません: {{reason}}。',
  exceptOtherFamily: '{{path}} {{value}} は {{cidr}} の範囲外です: IP アドレスファミリーが異なります。',
  exceptNotInside: '{{path}} {{value}} は {{cidr}} の範囲外です: cidr の真部分集合である必要があります。',
  nameRequired: '{{path}}metadata.name は必須です。',
  invalidName: '{{path}}metadata.name {{value}} は DNS-1123 サブドメインとして不正です: {{reasons}}。',
  invalidNamespace: '{{path}}metadata.namespace {{value}} は DNS-1123 ラベルとして不正です: {{reasons}}。',
  tooManyPolicyTypes: '{{path}} に指定できる policyTypes は 2 つ（Ingress と Egress）までです。',
  invalidPolicyType:
    '{{path}}[{{index}}] {{value}} はサポートされていません。Ingress または Egress を指定してください（先頭は大文字）。',
  duplicatePolicyType: '{{path}}[{{index}}] で {{value}} が重複しています。',
  portWrongType: '{{path}} はポート番号かポート名である必要がありますが、{{found}} が指定されています。',
  invalidProtocol:
    '{{path}}.protocol {{value}} はサポートされていません。TCP、UDP、SCTP のいずれかを大文字で指定してください。',
  portOutOfRange: '{{path}}.port {{value}} は 1 以上 65535 以下である必要があります。',
  endPortOutOfRange: '{{path}}.endPort {{value}} は 1 以上 65535 以下である必要があります。',
  invalidPortName: '{{path}}.port {{value}} はポート名として不正です: {{reasons}}。{{hint}}',
  portNumberHint: 'ポート番号のつもりなら、クォートを外してください。',
  endPortWithoutPort: 'port を指定していない場合、{{path}}.endPort は指定できません。',
  endPortNamedPort: 'port が名前付きポート（{{port}}）の場合、{{path}}.endPort は指定できません。',
  endPortBeforePort: '{{path}}.endPort {{endPort}} は port {{port}} 以上である必要があります。',
  ignoredPolicyVersion:
    'apiVersion が {{apiVersion}} の NetworkPolicy は、このツールが読み込むバージョン（{{versions}}）ではないため無視しました。',
  ignoredPolicyGroup:
    'apiVersion が {{apiVersion}} の NetworkPolicy は Kubernetes の networking.k8s.io のポリシーではないため無視しました。',
  ignoredService:
    'Service は NetworkPolicy による通信可否に影響しません。Ingress や Route が到達するワークロードを調べるためだけに読み込みます。',
  notAManifest:
    'このドキュメントは Kubernetes オブジェクト（apiVersion と kind を持つマップ）ではないため無視しました。',
  ignoredKind: '{{kind}} は NetworkPolicy による通信可否に影響しないため無視しました。',
  splitPeer:
    'この {{list}} の要素と直前の要素は別々のピア（namespaceSelector または podSelector の OR）です。指定した Namespace 内の指定した Pod だけを許可するには、両方のセレクターを 1 つのピアにまとめてください（この行の前の「-」を削除します）。',
  selectsNothing:
    '{{policy}} の spec.podSelector は Namespace {{namespace}} のどのワークロードも選択しないため、このポリシーはここでは効果がありません。',
  noDnsEgress:
    '{{policy}} は Egress を分離していますが、DNS（kube-system などへの UDP/TCP 53）を許可する Egress ルールがありません。選択された Pod からの名前解決は失敗します。',
  namedPortMatchesNothing:
    '{{protocol}} の名前付きポート "{{port}}" は{{side}}ワークロードのどのコンテナポートにも一致しないため、このポートでは何も許可されません。',
  portMatchesNothing:
    '{{protocol}} ポート {{port}} は{{side}}ワークロードのどのコンテナポートにも一致しません。ワークロードが待ち受けているポートではない可能性があります。',
  sideSelected: '選択された',
  sideDestination: '宛先の',
  policyTypesOmitIngress:
    '{{policy}} には Ingress ルールがありますが、policyTypes に Ingress が含まれていないため、これらのルールは無視されます。',
  policyTypesOmitEgress:
    '{{policy}} には Egress ルールがありますが、policyTypes に Egress が含まれていないため、これらのルールは無視されます。',
  duplicatePolicy:
    'ポリシー {{policy}} が 2 回定義されています（最初の定義: {{where}}）。適用すると後の定義が前の定義を置き換えます。',
};
