/**
 * `lint` streams its findings: thousands of them go out in chunks, each
 * written before the next is made, in exactly the JSON that
 * `JSON.stringify(findings, null, 2)` gives, and a reader that has gone stops it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIO, run, type CliIO } from '../../src/cli/main.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netpol-lint-stream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// 3,000 policies whose podSelector is a number: one wrong-type error each.
const POLICIES = 3000;
const file = join(tmp, 'many.yaml');
writeFileSync(
  file,
  Array.from(
    { length: POLICIES },
    (_, i) =>
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p${i}, namespace: ns}\nspec:\n  podSelector: 5\n`,
  ).join('---\n'),
);

function capture(answer = true) {
  const seen = { writes: [] as string[], overlapping: 0, stderr: '' };
  let busy = false;
  const io: CliIO = {
    ...nodeIO(),
    stderr: (t) => void (seen.stderr += t),
    stdout: (t) => {
      if (busy) seen.overlapping++;
      busy = true;
      seen.writes.push(typeof t === 'string' ? t : new TextDecoder().decode(t));
      return new Promise((done) =>
        setTimeout(() => {
          busy = false;
          done(answer);
        }, 1),
      );
    },
  };
  return { io, seen };
}

describe('lint streams', () => {
  it('json: in chunks, awaited, the text JSON.stringify gives', async () => {
    const { io, seen } = capture();
    expect(await run(['lint', '-o', 'json', file], io)).toBe(1);
    const text = seen.writes.join('');
    const findings = JSON.parse(text) as { rule: string }[];
    expect(findings.filter((d) => d.rule === 'wrong-type').length).toBeGreaterThanOrEqual(POLICIES);
    expect(text).toBe(`${JSON.stringify(findings, null, 2)}\n`);
    expect(seen.writes.length).toBeGreaterThan(2);
    expect(seen.overlapping).toBe(0);
  });

  it('json of no findings is an empty array', async () => {
    const clean = join(tmp, 'clean.yaml');
    writeFileSync(clean, 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n');
    const { io, seen } = capture();
    expect(await run(['lint', '-o', 'json', clean], io)).toBe(0);
    expect(seen.writes.join('')).toBe('[]\n');
  });

  it('text: one finding per line, in chunks; stops when the reader has gone', async () => {
    const { io, seen } = capture();
    await run(['lint', file], io);
    expect(
      seen.writes
        .join('')
        .split('\n')
        .filter((l) => l.includes('[wrong-type]')).length,
    ).toBeGreaterThanOrEqual(POLICIES);
    expect(seen.writes.length).toBeGreaterThan(1);
    const gone = capture(false);
    await run(['lint', file], gone.io);
    expect(gone.seen.writes.length).toBe(1);
  });
});
