import type { CatalogOf } from '../catalog.ts';
import type { uiMenus as en } from '../en/ui-menus.ts';

/** ヘッダーのメニュー：ワークスペース、インポート、エクスポート、共有。 */
export const uiMenus: CatalogOf<typeof en> = {
  actions: 'ワークスペースの操作',
  import: {
    menu: 'インポート',
    openFiles: 'ファイルを開く…',
    inventory: 'クラスターのインベントリ…',
    inventoryHint: 'kubectl の出力',
    templates: 'テンプレート…',
    templatesHint: 'ポリシー集',
    tip: 'ヒント: ファイルやフォルダーはどこにでもドロップでき、エディターに貼り付けることもできます',
  },
  export: {
    menu: 'エクスポート',
    whatBreaks: 'この編集で何が壊れるか',
    whatBreaksHint: '開いた時点から変わった通信',
    workspace: 'ワークスペース (.yaml)',
    workspaceHint: '書かれたとおりにすべて',
    policies: 'NetworkPolicy のみ (.yaml)',
    zip: 'NetworkPolicy を .zip で',
    zipHint: 'ポリシーごとに 1 ファイル',
    copyYaml: 'ワークスペースの YAML をコピー',
    copyYamlHint: 'クリップボード',
    graphHeading: 'グラフ',
    png: 'グラフを PNG で',
    svg: 'グラフを SVG で',
    connHeading: '到達可能性',
    csv: '通信の一覧 (.csv)',
    md: '通信の一覧 (.md)',
  },
  share: { label: '共有', title: 'このワークスペースを開くリンクをコピー（内容はリンクに含まれます）' },
  save: {
    saved: '保存済み',
    saving: '保存中…',
    notSaved: '未保存',
    title: 'ワークスペースはこのブラウザーに保存されます（IndexedDB、使えない場合は localStorage）',
  },
  workspace: {
    unsaved: '未保存のワークスペース',
    untitled: '無題のワークスペース',
    heading: 'このブラウザーのワークスペース',
    new: '新しいワークスペース…',
    rename: '名前を変更…',
    duplicate: '複製',
    delete: '削除…',
    ariaLabel: 'ワークスペース: {{name}}',
  },
};
