/**
 * A matrix cell's title, translated once per grid with stand-ins and filled per cell
 * (ui/analysis/matrix-titles.ts), reads exactly as the catalogue's text translated with the cell's values.
 */
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.ts';
import { cellTitles, fillTitle } from '../../src/ui/analysis/matrix-titles.ts';

// Values with the characters a replacement string treats specially, and a note with parentheses.
const VALUES = {
  src: 'shop/frontend[Deployment]',
  dst: '0.0.0.0-9.255.255.255',
  conn: 'TCP 80,443 $& $1',
  note: 'UDP 53 blocked at egress (policy)',
};

describe.each(['en', 'ja'] as const)('matrix cell titles (%s)', (language) => {
  const t = createI18n(language).getFixedT(language, 'ui-analysis') as TFunction<'ui-analysis'>;
  const titles = cellTitles(t);

  it('fills an allowed cell as the catalogue would', () => {
    expect(fillTitle(titles.cell, VALUES)).toBe(t('matrix.cell', VALUES));
    expect(fillTitle(titles.cell, VALUES)).toContain('shop/frontend[Deployment]');
  });

  it('fills a half-open cell and a cell that allows nothing as the catalogue would', () => {
    expect(fillTitle(titles.cellHalfOpen, VALUES)).toBe(t('matrix.cellHalfOpen', VALUES));
    const nothing = { ...VALUES, conn: titles.nothing, note: '' };
    expect(fillTitle(titles.cell, nothing)).toBe(t('matrix.cell', { ...nothing, conn: t('matrix.nothing') }));
  });
});
