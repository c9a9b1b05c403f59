/**
 * Writing a long output made of many small pieces (lint findings): the
 * pieces are gathered into chunks of about CHUNK_CHARS characters, and each
 * chunk is awaited before the next is gathered, so memory holds one chunk
 * whatever the number of pieces, and a reader that has gone (`| head`) stops
 * the writing.
 */
import type { CliIO } from './io.ts';

const CHUNK_CHARS = 256 * 1024;

/** Writes `pieces` in order; resolves to false when the reader has gone. */
export async function writeChunked(io: CliIO, pieces: Iterable<string>): Promise<boolean> {
  let parts: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    parts.push(piece);
    size += piece.length;
    if (size >= CHUNK_CHARS) {
      if ((await io.stdout(parts.join(''))) === false) return false;
      parts = [];
      size = 0;
    }
  }
  if (parts.length === 0) return true;
  return (await io.stdout(parts.join(''))) !== false;
}

/**
 * `JSON.stringify(values, null, 2)` one element at a time (the same text: an element's own
 * lines are indented one level more; JSON strings hold no raw line break), through `encode`.
 */
export function* jsonArrayPieces<T>(values: readonly T[], encode: (json: string) => string): Generator<string> {
  if (values.length === 0) {
    yield '[]';
    return;
  }
  for (let i = 0; i < values.length; i++) {
    yield `${i === 0 ? '[\n  ' : ',\n  '}${encode(JSON.stringify(values[i], null, 2).replace(/\n/g, '\n  '))}`;
  }
  yield '\n]';
}
