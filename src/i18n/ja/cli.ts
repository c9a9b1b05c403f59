import type { CatalogOf } from '../catalog.ts';
import type { cli as en } from '../en/cli.ts';

/** CLI の人が読むメッセージ（日本語）。機械向けの出力形式は翻訳しない。 */
export const cli: CatalogOf<typeof en> = {
  severity: { error: 'エラー', warning: '警告', info: '情報' },
  errors: {
    unknownCommand: '不明なコマンド "{{command}}" です（コマンド: {{commands}}。netpol-studio --help を参照）',
    unknownLanguage: '--lang "{{value}}": en または ja を指定してください',
    unknownOption: '"{{command}}" に不明なオプション {{option}} があります（netpol-studio {{command}} --help を参照）',
    optionTakesNoValue: 'オプション --{{name}} は値を取りません',
    optionNeedsValue: 'オプション --{{name}} には値が必要です',
    unknownFormat: '不明な形式 "{{format}}" です（{{formats}} のいずれかを指定してください）',
    noPath: 'PATH が指定されていません（Kubernetes マニフェストのファイルまたはディレクトリ）',
    noSuchPath: '{{path}}: そのようなファイルやディレクトリはありません',
    notFileOrDirectory: '{{path}}: 通常のファイルでもディレクトリでもありません',
    nestedTooDeeply: '{{path}}: ディレクトリの入れ子が深すぎます（シンボリックリンクのループの可能性があります）',
    cannotReadPath: '{{path}} を読み込めません: {{reason}}',
    cannotReadDirectory: 'ディレクトリ {{path}} を読み込めません: {{reason}}',
    noManifests: '{{path}}: .yaml、.yml、.json のファイルが見つかりません',
    cannotReadAt: '{{at}}: 読み込めません: {{message}}',
    cannotReadFinding: '{{at}}: 読み込めません: {{message}}{{more}}',
    cannotAnalyse: '{{at}}: 解析できません: {{message}}{{more}}',
    andMore: '（ほかに {{number}} 件。netpol-studio lint を参照）',
    explainNeedsEnds: 'explain には --from と --to が必要です（netpol-studio explain --help を参照）',
    badExpect: '--expect "{{value}}": allow または deny を指定してください',
    badPort:
      '--port "{{value}}": PORT または PORT/PROTOCOL の形で、プロトコルは TCP、UDP、SCTP のいずれかを指定してください（例: 80/TCP）',
    portOutOfRange: '--port {{port}}: 1 以上 65535 以下である必要があります',
    namedPortNeedsWorkload: '--port "{{value}}": 名前付きポートには、それを宣言している宛先ワークロードが必要です',
    namedPortNotDeclared: '--port "{{value}}": {{workload}} はその名前とプロトコルのコンテナポートを宣言していません',
  },
  warnings: {
    validationError:
      '警告: 検証エラーが 1 件あります（最初の箇所: {{at}}）。API サーバーはこのようなポリシーを拒否します。netpol-studio lint を参照してください。',
    validationErrors:
      '警告: 検証エラーが {{number}} 件あります（最初の箇所: {{at}}）。API サーバーはこのようなポリシーを拒否します。netpol-studio lint を参照してください。',
    noObjects: '警告: 入力に Kubernetes オブジェクト（NetworkPolicy、Namespace、Pod、ワークロード）が見つかりません。',
    notAnalysed:
      '警告: 解析できないクラスターポリシーのピアが {{number}} 件あります（最初の箇所: {{at}}: {{message}}）。netpol-studio lint を参照してください。',
    samePriority:
      '警告: priority が同じクラスターポリシーが {{number}} 件あります（最初の箇所: {{at}}: {{message}}）。netpol-studio lint を参照してください。',
    expectFailedAllowed: '{{expected}} を期待しましたが、この通信は許可されています。',
    expectFailedDenied: '{{expected}} を期待しましたが、この通信は拒否されています。',
  },
  explain: {
    egressOf: '{{who}} の Egress:',
    ingressOf: '{{who}} の Ingress:',
    isolates: '  分離 {{policy}}  {{at}}',
    allows: '許可',
    notAllows: '対象外',
    everySource: '（すべての送信元）',
    everyDestination: '（すべての宛先）',
    noPosition: '（位置なし）',
    noRuleMatches: '  （相手側に一致するルールはありません）',
  },
};
