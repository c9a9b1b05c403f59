/**
 * User-supplied names inside sentences built as plain strings (notices,
 * dialog titles, toasts). A name holding U+202E (RIGHT-TO-LEFT OVERRIDE) would
 * turn the rest of the sentence around it; `named()` wraps the name in the
 * Unicode isolates FSI … PDI, which keep it from touching its neighbours in
 * any plain-text context (titles, screen readers, copied text), and which the
 * UI's <MessageText> finds again to render the name as a <bdi> element.
 */
const FSI = '\u2068';
const PDI = '\u2069';
/** Isolate and embedding controls: inside a name they could close our isolate early, so they are dropped. */
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;

/** `name` isolated for a sentence. Only the name's own isolate controls (invisible) are dropped. */
export function named(name: string): string {
  return `${FSI}${name.replace(ISOLATE_CONTROLS, '')}${PDI}`;
}

export interface MessagePart {
  text: string;
  /** A name wrapped by named(): shown isolated. */
  isName: boolean;
}

/** The sentence's plain parts and its names, in order (empty plain parts left out). */
export function messageParts(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  const re = /\u2068([^\u2066-\u2069]*)\u2069/g;
  let last = 0;
  for (let m = re.exec(message); m; m = re.exec(message)) {
    if (m.index > last) parts.push({ text: message.slice(last, m.index), isName: false });
    parts.push({ text: m[1], isName: true });
    last = m.index + m[0].length;
  }
  if (last < message.length) parts.push({ text: message.slice(last), isName: false });
  return parts;
}
