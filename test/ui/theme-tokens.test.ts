/**
 * The colour tokens of both themes meet WCAG 2.x AA for every pair the app draws (text 4.5:1, UI parts and
 * large text 3:1), and the stylesheet the app loads carries exactly these tokens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRAST_PAIRS, THEMES, TOKENS } from '../../src/ui/theme/tokens.ts';
import { themeCss } from '../../src/ui/theme/theme-css.ts';

/** WCAG 2.x relative luminance of an sRGB #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('contrast formula', () => {
  it('gives the ratios WCAG publishes for black, white and a mid grey', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic lightest grey that passes 4.5:1.
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

describe.each(THEMES)('%s theme', (theme) => {
  const tokens = TOKENS[theme];

  it('has every token as an opaque #rrggbb colour', () => {
    for (const [name, value] of Object.entries(tokens)) expect(value, name).toMatch(/^#[0-9a-f]{6}$/);
  });

  it.each(CONTRAST_PAIRS.map((p) => [`${p.fg} on ${p.bg} (${p.use})`, p] as const))('%s meets AA', (_, pair) => {
    const ratio = contrast(tokens[pair.fg], tokens[pair.bg]);
    expect(ratio).toBeGreaterThanOrEqual(pair.use === 'text' ? 4.5 : 3);
  });
});

describe('tokens.css', () => {
  it('is what scripts/gen-theme.ts writes from tokens.ts (run `npm run theme` after editing the tokens)', () => {
    const css = readFileSync(new URL('../../src/ui/theme/tokens.css', import.meta.url), 'utf8');
    expect(css).toBe(themeCss());
  });

  it('declares both themes with the same token names as the TS module', () => {
    const css = readFileSync(new URL('../../src/ui/theme/tokens.css', import.meta.url), 'utf8');
    const blocks = css.split('}').filter((b) => b.includes('--'));
    const names = (block: string) => [...block.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6});/g)].map((m) => m[1]);
    expect(blocks).toHaveLength(3);
    for (const block of blocks) expect(names(block).sort()).toEqual(Object.keys(TOKENS.light).sort());
  });
});

describe('stylesheets', () => {
  it('take every colour from the tokens (no literal colour outside tokens.css), so both themes reach everything', () => {
    const root = new URL('../../src/ui/', import.meta.url);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.css') && !f.endsWith('tokens.css'),
    );
    expect(files.length).toBeGreaterThan(5);
    const literals = files.flatMap((f) =>
      [...readFileSync(new URL(f, root), 'utf8').matchAll(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/gi)].map(
        (m) => `${f}: ${m[0]}`,
      ),
    );
    expect(literals).toEqual([]);
  });
});
