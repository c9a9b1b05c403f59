import type { CatalogOf } from '../catalog.ts';
import type { quickFixes as en } from '../en/quick-fixes.ts';

/** クイックフィックスのボタン（日本語）。 */
export const quickFixes: CatalogOf<typeof en> = {
  addDnsEgress: 'DNS の Egress ルールを追加',
  mergeSplitPeer: '1 つのピアにまとめる（AND）',
  addPolicyTypes: '不足している policyTypes を追加',
  swapEndPort: 'port と endPort を入れ替える',
  removeEndPort: 'endPort を削除',
  tooltip: 'クイックフィックス: {{title}}（1 回の操作。Ctrl+Z で元に戻せます）',
};
