import type { CatalogOf } from '../catalog.ts';
import type { state as en } from '../en/state.ts';

/** 状態管理の層からユーザーへのメッセージ：編集できない理由、保存や別タブの通知。 */
export const state: CatalogOf<typeof en> = {
  plain: '{{text}}',
  commit: {
    updating:
      'グラフはまだ YAML に追いついていません。ステータスバーが「解析済み」になってからもう一度お試しください。',
    stale:
      'YAML にエラーがあるため、グラフが古い状態です。グラフを再び編集するには YAML（赤いマーカーの箇所）を修正してください。',
    brokenDocument:
      'このオブジェクトは、最後に解析できたときの YAML ドキュメントの内容で表示されています。そのドキュメントには今エラーがあります。グラフから編集するには、まずそれを修正してください（赤いマーカーの箇所）。',
    unparsable: '編集の結果、解析できない YAML になったため、何も変更していません。',
    failed: '変更を適用できませんでした: {{reason}}',
    landsInBroken:
      'この変更はエラーのある YAML ドキュメント {{document}}（{{line}} 行目）に書き込まれるため、何も変更していません。先にそのドキュメントを修正してください。',
  },
};
