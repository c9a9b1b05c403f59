/**
 * An edge's tooltip (src/ui/canvas/edges/rule-title.ts): every rule of a small edge, in order; a bundle
 * of thousands of rules shows its first TITLE_RULES and says how many more there are.
 */
import { describe, expect, it } from 'vitest';
import { rulesTitle, TITLE_RULES } from '../../src/ui/canvas/edges/rule-title.ts';

const rules = (n: number) => Array.from({ length: n }, (_, i) => `rule ${i + 1}`);
const more = (count: number) => `… and ${count} more`;

describe('rulesTitle', () => {
  it('lists every rule of an edge with a few', () => {
    expect(rulesTitle(rules(3), (r) => r, more)).toBe('rule 1\nrule 2\nrule 3');
    expect(rulesTitle(rules(TITLE_RULES), (r) => r, more).split('\n')).toHaveLength(TITLE_RULES);
  });

  it('cuts a bundle of thousands after TITLE_RULES lines and counts the rest', () => {
    const lines = rulesTitle(rules(5000), (r) => r, more).split('\n');
    expect(lines).toHaveLength(TITLE_RULES + 1);
    expect(lines[0]).toBe('rule 1');
    expect(lines[TITLE_RULES - 1]).toBe(`rule ${TITLE_RULES}`);
    expect(lines[TITLE_RULES]).toBe(`… and ${5000 - TITLE_RULES} more`);
  });
});
