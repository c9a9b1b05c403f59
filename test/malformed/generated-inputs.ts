/**
 * Hostile inputs too large to commit, generated on demand. Shared by the
 * malformed suite (which asserts the diagnostics) and bench/malformed.bench.ts
 * (which measures how long each takes against the 1 s budget).
 */

/** A 10 MB NetworkPolicy: one huge annotation, then `port: 0` at line 10, column 13. */
export function hugeAnnotationPolicy(): string {
  const blob = 'x'.repeat(10 * 1024 * 1024);
  return [
    'apiVersion: networking.k8s.io/v1', // 1
    'kind: NetworkPolicy', // 2
    'metadata:', // 3
    '  name: big', // 4
    '  annotations:', // 5
    `    blob: ${blob}`, // 6
    'spec:', // 7
    '  ingress:', // 8
    '  - ports:', // 9
    '    - port: 0', // 10: the value starts at column 13
    '',
  ].join('\n');
}

/** `depth` nested flow lists where a label value is expected: the outer list is at line 8, column 12. */
export function nestedLabelValue(depth: number): string {
  return `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deep\nspec:\n  podSelector:\n    matchLabels:\n      app: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

/** A document that is nothing but `depth` nested flow lists. */
export function flowNesting(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

/** `depth` levels of block maps, each indented one column deeper. */
export function blockNesting(depth: number): string {
  const lines: string[] = [];
  for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(i)}k${i}:`);
  return `${lines.join('\n')} x\n`;
}
