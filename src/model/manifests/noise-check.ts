/**
 * The lines list-noise.ts leaves unparsed must not hide a syntax error: a
 * file the API server (and the full parse) would refuse has to be refused by
 * the CLI too, with its position. So each cut line is checked to be one of
 * the simple shapes kubectl prints, whose validity shows on the line itself:
 * `key: value` with a plain, quoted or one-line flow value, `key:` opening a
 * block, `- ` items of those, block scalars (`key: |`) and comments; keys of
 * one map unique. Anything else (a quoted or flow value running over lines, a
 * plain scalar continued on a deeper line, anchors, aliases, tags, tabs as
 * indentation) answers false, and the item is then parsed whole, so the
 * parser judges it.
 */

/** Escapes YAML allows in a double-quoted scalar (the character after the backslash). */
const ESCAPES: ReadonlySet<string> = new Set([...'0abt\tnvfre "/\\N_LPxuU']);

/** End of a quoted scalar starting at `p` (the quote), just after its closing quote; -1 if it does not close. */
function quotedEnd(text: string, p: number, stop: number): number {
  const q = text[p];
  for (let i = p + 1; i < stop; i++) {
    const c = text[i];
    if (q === '"' && c === '\\') {
      if (!ESCAPES.has(text[i + 1])) return -1;
      i++;
    } else if (c === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

/** End of a one-line flow collection starting at `p`; -1 if it does not close on the line. */
function flowEnd(text: string, p: number, stop: number): number {
  let depth = 0;
  for (let i = p; i < stop; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const e = quotedEnd(text, i, stop);
      if (e < 0) return -1;
      i = e - 1;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (--depth === 0) return i + 1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

/** The first `:` from `p` that ends a key (followed by a blank or the line's end), before `stop`; -1 if none. */
function keyColon(text: string, p: number, stop: number): number {
  for (let i = text.indexOf(':', p); i >= 0 && i < stop; i = text.indexOf(':', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (i + 1 >= stop || next === 32 || next === 9 || next === 13) return i;
  }
  return -1;
}

/** Nothing but blanks and a comment from `p` on. */
function restIsEmpty(text: string, p: number, stop: number): boolean {
  while (p < stop && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p++;
  return p >= stop || (text[p] === '#' && (p === 0 || text[p - 1] === ' ' || text[p - 1] === '\t'));
}

export class CutLineCheck {
  /** Keys seen per map, by column, innermost last. */
  private maps: { col: number; keys: Set<string> }[] = [];
  /** Column of the last key or item content, and whether a deeper block may follow it. */
  private lastCol = -1;
  private opens = false;
  /** Lines deeper than this are a block scalar's content; -1 when none is open. */
  private scalarCol = -1;

  /** Starts a new cut region, whose first line sits at column `col`. */
  reset(col: number): void {
    this.maps = [];
    this.lastCol = col;
    this.opens = true;
    this.scalarCol = -1;
  }

  /** Checks the line whose content runs from `at` (column `col`) to `stop`; false when unsure it is valid. */
  line(text: string, at: number, col: number, stop: number): boolean {
    if (this.scalarCol >= 0) {
      if (at >= stop || text[at] === '\r' || col > this.scalarCol) return true;
      this.scalarCol = -1;
    }
    if (text[at] === '#' || restIsEmpty(text, at, stop)) return text[at] !== '\t';
    if (col > this.lastCol && !this.opens) return false; // a deeper line after a complete value
    let p = at;
    let c = col;
    while (text[p] === '-' && (p + 1 >= stop || text[p + 1] === ' ' || text[p + 1] === '\r')) {
      this.leave(c - 1); // a new item: the maps of the previous one are done
      p++;
      c++;
      while (text[p] === ' ') {
        p++;
        c++;
      }
    }
    this.lastCol = c;
    this.opens = true;
    if (restIsEmpty(text, p, stop)) return true;
    return this.content(text, p, c, stop);
  }

  private leave(col: number): void {
    while (this.maps.length > 0 && this.maps[this.maps.length - 1].col > col) this.maps.pop();
  }

  /** A key (and its value) or a lone value at `p`, column `c`. */
  private content(text: string, p: number, c: number, stop: number): boolean {
    const ch = text[p];
    let keyEnd: number;
    if (ch === '"' || ch === "'") {
      keyEnd = quotedEnd(text, p, stop);
      if (keyEnd < 0) return false;
      if (text[keyEnd] !== ':') return this.value(text, p, stop);
    } else if ('[{'.includes(ch)) return this.value(text, p, stop);
    else if ('&*!|>%@`?,]}#'.includes(ch)) return false;
    else {
      keyEnd = keyColon(text, p, stop);
      if (keyEnd < 0) return this.value(text, p, stop); // a plain scalar alone
      for (let i = p + 1; i < keyEnd; i++) if (text.charCodeAt(i) === 35 && text.charCodeAt(i - 1) === 32) return false;
    }
    if (!this.key(text.slice(p, keyEnd).trimEnd(), c)) return false;
    let v = keyEnd + 1;
    while (v < stop && (text[v] === ' ' || text[v] === '\t')) v++;
    if (restIsEmpty(text, v, stop)) return true; // a block follows
    if (text[v] === '|' || text[v] === '>') {
      if (!/^[|>][0-9+-]*[ \t]*(#.*)?\r?$/.test(text.slice(v, stop))) return false;
      this.scalarCol = c;
      this.opens = false;
      return true;
    }
    return this.value(text, v, stop);
  }

  /** A key at column `c`: unique in its map. */
  private key(name: string, c: number): boolean {
    this.leave(c);
    const top = this.maps[this.maps.length - 1];
    if (top && top.col === c) {
      if (top.keys.has(name)) return false;
      top.keys.add(name);
    } else this.maps.push({ col: c, keys: new Set([name]) });
    return true;
  }

  /** A value complete on the line: quoted, one-line flow or plain (no `: ` in it, which would be a nested map). */
  private value(text: string, v: number, stop: number): boolean {
    this.opens = false;
    const ch = text[v];
    if (ch === '"' || ch === "'") {
      const e = quotedEnd(text, v, stop);
      return e >= 0 && restIsEmpty(text, e, stop);
    }
    if (ch === '[' || ch === '{') {
      const e = flowEnd(text, v, stop);
      return e >= 0 && restIsEmpty(text, e, stop);
    }
    if ('&*!|>%@`?,]}'.includes(ch)) return false;
    return keyColon(text, v, stop) < 0;
  }
}
