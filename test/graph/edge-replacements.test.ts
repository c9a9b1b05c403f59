/** What a list's builder tells of it (model/graph/edge-replacements.ts) is given for that exact pair only. */
import { describe, expect, it } from 'vitest';
import { replacedAt, tellReplaced } from '../../src/model/graph/edge-replacements.ts';
import { edge, nodesOf } from './synthetic-graphs.ts';

describe('tellReplaced / replacedAt', () => {
  const ids = nodesOf(1, 2)
    .filter((n) => n.parentId)
    .map((n) => n.id);
  const a = [edge('p/1', ids[0], ids[1], 'TCP 80', false), edge('p/2', ids[1], ids[0], 'TCP 80', false)];
  const b = [a[0], { ...a[1], label: 'TCP 81' }];

  it('gives the places told for the pair told of, and nothing for any other', () => {
    tellReplaced(b, a, [1]);
    expect(replacedAt(a, b)).toEqual([1]);
    // A reader whose last list was another one (it skipped one, or holds a copy) must walk.
    expect(replacedAt([...a], b)).toBeUndefined();
    expect(replacedAt(b, a)).toBeUndefined();
    expect(replacedAt(a, [...b])).toBeUndefined();
  });

  it('is told nothing of a list of another length, or of a list as itself', () => {
    const longer = [...b, edge('p/3', ids[0], ids[0], 'TCP 80', false)];
    tellReplaced(longer, a, [1, 2]);
    expect(replacedAt(a, longer)).toBeUndefined();
    tellReplaced(a, a, []);
    expect(replacedAt(a, a)).toBeUndefined();
  });
});
