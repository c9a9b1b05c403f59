/**
 * Random sequences of graph gestures (fast-check): after every edit the YAML
 * is valid, the splices and their undo are exact, untouched documents are
 * byte-identical, and the graph derived from the text equals the graph
 * derived after a plain parse → serialise round trip of that text (so what
 * the writer produced means exactly what yaml means by it). Run on the
 * commented fixtures and on every case of the oracle corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { applyEdit } from '../../src/sync/index.ts';
import { comments, LIST_CRLF, missing, POLICIES_ONLY, SHOP } from './fixtures.ts';
import { editFor, pickArb, roundTrip, stripSpans, type Pick } from './gestures.ts';
import { checkResult, ws, yamlErrors } from './helpers.ts';
import { ORACLE_DIR, oraclePresent } from '../conformance/oracle.ts';

const ADDING = ['allowFlow', 'addIpBlockPeer', 'createPolicy', 'addWorkload', 'addNamespace'];

/** Applies the picked gestures one by one, checking every invariant after each. */
function run(start: string, picks: Pick[], label: string): void {
  let text = start;
  for (const p of picks) {
    const w = ws(text);
    const edit = editFor(w, deriveGraph(w), p);
    if (!edit) continue;
    const r = applyEdit(text, edit, { workspace: w });
    if ('error' in r) continue; // refused gestures (a name taken, a workload without labels) change nothing
    checkResult(text, r);
    expect(yamlErrors(r.text)).toEqual([]);
    // Adding never loses a comment.
    if (ADDING.includes(edit.op)) expect(missing(comments(text), comments(r.text)), `${label} ${edit.op}`).toEqual([]);
    text = r.text;
    expect(stripSpans(deriveGraph(ws(text)))).toEqual(stripSpans(deriveGraph(ws(roundTrip(text)))));
  }
}

describe('random edit sequences', () => {
  for (const [name, start] of [
    ['SHOP', SHOP],
    ['POLICIES_ONLY', POLICIES_ONLY],
    ['LIST_CRLF', LIST_CRLF],
  ] as const) {
    it(`keep ${name} valid and meaning what yaml means`, () => {
      fc.assert(
        fc.property(fc.array(pickArb, { minLength: 1, maxLength: 6 }), (picks) => run(start, picks, name)),
        { numRuns: 60 },
      );
    });
  }

  const oracle = resolve(ORACLE_DIR, 'netpol-analyzer');
  // Skips (and says so) without the oracle, rather than passing without checking anything.
  it.skipIf(!oraclePresent('netpol-analyzer'))(
    'keep every oracle case (its YAML files as one text) valid and meaning what yaml means',
    { timeout: 300_000 },
    () => {
      for (const c of readdirSync(oracle)) {
        const dir = resolve(oracle, c, 'in');
        if (!existsSync(dir)) continue;
        const parts = readdirSync(dir)
          .filter((f) => /\.ya?ml$/.test(f))
          .map((f) => readFileSync(resolve(dir, f), 'utf8'));
        const start = parts.map((p) => (p.endsWith('\n') ? p : p + '\n')).join('---\n');
        if (!start.trim() || yamlErrors(start).length) continue;
        fc.assert(
          fc.property(fc.array(pickArb, { minLength: 1, maxLength: 3 }), (picks) => run(start, picks, c)),
          { numRuns: 3 },
        );
      }
    },
  );
});
