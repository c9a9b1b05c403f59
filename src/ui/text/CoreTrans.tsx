/**
 * A sentence of the catalogues with React elements in it (`<who/> is isolated by <policies/>.`): the
 * words and their order come from the language, the elements (names, buttons) from the caller.
 */
import type { ReactElement } from 'react';
import { Trans } from 'react-i18next';
import type { CoreText } from './use-core-text.ts';

export function CoreTrans({
  core,
  id,
  values,
  components,
}: {
  core: CoreText;
  /** A catalogue key with its namespace, e.g. `explain:why.isolatedBy`. */
  id: string;
  values?: Record<string, string | number>;
  components: Record<string, ReactElement>;
}) {
  // Keys are built by the caller, so they are not the typed literal keys `Trans` checks.
  return (
    <Trans
      t={core.t}
      i18nKey={id as never}
      values={values}
      components={components}
      tOptions={{ interpolation: { escapeValue: false } }}
    />
  );
}
