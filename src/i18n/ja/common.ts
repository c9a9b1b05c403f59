import type { CatalogOf } from '../catalog.ts';
import type { common as en } from '../en/common.ts';

/** 全体で共通の語句（日本語）。 */
export const common: CatalogOf<typeof en> = {
  appName: 'netpol-studio',
  language: {
    label: '言語',
    en: 'English',
    ja: '日本語',
  },
};
