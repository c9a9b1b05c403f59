import { expect } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import { checkWorkspace } from '../../src/model/validation/lint.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';

/** Loads one or more files and runs validation + lint. */
export function check(text: string | Record<string, string>): Diagnostic[] {
  const files =
    typeof text === 'string'
      ? [{ name: 'test.yaml', text }]
      : Object.entries(text).map(([name, t]) => ({ name, text: t }));
  return checkWorkspace(loadWorkspace(files));
}

const show = (ds: Diagnostic[]): string => ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`).join('\n');

/** Asserts a diagnostic with this rule at exactly this line:column. */
export function expectAt(ds: Diagnostic[], rule: string, line: number, column: number): Diagnostic {
  const hit = ds.find((d) => d.rule === rule && d.line === line && d.column === column);
  expect(hit, `expected ${rule} at ${line}:${column}, got:\n${show(ds)}`).toBeDefined();
  return hit!;
}

export function expectNone(ds: Diagnostic[], rule: string): void {
  const hits = ds.filter((d) => d.rule === rule);
  expect(hits, `expected no ${rule}, got:\n${show(hits)}`).toEqual([]);
}

/** Lines of a policy; tests splice their own spec in. */
export const header = (name = 'p', ns = 'default'): string => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}
  namespace: ${ns}
`;
