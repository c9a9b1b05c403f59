/**
 * How a big paste is cut into slices (sliced-paste.ts): the slices put back
 * together are the pasted text exactly, every slice but the last ends a line,
 * and none is much smaller than asked (a slice is one Monaco edit and one task).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slicesOf } from '../../src/ui/editor/sliced-paste.ts';

describe('slicesOf', () => {
  it('cuts after line breaks into slices of about the size asked, losing nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'bc', '\n', '\r\n', 'é', '- x: 1\n', ''), { maxLength: 200 }),
        fc.integer({ min: 1, max: 40 }),
        (parts, size) => {
          const text = parts.join('');
          const slices = slicesOf(text, size);
          expect(slices.join('')).toBe(text);
          expect(slices.length).toBeGreaterThan(0);
          for (const s of slices.slice(0, -1)) {
            expect(s.endsWith('\n')).toBe(true);
            expect(s.length).toBeGreaterThanOrEqual(size);
          }
        },
      ),
    );
  });

  it('keeps a text without line breaks whole', () => {
    expect(slicesOf('x'.repeat(100), 10)).toEqual(['x'.repeat(100)]);
    expect(slicesOf('', 10)).toEqual(['']);
  });

  it('gives a 10 MB dump in slices of about 256 KB', () => {
    const line = '    app.kubernetes.io/name: frontend\n';
    const text = line.repeat(Math.ceil((10 * 2 ** 20) / line.length));
    const slices = slicesOf(text, 256 * 1024);
    expect(slices.length).toBe(40);
  });
});
