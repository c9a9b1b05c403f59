/**
 * The alias-bomb guard counts what alias expansion adds, not the size of the
 * document: real `kubectl get -o yaml` output of any size is read, a billion
 * laughs is refused at its first alias.
 */
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { kubectlPodList, wideNetworkPolicy } from '../../bench/kubectl-dump.ts';
import { ALIAS_EXPANSION_LIMIT, aliasCensus, aliasExpansion } from '../../src/model/validation/aliases.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { checkWorkspace } from '../../src/model/validation/lint.ts';
import { check, expectAt, expectNone, header } from './helpers.ts';

describe('alias guard', () => {
  it('a 600-pod kubectl List without aliases is validated (it has more nodes than the limit)', () => {
    const ws = loadWorkspace([{ name: 'pods.yaml', text: kubectlPodList({ pods: 600, namespaces: 20 }) }]);
    expect(aliasCensus(ws.sources[0].docs[0].doc).nodes).toBeGreaterThan(ALIAS_EXPANSION_LIMIT);
    const ds = checkWorkspace(ws);
    expectNone(ds, 'excessive-aliases');
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a policy with 10,000 rules (and a `*`) is validated to its last rule', () => {
    // The `*` in the annotation makes validation count its node visits (a document without one cannot hold aliases).
    const policy = wideNetworkPolicy({ rules: 10_000 }).replace(
      'metadata:\n',
      'metadata:\n  annotations: {hosts: "*.example.com"}\n',
    );
    const text = `${policy}  - ports:\n    - port: 0\n`;
    const lastLine = text.split('\n').length - 1; // the text ends with a newline
    const ds = check(text);
    expectNone(ds, 'excessive-aliases');
    expectAt(ds, 'invalid-port', lastLine, 13);
  });

  it('honest aliases add exactly the size of what they copy', () => {
    // The anchored list is 4 nodes (list, map, key, value); two aliases copy it twice.
    const text = `x-ports: &p [{port: 80}]\nspec:\n  a: *p\n  b: *p\n`;
    expect(aliasExpansion(parseDocument(text))).toBe(8);
  });

  it('a policy reusing an anchored port list passes and is checked through the alias', () => {
    const text = `x-ports: &ports [{port: 80}, {port: 443}]\n${header()}spec:\n  podSelector: {}\n  ingress:\n  - ports: *ports\n  - ports: *ports\n`;
    expect(check(text)).toEqual([]);
  });

  it('aliases adding exactly the limit pass, one copy more is refused at the first alias', () => {
    // 100 copies of a 1,000-node list (the list and its 999 items) add exactly 100,000 nodes.
    const big = `big: &big [${Array(999).fill('x').join(',')}]\n`;
    const copies = (n: number): string => Array.from({ length: n }, (_, i) => `c${i}: *big\n`).join('');
    const atLimit = `${big}${copies(ALIAS_EXPANSION_LIMIT / 1000)}`;
    expect(aliasExpansion(parseDocument(atLimit))).toBe(ALIAS_EXPANSION_LIMIT);
    expectNone(check(atLimit), 'excessive-aliases');
    expectAt(check(`${big}${copies(ALIAS_EXPANSION_LIMIT / 1000 + 1)}`), 'excessive-aliases', 2, 5);
  });

  it('a small billion laughs (10^6 nodes from 6 lines) is refused at its first alias', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 6; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    expectAt(check(`${lines.join('\n')}\n`), 'excessive-aliases', 2, 8);
  });

  it('an alias inside its own anchor is refused', () => {
    expectAt(check('loop: &a [*a]\n'), 'excessive-aliases', 1, 11);
  });

  it('a billion laughs of 9 levels is measured without expanding it', () => {
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    // 9^9 nodes if expanded: finishing at all (within the test timeout) shows the sizes are memoised.
    expect(aliasExpansion(parseDocument(lines.join('\n')))).toBe(ALIAS_EXPANSION_LIMIT + 1);
  });
});
