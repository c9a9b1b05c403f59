// Every language has every key of the English catalogue, no extra ones, no
// empty strings, and the same {{placeholders}}: a translation that drops
// {{name}} would print a sentence without the thing it is about.
import { describe, expect, it } from 'vitest';
import { createI18n, resources } from '../../src/i18n/i18n.ts';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('translation catalogues', () => {
  const english = leaves(resources.en as unknown as Tree);
  for (const [language, catalogue] of Object.entries(resources)) {
    if (language === 'en') continue;
    const translated = leaves(catalogue as unknown as Tree);
    it(`${language} has exactly the English keys`, () => {
      expect([...translated.keys()].filter((k) => !english.has(k))).toEqual([]);
      expect([...english.keys()].filter((k) => !translated.has(k))).toEqual([]);
    });
    it(`${language} keeps every placeholder and leaves nothing empty`, () => {
      const wrong: string[] = [];
      for (const [key, text] of english) {
        const other = translated.get(key) ?? '';
        if (other.trim() === '' || placeholders(other).join() !== placeholders(text).join()) wrong.push(key);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('an instance speaks its language and falls back to nothing else', () => {
    expect(createI18n('ja').t('common:language.label')).toBe('言語');
    expect(createI18n('en').t('common:language.label')).toBe('Language');
  });
});
