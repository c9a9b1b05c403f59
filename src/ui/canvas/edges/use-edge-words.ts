/** The pill words (edge-words.ts) in the app's language; a new function when the language changes. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SayEdgeWord } from './edge-words.ts';

export function useEdgeWords(): SayEdgeWord {
  const { t } = useTranslation('ui-canvas');
  // The word keys are checked by EdgeWord; `t` is loosened only to take them with their plural stem.
  return useCallback<SayEdgeWord>(
    (word, args) => (t as unknown as (key: string, o?: object) => string)(`edgeWords.${word}`, args),
    [t],
  );
}
