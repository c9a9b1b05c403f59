/**
 * Label selectors decide which pods a policy applies to and which peers a rule
 * admits; these tests pin the Kubernetes matching rules users rely on, and the
 * canonical text that graph node ids are built from.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeSelector, isEmptySelector, matchesSelector, selectorKey } from '../../src/model/analysis/selectors.ts';
import type { LabelSelector } from '../../src/model/types.ts';

const sel = (
  matchLabels: Record<string, string> = {},
  matchExpressions: LabelSelector['matchExpressions'] = [],
): LabelSelector => ({ matchLabels, matchExpressions });

describe('matchesSelector', () => {
  it('an empty selector {} selects every pod, labelled or not', () => {
    expect(matchesSelector(sel(), {})).toBe(true);
    expect(matchesSelector(sel(), { app: 'web' })).toBe(true);
  });

  it('matchLabels requires every listed label with the exact value', () => {
    expect(matchesSelector(sel({ app: 'web', tier: 'fe' }), { app: 'web', tier: 'fe', x: '1' })).toBe(true);
    expect(matchesSelector(sel({ app: 'web', tier: 'fe' }), { app: 'web' })).toBe(false);
    expect(matchesSelector(sel({ app: 'web' }), { app: 'db' })).toBe(false);
  });

  it('In matches only pods that have the key with one of the values', () => {
    const s = sel({}, [{ key: 'tier', operator: 'In', values: ['a', 'b'] }]);
    expect(matchesSelector(s, { tier: 'a' })).toBe(true);
    expect(matchesSelector(s, { tier: 'c' })).toBe(false);
    expect(matchesSelector(s, {})).toBe(false);
  });

  it('NotIn and DoesNotExist also match pods that lack the key', () => {
    const notIn = sel({}, [{ key: 'env', operator: 'NotIn', values: ['prod'] }]);
    expect(matchesSelector(notIn, {})).toBe(true);
    expect(matchesSelector(notIn, { env: 'dev' })).toBe(true);
    expect(matchesSelector(notIn, { env: 'prod' })).toBe(false);
    const dne = sel({}, [{ key: 'debug', operator: 'DoesNotExist', values: [] }]);
    expect(matchesSelector(dne, {})).toBe(true);
    expect(matchesSelector(dne, { debug: '' })).toBe(false);
  });

  it('Exists matches any value, including the empty string', () => {
    const s = sel({}, [{ key: 'app', operator: 'Exists', values: [] }]);
    expect(matchesSelector(s, { app: '' })).toBe(true);
    expect(matchesSelector(s, { other: 'x' })).toBe(false);
  });

  it('matchLabels and matchExpressions are ANDed', () => {
    const s = sel({ app: 'web' }, [{ key: 'tier', operator: 'In', values: ['fe'] }]);
    expect(matchesSelector(s, { app: 'web', tier: 'fe' })).toBe(true);
    expect(matchesSelector(s, { app: 'web', tier: 'be' })).toBe(false);
    expect(matchesSelector(s, { app: 'db', tier: 'fe' })).toBe(false);
  });

  it('an unknown operator selects nothing (the API server would reject it)', () => {
    expect(matchesSelector(sel({}, [{ key: 'a', operator: 'Equals', values: ['1'] }]), { a: '1' })).toBe(false);
  });

  it('a label called __proto__ or constructor is just a label', () => {
    const labels = Object.create(null) as Record<string, string>;
    labels.__proto__ = 'x';
    expect(matchesSelector(sel({}, [{ key: '__proto__', operator: 'Exists', values: [] }]), labels)).toBe(true);
    expect(matchesSelector(sel({}, [{ key: 'constructor', operator: 'Exists', values: [] }]), {})).toBe(false);
    expect(matchesSelector(sel({}, [{ key: 'toString', operator: 'DoesNotExist', values: [] }]), {})).toBe(true);
  });
});

describe('selectorKey (canonical text used in stable ids)', () => {
  it('prints kubectl-like terms, sorted', () => {
    expect(selectorKey(sel({ tier: 'x', app: 'web' }, [{ key: 'zone', operator: 'In', values: ['b', 'a'] }]))).toBe(
      'app=web,tier=x,zone in (a,b)',
    );
    expect(
      selectorKey(
        sel({}, [
          { key: 'debug', operator: 'DoesNotExist', values: [] },
          { key: 'app', operator: 'Exists', values: [] },
        ]),
      ),
    ).toBe('!debug,app');
    expect(selectorKey(sel({}, [{ key: 'env', operator: 'NotIn', values: ['prod'] }]))).toBe('env notin (prod)');
  });

  it('{} is the empty string and reads as "all"', () => {
    expect(selectorKey(sel())).toBe('');
    expect(isEmptySelector(sel())).toBe(true);
    expect(describeSelector(sel())).toBe('all');
  });

  it('equivalent spellings (key order, value order, repeats) give the same key', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z]{1,3}$/), fc.stringMatching(/^[a-z]{0,3}$/)),
        fc.array(fc.stringMatching(/^[a-z]{1,2}$/), { maxLength: 4 }),
        (labels, values) => {
          const reversed = Object.fromEntries(Object.entries(labels).reverse());
          const a = sel(labels, [{ key: 'k', operator: 'In', values }]);
          const b = sel(reversed, [
            { key: 'k', operator: 'In', values: [...values].reverse() },
            { key: 'k', operator: 'In', values },
          ]);
          expect(selectorKey(a)).toBe(selectorKey(b));
        },
      ),
    );
  });
});
