/** Types i18next's `t` by the English catalogue: unknown keys and namespaces are compile errors. */
import 'i18next';
import type { en } from './en/index.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
  }
}
