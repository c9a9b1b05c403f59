/**
 * Cards are sized from their English words (geometry/sizes.ts), filled from the catalogue without
 * i18next for speed. Every card word, with counts of 0, 1 and 2 and each placeholder given, must read
 * exactly as i18next says it in English, or cards would be sized for text they do not show.
 */
import { describe, expect, it } from 'vitest';
import { uiCanvas } from '../../src/i18n/en/ui-canvas.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import { englishWords, type CardWord } from '../../src/ui/canvas/geometry/sizes.ts';

const t = createI18n('en').getFixedT('en', 'ui-canvas') as unknown as (key: string, o?: object) => string;
const stems = [...new Set(Object.keys(uiCanvas.cardWords).map((k) => k.replace(/_(one|other)$/, '')))] as CardWord[];

describe('English card words for sizing', () => {
  it('covers the catalogue', () => expect(stems.length).toBeGreaterThan(20));

  for (const word of stems)
    for (const count of [0, 1, 2, 17])
      it(`${word} (count ${count})`, () => {
        const args = {
          count,
          list: '80, 443/UDP',
          ports: 'ports 8080',
          cidrs: '10.0.0.0/24, 10.1.0.0/16',
          namespace: 'production',
          selector: 'app=web',
          namespaces: 'team=a',
          pods: 'role=db',
        };
        expect(englishWords(word, args)).toBe(t(`cardWords.${word}`, args));
      });

  it('leaves words without placeholders as they are', () =>
    expect(englishWords('noPorts')).toBe(t('cardWords.noPorts')));
});
