import type { CatalogOf } from '../catalog.ts';
import type { uiPalette as en } from '../en/ui-palette.ts';

/** グラフに追加するもののパレット。 */
export const uiPalette: CatalogOf<typeof en> = {
  label: 'グラフに追加',
  title: '追加',
  help: '{{what}}。キャンバスにドラッグするか、押すと中央に追加されます。',
  items: {
    namespace: { label: 'Namespace', help: '新しい Namespace のマニフェスト' },
    workload: { label: 'ワークロード', help: 'Deployment。Namespace の枠の中にドロップします' },
    cidr: { label: 'CIDR', help: '外部ネットワーク（ipBlock のピア）。ここへの、またはここからのエッジを描きます' },
    'all-namespaces': {
      label: 'すべての Namespace',
      help: 'すべての Namespace のすべての Pod。ここへの、またはここからのエッジを描きます',
    },
  },
};
