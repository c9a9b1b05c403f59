// Every user-visible string of src/ui comes from the catalogues (src/i18n/<lang>/ui-*.ts): a literal left
// in a component would stay English in Japanese. ui-literals.ts says what counts as user-visible and which
// tokens are not language; this test lists each offender as file:line so it can be fixed where it is.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiterals } from './ui-literals.ts';

const ROOT = join(import.meta.dirname, '../..');
const UI = join(ROOT, 'src/ui');

/**
 * Strings still English in every language, each with the reason it is not in a catalogue yet. They are
 * listed (file and text) so the gap is visible and nothing else can join it unnoticed.
 */
const KNOWN_UNTRANSLATED = new Set([
  // The "anywhere" address node of the effective view: a graph node built outside React whose label also
  // sizes its card in the layout, so translating it needs the layout to know the language.
  'src/ui/effective/to-effective.ts: anywhere',
  'src/ui/effective/to-effective.ts: outside the cluster',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

describe('no user-visible string literal in src/ui', () => {
  it('every one is a catalogue key', () => {
    const found: string[] = [];
    for (const file of sourceFiles(UI)) {
      const rel = relative(ROOT, file).split('\\').join('/');
      for (const literal of findLiterals(file, readFileSync(file, 'utf8')))
        if (!KNOWN_UNTRANSLATED.has(`${rel}: ${literal.text}`)) found.push(`${rel}:${literal.line}: ${literal.text}`);
    }
    expect(found).toEqual([]);
  });

  it('the known gaps are still there (remove an entry once it is translated)', () => {
    const still = new Set<string>();
    for (const entry of KNOWN_UNTRANSLATED) {
      const [rel, text] = entry.split(': ');
      if (findLiterals(rel, readFileSync(join(ROOT, rel), 'utf8')).some((l) => l.text === text)) still.add(entry);
    }
    expect([...still]).toEqual([...KNOWN_UNTRANSLATED]);
  });
});

// The finder itself: each kind of literal it must catch, and what it must leave alone.
describe('the literal finder', () => {
  const texts = (source: string, file = 'x.tsx') => findLiterals(file, source).map((l) => `${l.line}: ${l.text}`);

  it('catches JSX text, visible props, conditional and template text', () => {
    const source = [
      'export const A = () => (',
      '  <div title="Close the panel">',
      '    Hello there',
      "    <input placeholder={busy ? 'Saving…' : 'Save'} aria-label={`Rename ${name}`} />",
      "    {open && 'Nothing to show'}",
      '  </div>',
      ');',
    ].join('\n');
    expect(texts(source)).toEqual([
      '2: Close the panel',
      '3: Hello there',
      '4: Saving…',
      '4: Save',
      '4: Rename',
      '5: Nothing to show',
    ]);
  });

  it('catches messages given to notify/toast and labels of menu items and notices', () => {
    const source = [
      "notify('info', 'Copied to the clipboard.');",
      "toast(`${n} edges removed`, 'info');",
      "const items = [{ id: 'a', label: 'Open files…' }];",
    ].join('\n');
    expect(texts(source, 'x.ts')).toEqual(['1: Copied to the clipboard.', '2: edges removed', '3: Open files…']);
  });

  it('leaves catalogue keys, class names, test ids and tokens that are not language alone', () => {
    const source = [
      'export const B = () => (',
      '  <div className="pane pane--graph" data-testid="status-bar" title={t(\'status.errorsTitle\')}>',
      "    {t('status.parsed')} · {count} × {total} →",
      '    <span aria-label="YAML">TCP</span>',
      "    {notify('info', t('copied'))}",
      '  </div>',
      ');',
    ].join('\n');
    expect(texts(source)).toEqual([]);
  });
});
