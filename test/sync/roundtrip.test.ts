/**
 * Every YAML file of the oracle corpus (../shared/oracle, or $ORACLE_DIR)
 * and of test/: a no-op keeps the identical text, writing values that are
 * already there keeps the identical text, and a real one-key edit changes
 * only that key's lines while keeping every comment.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { applyEdit, applyOps } from '../../src/sync/index.ts';
import type { ManifestOp } from '../../src/model/edits/index.ts';
import { EditSession } from '../../src/sync/session.ts';
import { comments, missing } from './fixtures.ts';
import { checkResult, yamlErrors } from './helpers.ts';
import { ORACLE_DIR, oraclePresent } from '../conformance/oracle.ts';

const root = resolve(__dirname, '../..');
const oracle = ORACLE_DIR;
// Warns loudly when the oracle is absent: the round trip then covers test/ only.
oraclePresent('');

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.(ya?ml|json)$/.test(name)) out.push(p);
  }
  return out.sort();
}

const files = [...yamlFiles(oracle), ...yamlFiles(resolve(root, 'test'))];

describe('round trip over every YAML file', () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.replace(root + '/', '').replace(oracle + '/', 'oracle/'), f]))('%s', (_label, file) => {
    const text = readFileSync(file, 'utf8');
    // A no-op keeps the very same text object.
    const noop = applyEdit(text, { op: 'noop' });
    if ('error' in noop) throw new Error(noop.error);
    expect(noop.text).toBe(text);
    expect(noop.changes).toEqual([]);

    const session = new EditSession(text);
    const objects = session.objects().filter((o) => o.name !== undefined);
    if (yamlErrors(text).length || objects.length === 0) return;

    // Writing what is already there touches documents but changes no byte.
    const same: ManifestOp[] = objects.map((o) => ({
      op: 'set',
      target: { kind: o.kind, namespace: o.namespace, name: o.name! },
      path: ['metadata', 'name'],
      value: o.name,
    }));
    const r0 = applyOps(text, same);
    if ('error' in r0) {
      // Only documents yaml cannot serialise (an alias to a missing anchor) may refuse, with a message.
      expect(r0.error).toMatch(/alias/i);
      return;
    }
    expect(r0.text).toBe(text);

    // A real edit of one object: one label added. Every comment survives; few lines change.
    const first = objects[0];
    const target = { kind: first.kind, namespace: first.namespace, name: first.name! };
    const r1 = applyOps(text, [
      { op: 'set', target, path: ['metadata', 'labels', 'netpol-studio/touched'], value: 'yes' },
    ]);
    if ('error' in r1) throw new Error(r1.error);
    checkResult(text, r1);
    expect(missing(comments(text), comments(r1.text))).toEqual([]);
    const docs = parseAllDocuments(r1.text);
    expect(Array.isArray(docs)).toBe(true);
    const changedLines = r1.changes.reduce(
      (n, c) => n + text.slice(c.offset, c.end).split('\n').length - 1 + c.insert.split('\n').length,
      0,
    );
    // The label line, possibly a new `labels:` line. JSON stays JSON: a one-line object that gains a key is laid out anew.
    const json = /^\s*(#.*\n\s*)*[{[]/.test(text);
    expect(changedLines).toBeLessThanOrEqual(json ? 12 : 4);
    if (json) expect(() => JSON.parse(r1.text.replace(/^#.*$/gm, ''))).not.toThrow();
    // And undone, it is the original again (checked in checkResult); the edit is the inverse of a remove.
    const r2 = applyOps(r1.text, [{ op: 'remove', target, path: ['metadata', 'labels', 'netpol-studio/touched'] }]);
    if ('error' in r2) throw new Error(r2.error);
    expect(missing(comments(text), comments(r2.text))).toEqual([]);
  });
});
