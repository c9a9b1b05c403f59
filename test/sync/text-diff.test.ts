/**
 * The text machinery under the writer: minimal changes reproduce the target
 * and their inversion restores the source; the three-way merge returns the
 * edited text when yaml normalised nothing and keeps the original elsewhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalChanges } from '../../src/sync/line-diff.ts';
import { keepCommentSpacing, mergeEdit } from '../../src/sync/merge.ts';
import { applyChanges, invertChanges } from '../../src/sync/text-change.ts';
import { detectStyle } from '../../src/sync/style.ts';
import { POLICIES_ONLY, SHOP } from './fixtures.ts';

// Texts over a small alphabet of lines (with Unicode and CRLF pieces) so that diffs have real structure.
const lineArb = fc.constantFrom('a: 1', 'b: 2  # c', '# 日本語 — café', '', '- x', '  y: {z: 1}', 'é😀', '\r');
const textArb = fc.array(lineArb, { maxLength: 12 }).map((ls) => ls.join('\n'));

describe('minimalChanges', () => {
  it('turns any text into any other, and inverts exactly', () => {
    fc.assert(
      fc.property(textArb, textArb, (a, b) => {
        const changes = minimalChanges(a, b);
        expect(applyChanges(a, changes)).toBe(b);
        expect(applyChanges(b, invertChanges(a, changes))).toBe(a);
        for (let i = 1; i < changes.length; i++) expect(changes[i].offset).toBeGreaterThan(changes[i - 1].end);
        if (a === b) expect(changes).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('is small for a small edit and never splits a surrogate pair', () => {
    expect(minimalChanges('# x — ü\nx: 1\ny: 2\nz: 3\n', '# x — ü\nx: 1\ny: 20\nz: 3\n')).toEqual([
      { offset: 17, end: 17, insert: '0' },
    ]);
    const c = minimalChanges('a: 😀 # emoji — 絵文字\n', 'a: 😁 # emoji — 絵文字\n');
    expect(c).toEqual([{ offset: 3, end: 5, insert: '😁' }]);
  });
});

describe('mergeEdit', () => {
  it('is the edited text when base is the original', () => {
    fc.assert(
      fc.property(textArb, textArb, (base, edited) => {
        expect(mergeEdit(base, base, edited)).toBe(base === edited ? base : edited);
      }),
    );
  });

  it('keeps what yaml re-spaced and applies only the edit', () => {
    const original = 'a: 1   # one — eins\nb: {x: 1}\nc: 3\n';
    const base = 'a: 1 # one — eins\nb: { x: 1 }\nc: 3\n';
    const edited = 'a: 1 # one — eins\nb: { x: 1 }\nc: 4\n';
    expect(mergeEdit(original, base, edited)).toBe('a: 1   # one — eins\nb: {x: 1}\nc: 4\n');
    expect(keepCommentSpacing('port: 80   # api', 'port: 8443 # api')).toBe('port: 8443   # api');
  });

  it('re-indents new lines to the source columns when asked', () => {
    const original = '# Go style — 囲碁\nitems:\n    - a: 1\n      b:\n          - x\n';
    const base = '# Go style — 囲碁\nitems:\n  - a: 1\n    b:\n      - x\n';
    const edited = '# Go style — 囲碁\nitems:\n  - a: 1\n    b:\n      - x\n      - y\n';
    expect(mergeEdit(original, base, edited, true)).toBe(
      '# Go style — 囲碁\nitems:\n    - a: 1\n      b:\n          - x\n          - y\n',
    );
  });
});

describe('detectStyle', () => {
  it('reads indentation, sequence style and flow padding', () => {
    expect(detectStyle(SHOP)).toMatchObject({ indent: 2, indentSeq: false, flowPadding: false, eol: '\n' });
    expect(detectStyle(POLICIES_ONLY)).toMatchObject({ indent: 4, indentSeq: true });
    expect(detectStyle('# crlf — ü\r\na:\r\n  - { x: 1 }\r\n')).toMatchObject({
      indentSeq: true,
      flowPadding: true,
      eol: '\r\n',
    });
  });
});
