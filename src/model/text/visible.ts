/**
 * Names in a workspace are data, and data may be hostile: a Deployment named
 * `"\e]0;PWNED\a\e[2J"` sets a terminal's title and clears its screen when
 * printed raw; U+202E turns the rest of a line around; a zero-width space makes
 * `web\u200b` look like `web`. Every place that shows a name as text (the CLI,
 * diagnostics, exported files) passes it through `visibleText`, which writes
 * such characters as escapes anyone can read.
 */

/**
 * Characters that are never shown as themselves:
 * - C0 controls (U+0000–U+001F), DEL and the C1 controls (U+007F–U+009F, 0x9B is an 8-bit CSI);
 * - bidi controls: ALM U+061C, LRM/RLM U+200E/F, embeddings and overrides U+202A–U+202E,
 *   isolates U+2066–U+2069;
 * - invisible format characters that hide or fake text: soft hyphen U+00AD, U+180E, zero-width
 *   U+200B–U+200D, word joiner and invisible operators U+2060–U+2064, deprecated format
 *   U+206A–U+206F, BOM U+FEFF, interlinear annotations U+FFF9–U+FFFB, tag characters
 *   U+E0000–U+E007F (invisible "ASCII smuggling");
 * - line and paragraph separators U+2028/U+2029 (line breaks to some viewers);
 * - lone surrogates (not text; a UTF-8 writer turns them into U+FFFD).
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\0-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]|\p{Cs}/gu;
/** The same set less tab, LF and CR: for formats where those are data with a meaning of their own (CSV cells). */
const UNSAFE_BUT_WHITESPACE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]|\p{Cs}/gu;

/** `\u001b`, as JSON writes it (lower-case hex), so lint's JSON-quoted names and these read alike. */
function escapeOf(ch: string): string {
  const code = ch.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export interface VisibleOptions {
  /** Leave tab, LF and CR as they are (the format quotes them, e.g. a CSV cell). */
  keepWhitespace?: boolean;
}

/** `text` with every unsafe character (see UNSAFE) written as `\uXXXX`; safe text comes back unchanged. */
export function visibleText(text: string, options: VisibleOptions = {}): string {
  return text.replace(options.keepWhitespace ? UNSAFE_BUT_WHITESPACE : UNSAFE, escapeOf);
}

/**
 * JSON text whose strings hold no unsafe character: JSON.stringify already escapes C0, this
 * escapes the rest (DEL, C1, bidi, …) as `\uXXXX`, which JSON reads back as the same value.
 * Valid on a whole JSON document: outside strings JSON text is plain ASCII, and the only control
 * characters JSON.stringify leaves are the tabs and line breaks of its indentation.
 */
export function safeJson(json: string): string {
  return json.replace(UNSAFE_BUT_WHITESPACE, (ch) =>
    ch.length === 2
      ? escapeOf(ch[0]) + escapeOf(ch[1]) // JSON has no \u{…}: an astral tag character is its surrogate pair
      : escapeOf(ch),
  );
}

/**
 * `text` cut after `max` characters (code points: a cut never splits a surrogate pair): the part
 * kept, and `… (9,800 more characters)` for the rest, or '' when nothing was cut.
 */
export function cutText(text: string, max: number): { head: string; more: string } {
  if (text.length <= max) return { head: text, more: '' };
  const chars = Array.from(text);
  if (chars.length <= max) return { head: text, more: '' };
  const rest = chars.length - max;
  return {
    head: chars.slice(0, max).join(''),
    more: `… (${rest.toLocaleString('en-US')} more character${rest === 1 ? '' : 's'})`,
  };
}

/**
 * Text for a message or a diagnostic line: made visible, and cut after `max` characters with a
 * count of the rest, so one 10,000-character name cannot flood a terminal.
 */
export function displayText(text: string, max: number): string {
  const { head, more } = cutText(text, max);
  return visibleText(head) + more;
}
