// Node cards clip nothing (a clip per card made every repaint of a big canvas slow), so their text is cut in JS.
// These tests use a fixed-width measure: 10 px per character, so widths are easy to reason about.
import { describe, expect, it } from 'vitest';
import { estimateWidth, fitText, type Measure } from '../../src/ui/canvas/nodes/fit-text.ts';

const tenPx: Measure = (text) => text.length * 10;

describe('fitText', () => {
  it('keeps text that fits as it is', () => {
    expect(fitText('checkout', 80, '13px x', tenPx)).toBe('checkout');
    expect(fitText('', 0, '13px x', tenPx)).toBe('');
  });

  it('cuts text that does not fit to the longest prefix that fits with an ellipsis', () => {
    // 100 px: nine characters and "…".
    expect(fitText('payments-gateway-v2', 100, '13px x', tenPx)).toBe('payments-…');
    expect(tenPx(fitText('payments-gateway-v2', 100, '13px x', tenPx), '')).toBeLessThanOrEqual(100);
  });

  it('does not end the kept prefix with a space before the ellipsis', () => {
    expect(fitText('ports 80, 443, 8080', 80, '11px mono', tenPx)).toBe('ports 8…');
    expect(fitText('ab cdefgh', 40, '11px mono', tenPx)).toBe('ab…');
  });

  it('leaves only the ellipsis when nothing fits', () => {
    expect(fitText('backend', 5, '13px x', tenPx)).toBe('…');
  });

  it('estimates widths without a canvas from the font size, monospace a bit narrower', () => {
    expect(estimateWidth('abcd', '600 13px sans-serif')).toBeCloseTo(4 * 0.64 * 13);
    expect(estimateWidth('abcd', '11px monospace')).toBeCloseTo(4 * 0.62 * 11);
  });
});
