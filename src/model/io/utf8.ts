/**
 * Bytes of a file → its text, for every reader of files (Import in the app,
 * the CLI). A file that is not valid UTF-8 is refused with the place of its
 * first bad sequence: decoding it leniently would put U+FFFD into the
 * workspace without a word (and a binary file would read as one long string).
 * Pasted text never meets this: the clipboard carries characters, not bytes.
 */
import { controlCharacterMessage } from '../validation/index.ts';

export interface EncodingProblem {
  /** 0-based offset of the first byte of the bad sequence. */
  byteOffset: number;
  /** 1-based line and column (in characters, as the editor counts) where it sits. */
  line: number;
  column: number;
  message: string;
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    // No overlong forms (E0 A0..), no UTF-16 surrogates (ED ..9F).
    const ok = b === 0xe0 ? cont(1, 0xa0) : b === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return ok && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const ok = b === 0xf0 ? cont(1, 0x90) : b === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return ok && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
function firstInvalid(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** The message of an invalid byte, the same wherever a file is read. */
export function encodingMessage(byte: number, byteOffset: number): string {
  return `Not valid UTF-8: the byte ${hex(byte)} at byte offset ${byteOffset} does not start a UTF-8 character; save the file as UTF-8.`;
}

/** The text of `bytes` (a leading byte-order mark dropped), or where they stop being UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: EncodingProblem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Only now look for the place: TextDecoder does not say where it failed.
  }
  const invalid = firstInvalid(bytes);
  if (invalid < 0) return { text: new TextDecoder('utf-8').decode(bytes) }; // not reached: the decoder agreed with us
  // A binary file is named by its first oddity: a control character before the bad byte is what the
  // editor would report first (validation's binary-content), so it is reported here too.
  const control = bytes
    .subarray(0, invalid)
    .findIndex((b) => (b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f);
  const at = control >= 0 ? control : invalid;
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8', { ignoreBOM: line > 1 }).decode(bytes.subarray(lineStart, at));
  const message = control >= 0 ? controlCharacterMessage(bytes[at]) : encodingMessage(bytes[at], at);
  return { problem: { byteOffset: at, line, column: before.length + 1, message } };
}
