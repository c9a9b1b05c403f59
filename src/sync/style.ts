/**
 * The source's formatting habits, so that what yaml writes for new or changed
 * nodes looks like what the user wrote around it: indentation width, whether
 * `- ` items sit under their key indented or flush, and `{ a: b }` vs `{a: b}`.
 */
import type { ToStringOptions } from 'yaml';

export interface SourceStyle {
  indent: number;
  indentSeq: boolean;
  flowPadding: boolean;
  eol: '\n' | '\r\n';
}

const keyLine = /^( *)(?:- +)*[^\s#-][^#]*:\s*(?:#.*)?$/;
const itemLine = /^( *)- /;
const contentLine = /^( *)[^\s#]/;

/**
 * Majority vote over the text. Where the text shows no habit, `fallback`
 * decides (the whole file's style for one document), else the Kubernetes
 * docs' style: 2 spaces, `- ` indented under its key, padded flow brackets.
 */
export function detectStyle(text: string, fallback?: SourceStyle): SourceStyle {
  const lines = text.split(/\r?\n/);
  const indents = new Map<number, number>();
  let seqIndented = 0;
  let seqFlush = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const key = keyLine.exec(lines[i]);
    if (!key) continue;
    const next = nextContent(lines, i + 1);
    if (next === undefined) continue;
    // Column where the key itself starts (after any `- ` prefixes).
    const keyCol = lines[i].search(/[^\s-]/);
    const item = itemLine.exec(next);
    const nextIndent = contentLine.exec(next)?.[1].length ?? 0;
    if (item) {
      if (item[1].length === keyCol) seqFlush++;
      else if (item[1].length > keyCol) seqIndented++;
    } else if (nextIndent > keyCol) {
      const step = nextIndent - keyCol;
      indents.set(step, (indents.get(step) ?? 0) + 1);
    }
  }
  let indent = fallback?.indent ?? 2;
  let best = 0;
  for (const [step, count] of indents) {
    if (step >= 1 && step <= 8 && count > best) {
      best = count;
      indent = step;
    }
  }
  const padded = (text.match(/[{[] [^\s}\]]/g) ?? []).length;
  const tight = (text.match(/[{[][^\s}\]]/g) ?? []).length;
  return {
    indent,
    indentSeq: seqIndented === seqFlush ? (fallback?.indentSeq ?? true) : seqIndented > seqFlush,
    flowPadding: padded === tight ? (fallback?.flowPadding ?? true) : padded > tight,
    eol: text.includes('\r\n') ? '\r\n' : text.includes('\n') || !fallback ? '\n' : fallback.eol,
  };
}

function nextContent(lines: readonly string[], from: number): string | undefined {
  for (let j = from; j < lines.length; j++) {
    if (contentLine.test(lines[j])) return lines[j];
  }
  return undefined;
}

/** yaml's stringify options for a style. lineWidth 0: never fold long scalars the user wrote on one line. */
export function toStringOptions(style: SourceStyle): ToStringOptions {
  return {
    indent: style.indent,
    indentSeq: style.indentSeq,
    flowCollectionPadding: style.flowPadding,
    lineWidth: 0,
    minContentWidth: 0,
  };
}
