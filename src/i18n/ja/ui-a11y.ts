/** テーマとアクセシビリティ: テーマ切り替え、ランドマーク名、ノードとフローの一覧（日本語）。 */
import type { CatalogOf } from '../catalog.ts';
import type { uiA11y as en } from '../en/ui-a11y.ts';

export const uiA11y: CatalogOf<typeof en> = {
  theme: {
    label: 'テーマ',
    system: 'システム設定',
    light: 'ライト',
    dark: 'ダーク',
  },
  landmarks: {
    graph: 'グラフ',
    yaml: 'YAML',
    status: 'ステータス',
  },
  skip: {
    toFlows: 'ノードとフローの一覧へ移動',
  },
  flowsList: {
    open: '一覧',
    openTitle: 'グラフを一覧で表示: すべてのノードとフローをキーボードやスクリーンリーダーで確認できます',
    title: 'ノードとフロー',
    close: '一覧を閉じる',
    nodes: 'ノード（{{count}}）',
    flows: 'フロー（{{count}}）',
    noNodes: 'ノードはありません。',
    noFlows: 'フローはありません。',
    namespace: 'Namespace {{name}}',
    inNamespace: '{{namespace}} 内',
    from: '送信元',
    to: '宛先',
    select: 'キャンバスで選択',
  },
  verdict: {
    allowed: '許可',
    halfOpen: '片側のみ許可: 一方は許可し、もう一方がブロック',
    denied: '拒否',
    exposure: '外部に公開',
    added: '追加',
    removed: '削除',
    rule: 'ルール',
  },
};
