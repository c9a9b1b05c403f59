/**
 * src/model and src/sync hold no module-level mutable state (issue 9): their
 * caches are objects that the caller creates and passes in (WorkspaceReader,
 * GraphCache), so two owners — two stores, two tests, the CLI and the app —
 * never see each other's texts. module-state.ts says what counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findModuleState } from './module-state.ts';

const ROOT = join(import.meta.dirname, '../..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

const names = (text: string) => findModuleState('planted.ts', text).map((s) => s.name);

describe('the module-state check', () => {
  it('reports let, var and mutable Maps, Sets and class instances at the top level', () => {
    const planted = [
      'let last: string | undefined;',
      'export var count = 0;',
      'const cache = new Map<string, number>();',
      'export const seen: Set<string> = new Set();',
      'const memo = new Map() as Map<string, string>;',
      'const graphs = new GraphCache();',
    ].join('\n');
    expect(names(planted)).toEqual(['last', 'count', 'cache', 'seen', 'memo', 'graphs']);
  });

  it('allows constants, constant tables typed read-only, weak memos and anything inside functions', () => {
    const allowed = [
      "const NAME = 'x';",
      "const KINDS: ReadonlySet<string> = new Set(['Pod']);",
      'export const BY_ID: ReadonlyMap<string, number> = new Map([["a", 1]]);',
      'const validated = new WeakMap<object, boolean>();',
      'declare let injected: number;',
      'function f() { let x = 0; const m = new Map(); return [x, m]; }',
      'class C { private cache = new Map(); static n = 0; }',
    ].join('\n');
    expect(names(allowed)).toEqual([]);
  });

  it('finds none in src/model and src/sync', () => {
    const found = ['src/model', 'src/sync'].flatMap((dir) =>
      tsFiles(join(ROOT, dir)).flatMap((file) =>
        findModuleState(file, readFileSync(file, 'utf8')).map(
          (s) => `${relative(ROOT, file)}:${s.line} ${s.name}: ${s.why}`,
        ),
      ),
    );
    expect(found).toEqual([]);
  });
});
