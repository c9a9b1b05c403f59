/**
 * A sentence of the catalogues with React elements in it (`<who/> is isolated by <policies/>.`): the
 * words and their order come from the language, the elements (names, buttons) from the caller.
 * Written with createElement (no JSX) so the Node unit tests can render it as they are compiled.
 */
import { createElement, type ReactElement } from 'react';
import { Trans } from 'react-i18next';
import type { CoreText } from './use-core-text.ts';

export interface CoreTransProps {
  core: CoreText;
  /** A catalogue key with its namespace, e.g. `explain:why.isolatedBy`. */
  id: string;
  values?: Record<string, string | number>;
  components: Record<string, ReactElement>;
}

export function CoreTrans({ core, id, values, components }: CoreTransProps): ReactElement {
  return createElement(Trans, {
    t: core.t,
    i18n: core.i18n,
    // Keys are built by the caller, so they are not the typed literal keys `Trans` checks.
    i18nKey: id as never,
    values,
    components,
    tOptions: { interpolation: { escapeValue: false } },
  });
}
