/**
 * named() / messageParts(): names inside notice and dialog sentences are
 * marked with Unicode isolates and found again for rendering as <bdi>.
 */
import { describe, expect, it } from 'vitest';
import { messageParts, named } from '../../src/state/named.ts';

describe('named', () => {
  it('wraps a name in FSI … PDI, which messageParts finds again', () => {
    const text = `Created workspace "${named('invoice\u202etxt.exe')}".`;
    expect(text).toBe('Created workspace "\u2068invoice\u202etxt.exe\u2069".');
    expect(messageParts(text)).toEqual([
      { text: 'Created workspace "', isName: false },
      { text: 'invoice\u202etxt.exe', isName: true },
      { text: '".', isName: false },
    ]);
  });

  it('a name cannot close its own isolate early: its isolate controls are dropped', () => {
    const text = `Deleted "${named('a\u2069\u202eb\u2066c')}".`;
    expect(messageParts(text)).toEqual([
      { text: 'Deleted "', isName: false },
      { text: 'a\u202ebc', isName: true },
      { text: '".', isName: false },
    ]);
  });

  it('a sentence without names is one plain part', () => {
    expect(messageParts('Saved.')).toEqual([{ text: 'Saved.', isName: false }]);
    expect(messageParts(`${named('x')}${named('y')}`)).toEqual([
      { text: 'x', isName: true },
      { text: 'y', isName: true },
    ]);
  });
});
