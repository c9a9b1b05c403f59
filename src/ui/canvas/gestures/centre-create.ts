/**
 * Creating from outside the canvas (the command palette): what pressing a
 * palette item does — place the new object in the middle of the view — as a
 * function the canvas registers while it is mounted, since only it knows the
 * view (screen → flow coordinates) and where things are placed.
 */
import type { PaletteKind } from '../../palette/Palette.tsx';
import type { CreateRequest } from './create.ts';

type CentreCreate = (kind: PaletteKind) => CreateRequest | null;

let current: CentreCreate | null = null;

/** Registers the canvas's function; the returned cleanup unregisters it. */
export function registerCentreCreate(create: CentreCreate): () => void {
  current = create;
  return () => {
    if (current === create) current = null;
  };
}

/**
 * The create request for `kind` in the middle of the view, to be submitted with the values asked for;
 * null when nothing more is needed ("all namespaces" is placed at once) or the canvas is not there.
 */
export const createAtCentre = (kind: PaletteKind): CreateRequest | null => current?.(kind) ?? null;
