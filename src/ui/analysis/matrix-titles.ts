/**
 * The matrix cells' titles (`frontend → db: TCP 5432 — click for why`), translated once per render of
 * the grid rather than once per cell: the texts are put through the translation with stand-ins for
 * their values, and each cell puts its own values in place of the stand-ins (the catalogues insert
 * values verbatim: escapeValue is off).
 */
import type { TFunction } from 'i18next';

/** Private-use characters: no id, port or note contains them. */
const SLOTS = { src: '\uE001', dst: '\uE002', conn: '\uE003', note: '\uE004' } as const;
const SLOT_KEYS = ['src', 'dst', 'conn', 'note'] as const;

export type TitleValues = Record<keyof typeof SLOTS, string>;

export interface CellTitles {
  cell: string;
  cellHalfOpen: string;
  /** The `conn` of a cell that allows nothing. */
  nothing: string;
}

export const cellTitles = (t: TFunction<'ui-analysis'>): CellTitles => ({
  cell: t('matrix.cell', SLOTS),
  cellHalfOpen: t('matrix.cellHalfOpen', SLOTS),
  nothing: t('matrix.nothing'),
});

export const fillTitle = (template: string, values: TitleValues): string =>
  template.replace(/[\uE001-\uE004]/g, (slot) => values[SLOT_KEYS[slot.charCodeAt(0) - 0xe001]]);
