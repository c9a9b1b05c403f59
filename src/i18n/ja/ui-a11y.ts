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
  flowsList: {
    open: 'ノードとフロー',
    openTitle: 'グラフを一覧で表示: すべてのノードとフローをキーボードやスクリーンリーダーで確認できます',
    nodes: 'ノード（{{count}}）',
    ruleFlows: 'ルール（{{count}}）: 各ポリシールールが通すもの',
    effectiveFlows: '実効フロー（{{count}}）: 実際に到達できる組み合わせ',
    noNodes: 'ノードはありません。',
    noFlows: 'フローはありません。',
    inNamespace: '{{namespace}} 内',
    more: '…ほか {{count}} 件: 検索やフィルターで絞り込んでください',
  },
  verdict: {
    allowed: '許可',
    halfOpen: '片側のみ許可',
    rule: '{{policy}} の {{direction}} ルール {{index}}',
  },
};
