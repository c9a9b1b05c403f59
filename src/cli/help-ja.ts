/**
 * The usage texts in Japanese (same options, examples and exit codes as help.ts).
 * connlist and diff keep their English help for now: their subject is the
 * netpol-analyzer formats they print.
 */

export const TOP_HELP_JA = `netpol-studio: マニフェストから Kubernetes の NetworkPolicy を理解するためのツール。

使い方:
  netpol-studio <コマンド> [オプション] PATH...

コマンド:
  connlist   ワークロード間で許可される通信を一覧表示する（netpol-analyzer 形式）
  lint       API サーバーと同じ検証を行い、ありがちな間違いを警告する
  explain    1 つの通信が許可されるかどうかと、それを決めるルールを示す
  diff       2 組のマニフェストの間で異なる通信を一覧表示する

PATH はマニフェストのファイル（.yaml、.yml、.json。複数ドキュメントや List も可）
またはディレクトリです。ディレクトリは再帰的に読み込みます（その中の
node_modules や .git などの隠しディレクトリは読み飛ばします）。

オプション:
  -h, --help     ヘルプを表示する（netpol-studio <コマンド> --help も可）
  --version      バージョンを表示する
  --lang en|ja   メッセージとヘルプの言語（既定: LC_ALL、LC_MESSAGES、LANG
                 から決める）。機械向けの出力形式は変わらない

終了コード: 0 成功、1 lint がエラーを検出した（または explain --expect が
成り立たなかった）、2 使い方の誤りまたは入力を読み込めなかった。
`;

export const LINT_HELP_JA = `使い方: netpol-studio lint [--format text|json] [--info] PATH...

すべての NetworkPolicy を Kubernetes の API サーバーと同じ基準で検証し（名前、
ラベルのキーと値、セレクターの演算子、ポート、ピア、CIDR、policyTypes）、
ありがちな間違い（分かれたピア、何も選択しないポリシー、DNS を許可しない
Egress、どのコンテナも宣言していないポート、重複したポリシー）を警告します。
検出結果を 1 行に 1 件ずつ表示します:
  file:line:col: 重大度: メッセージ [ルール ID]

オプション:
  -o, --format FORMAT   text（既定）または json（json のメッセージは常に英語）
  --info                情報レベルの注記も表示する（無視した種類など）
  -h, --help            このヘルプを表示する

終了コード: エラーが 1 件でもあれば 1、なければ 0。
`;

export const EXPLAIN_HELP_JA = `使い方: netpol-studio explain PATH... --from NS/NAME --to NS/NAME|IP [--port PORT[/PROTO]]

あるワークロードから別のワークロード（または IP アドレス）への通信が許可される
かどうかを示し、その判定の根拠となるポリシーのルールを file:line とともに
一覧表示します。

オプション:
  --from NS/NAME        送信元のワークロード（例: default/frontend）または IP アドレス
  --to NS/NAME|IP       宛先のワークロードまたは IP アドレス
  --port PORT[/PROTO]   例: 80、80/TCP、53/UDP、名前付きポート（http/TCP）。
                        省略するとすべてのポートを対象にする
  -o, --format FORMAT   text（既定）または json
  --expect allow|deny   CI 向け: 判定がこれと異なるとき終了コード 1 で終了する
                        （レポートはどちらの場合も表示する）
  -h, --help            このヘルプを表示する

終了コード: 0、または --expect が判定と一致しないとき 1。
`;
