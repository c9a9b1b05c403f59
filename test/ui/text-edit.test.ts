import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalReplacement } from '../../src/ui/editor/text-edit.ts';

const apply = (before: string, r: ReturnType<typeof minimalReplacement>) =>
  r ? before.slice(0, r.start) + r.text + before.slice(r.end) : before;

describe('minimalReplacement', () => {
  it('returns null for equal texts', () => {
    expect(minimalReplacement('a: 1\n', 'a: 1\n')).toBeNull();
  });
  it('replaces only the changed middle', () => {
    expect(minimalReplacement('port: 5432\n', 'port: 5433\n')).toEqual({ start: 9, end: 10, text: '3' });
  });
  it('always turns before into after', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => apply(a, minimalReplacement(a, b)) === b));
  });
});
