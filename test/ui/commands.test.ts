// The keyboard layer's pure parts: shortcut matching and key caps, the palette's fuzzy matching and
// ranking, and the registry (one binding per key, never a key the canvas already handles).
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.ts';
import { bestMatch, fuzzyMatch, rankByMatch } from '../../src/ui/commands/fuzzy.ts';
import { choiceItems, commandItems } from '../../src/ui/commands/palette-items.ts';
import { COMMANDS, GROUP_ORDER } from '../../src/ui/commands/registry.ts';
import { keyCaps, matchesShortcut, type KeyPress, type Shortcut } from '../../src/ui/commands/shortcuts.ts';
import type { ChooseStep, CommandT } from '../../src/ui/commands/types.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

const tOf = (language: 'en' | 'ja') => createI18n(language).getFixedT(language, 'ui-commands') as CommandT;

describe('shortcuts', () => {
  it('a letter matches either case, and Shift only when the shortcut has it', () => {
    expect(matchesShortcut({ key: 'n' }, press('n'))).toBe(true);
    expect(matchesShortcut({ key: 'n' }, press('N', { shiftKey: true }))).toBe(false);
    expect(matchesShortcut({ key: 'n', shift: true }, press('N', { shiftKey: true }))).toBe(true);
    // Caps Lock: an upper-case letter without Shift is still the plain key.
    expect(matchesShortcut({ key: 'n' }, press('N'))).toBe(true);
  });

  it('mod is Ctrl or ⌘, and a plain key never fires with either held', () => {
    const k: Shortcut = { key: 'k', mod: true };
    expect(matchesShortcut(k, press('k', { ctrlKey: true }))).toBe(true);
    expect(matchesShortcut(k, press('k', { metaKey: true }))).toBe(true);
    expect(matchesShortcut(k, press('k'))).toBe(false);
    expect(matchesShortcut({ key: 'c' }, press('c', { ctrlKey: true }))).toBe(false); // Ctrl+C stays copy
    expect(matchesShortcut({ key: 'c' }, press('c', { altKey: true }))).toBe(false);
  });

  it('? is the character, whatever it takes to type it', () => {
    expect(matchesShortcut({ key: '?' }, press('?', { shiftKey: true }))).toBe(true);
    expect(matchesShortcut({ key: '?' }, press('?'))).toBe(true);
    expect(matchesShortcut({ key: '?' }, press('/'))).toBe(false);
  });

  it('key caps follow the platform', () => {
    const redo: Shortcut = { key: 'z', mod: true, shift: true };
    expect(keyCaps(redo, false)).toEqual([{ word: 'ctrl' }, { word: 'shift' }, { text: 'Z' }]);
    expect(keyCaps(redo, true)).toEqual([{ text: '⌘' }, { text: '⇧' }, { text: 'Z' }]);
    expect(keyCaps({ key: 'Delete' }, true)).toEqual([{ word: 'delete' }]);
  });
});

describe('fuzzy matching', () => {
  it('matches in order, preferring word starts', () => {
    expect(fuzzyMatch('nw', 'New workload')?.positions).toEqual([0, 4]);
    expect(fuzzyMatch('wl', 'New workload')?.positions).toEqual([4, 8]);
    expect(fuzzyMatch('wn', 'New workload')).toBeUndefined();
    expect(fuzzyMatch('xyz', 'New workload')).toBeUndefined();
  });

  it('falls back to the leftmost alignment when jumping to a word start would lose the match', () => {
    expect(fuzzyMatch('ayb', 'axyb y')?.positions).toEqual([0, 2, 3]);
  });

  it('spaces in the query separate words, and an empty query matches everything', () => {
    expect(fuzzyMatch('new work', 'New workload')?.positions).toEqual([0, 1, 2, 4, 5, 6, 7]);
    expect(fuzzyMatch('  ', 'anything')).toEqual({ score: 0, positions: [] });
  });

  it('ranks consecutive and word-start matches above scattered ones', () => {
    const ranked = rankByMatch(['Delete the selection', 'Tidy layout', 'Take the tour'], 'tidy', (s) => [s]);
    expect(ranked[0].item).toBe('Tidy layout');
    expect(ranked.map((r) => r.item)).not.toContain('Delete the selection');
  });

  it('matches Japanese text', () => {
    expect(fuzzyMatch('ワークロード', 'ワークロードを追加…')?.positions).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('only the first text (the name shown) gives highlight positions', () => {
    expect(bestMatch('deploy', ['New workload…', 'add deployment'])).toMatchObject({ positions: [] });
  });
});

describe('command registry', () => {
  it('has unique ids and groups in the palette order', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    for (const c of COMMANDS) expect(GROUP_ORDER).toContain(c.group);
  });

  it('binds each key once, and never a key an older canvas hook already handles', () => {
    const bound = COMMANDS.flatMap((c) => (c.shortcuts ?? []).filter((s) => !s.elsewhere).map((s) => ({ c, s })));
    const elsewhere = COMMANDS.flatMap((c) => (c.shortcuts ?? []).filter((s) => s.elsewhere));
    const sameKeys = (a: Shortcut, b: Shortcut) =>
      a.key.toLowerCase() === b.key.toLowerCase() &&
      Boolean(a.mod) === Boolean(b.mod) &&
      Boolean(a.shift) === Boolean(b.shift) &&
      Boolean(a.alt) === Boolean(b.alt);
    for (const [i, a] of bound.entries()) {
      for (const b of bound.slice(i + 1)) expect(sameKeys(a.s, b.s), `${a.c.id} / ${b.c.id}`).toBe(false);
      for (const e of elsewhere) expect(sameKeys(a.s, e), a.c.id).toBe(false);
    }
  });

  it('lets only modified keys work while typing (letters belong to the text)', () => {
    for (const c of COMMANDS) for (const s of c.shortcuts ?? []) if (s.global) expect(s.mod, c.id).toBe(true);
  });

  it('the palette lists every command but itself, grouped while nothing is typed', () => {
    const t = tOf('en');
    const { items, grouped } = commandItems('', undefined, t, t);
    expect(grouped).toBe(true);
    expect(items.map((i) => i.key).sort()).toEqual(
      COMMANDS.filter((c) => c.id !== 'palette')
        .map((c) => c.id)
        .sort(),
    );
    expect(commandItems('', 'export', t, t).items.every((i) => i.group === 'export')).toBe(true);
  });

  it('finds a command by its name, its keywords, and in Japanese by its English name too', () => {
    const en = tOf('en');
    const ja = tOf('ja');
    expect(commandItems('allow traffic', undefined, en, en).items[0].key).toBe('allowTraffic');
    expect(commandItems('connect', undefined, en, en).items[0].key).toBe('allowTraffic');
    expect(commandItems('allow traffic', undefined, ja, en).items[0].key).toBe('allowTraffic');
    expect(commandItems('ワークロードを追加', undefined, ja, en).items[0].key).toBe('newWorkload');
    expect(commandItems('zzzz', undefined, en, en).items).toEqual([]);
  });
});

describe('a question with choices', () => {
  const step: ChooseStep = {
    kind: 'choose',
    id: 'namespace',
    prompt: 'workloadNamespace',
    choices: () => [],
    typed: (text) => (text.trim() && text.trim() !== 'shop' ? { value: text.trim(), label: `new ${text}` } : undefined),
  };
  const choices = [
    { value: 'shop', label: 'shop' },
    { value: 'shipping', label: 'shipping' },
  ];
  const t = tOf('en');

  it('offers the typed value first when it is new, then the matches', () => {
    const { items } = choiceItems(step, choices, 'sh', {}, t);
    expect(items.map((i) => i.choice?.value)).toEqual(['sh', 'shop', 'shipping']);
    expect(choiceItems(step, choices, 'shop', {}, t).items.map((i) => i.choice?.value)).toEqual(['shop']);
  });

  it('draws at most 100 and counts the rest', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ value: `w${i}`, label: `web-${i}` }));
    const { items, more } = choiceItems({ ...step, typed: undefined }, many, 'web', {}, t);
    expect(items).toHaveLength(100);
    expect(more).toBe(150);
  });
});
