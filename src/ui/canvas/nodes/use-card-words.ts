/** The card words (geometry/sizes.ts) in the app's language, for the cards and the inspector. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SayCardWord } from '../geometry/sizes.ts';

export function useCardWords(): SayCardWord {
  const { t } = useTranslation('ui-canvas');
  // The word keys are checked by CardWord; `t` is loosened only to take them with their plural stem.
  return useCallback<SayCardWord>(
    (word, args) => (t as unknown as (key: string, o?: object) => string)(`cardWords.${word}`, args),
    [t],
  );
}
