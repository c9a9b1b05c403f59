/**
 * Fuzzy matching for the command palette: the query's characters must appear
 * in order (case-insensitive); a match scores higher when its characters are
 * consecutive, start words, or start the text. Pure, tested in Node.
 */

/** A higher score is a better match; `positions` are the matched indices of `text` (for highlighting). */
export interface FuzzyMatch {
  score: number;
  positions: number[];
}

const isWordStart = (text: string, i: number) => i === 0 || /[\s\-_/.:（「(“]/.test(text[i - 1]);

/**
 * An alignment found greedily: a query character that does not continue the previous match takes
 * the next word start holding it (`n w` → "New Workload"), else its next occurrence. When jumping to
 * word starts skips characters the rest of the query needs, the plain leftmost alignment is used.
 * Undefined when the query is not a subsequence of `text`.
 */
export function fuzzyMatch(query: string, text: string): FuzzyMatch | undefined {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (q === '') return { score: 0, positions: [] };
  return align(q, text, true) ?? align(q, text, false);
}

function align(q: string, text: string, jump: boolean): FuzzyMatch | undefined {
  const t = text.toLowerCase();
  const positions: number[] = [];
  let score = 0;
  let from = 0;
  for (let qi = 0; qi < q.length; qi++) {
    const ch = q[qi];
    if (ch === ' ') continue; // spaces separate words of the query, they need not match a space
    const next = t.indexOf(ch, from);
    if (next < 0) return undefined;
    let at = next;
    const prev = positions[positions.length - 1];
    // Not adjacent to the previous match: prefer a later word start holding the character.
    if (jump && (prev === undefined || next !== prev + 1)) {
      for (let i = next; i < t.length; i++) {
        if (t[i] === ch && isWordStart(text, i)) {
          at = i;
          break;
        }
      }
    }
    const last = positions[positions.length - 1];
    score += 1;
    if (last !== undefined && at === last + 1) score += 3;
    if (isWordStart(text, at)) score += 2;
    if (at === 0) score += 2;
    positions.push(at);
    from = at + 1;
  }
  // Between two equal matches, the shorter text is the closer one.
  return { score: score - t.length / 100, positions };
}

/** The best of several texts for one item (its name, its English name, its keywords). */
export function bestMatch(query: string, texts: readonly string[]): FuzzyMatch | undefined {
  let best: FuzzyMatch | undefined;
  texts.forEach((text, i) => {
    const m = fuzzyMatch(query, text);
    // The name shown comes first: only its positions highlight anything, so it wins ties.
    if (!m) return;
    const score = i === 0 ? m.score : m.score - 0.5;
    if (!best || score > best.score) best = { score, positions: i === 0 ? m.positions : [] };
  });
  return best;
}

/** Items sorted by how well they match (stable for equal scores); those that do not match are left out. */
export function rankByMatch<T>(
  items: readonly T[],
  query: string,
  texts: (item: T) => readonly string[],
): { item: T; match: FuzzyMatch }[] {
  const out: { item: T; match: FuzzyMatch; index: number }[] = [];
  items.forEach((item, index) => {
    const match = bestMatch(query, texts(item));
    if (match) out.push({ item, match, index });
  });
  if (query.trim() === '') return out;
  return out.sort((a, b) => b.match.score - a.match.score || a.index - b.index);
}
