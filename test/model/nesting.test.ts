/**
 * The nesting pre-check (src/model/manifests/nesting.ts) skips the exact lexer pass when a cheap bound
 * proves a text shallow enough. The bound must never skip a text that is too deep: whatever the text,
 * findDeepNesting answers exactly what the exact pass answers. Limits are small here so that random
 * texts reach them often.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { depthAt, findDeepNesting } from '../../src/model/manifests/nesting.ts';

/** A line of YAML-ish text: indentation, `- ` chains, a key, brackets; sometimes a comment. */
const line = fc
  .record({
    indent: fc.nat({ max: 70 }),
    dashes: fc.nat({ max: 8 }),
    key: fc.constantFrom('', 'a: ', 'key: ', '? k', '"q[": '),
    open: fc.nat({ max: 12 }),
    close: fc.nat({ max: 12 }),
    comment: fc.boolean(),
  })
  .map(
    (l) =>
      ' '.repeat(l.indent) +
      '- '.repeat(l.dashes) +
      l.key +
      '['.repeat(l.open) +
      (l.open ? '1' : 'x') +
      ']'.repeat(l.close) +
      (l.comment ? ' # [{' : ''),
  );

describe('findDeepNesting', () => {
  it('answers as the exact pass does, for any text and limit (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.integer({ min: 8, max: 120 }), (lines, limit) => {
        const text = lines.join('\n') + '\n';
        expect(findDeepNesting(text, limit)).toBe(depthAt(text, limit));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers as the exact pass does on ladders of `- key:` (one level per column, the tightest), any limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 8, max: 120 }),
        fc.nat({ max: 30 }),
        (rungs, limit, brackets) => {
          const ladder = Array.from({ length: rungs }, (_, i) => `${' '.repeat(2 * i)}- k${i}:`);
          const text = `${ladder.join('\n')} ${'['.repeat(brackets)}x${']'.repeat(brackets)}\n`;
          expect(findDeepNesting(text, limit)).toBe(depthAt(text, limit));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds a deep indentation that the bound cannot clear, and passes a real manifest', () => {
    // 200 nested sequences, one per line and one column deeper each: 2 levels per column.
    const deep = Array.from({ length: 200 }, (_, i) => ' '.repeat(i) + '-').join('\n') + ' x\n';
    expect(findDeepNesting(deep, 100)).toBeDefined();
    expect(findDeepNesting(deep, 100)).toBe(depthAt(deep, 100));
    const manifest = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a # [[[\nspec:\n  containers: [{name: c}]\n';
    expect(findDeepNesting(manifest)).toBeUndefined();
  });
});
