/**
 * Hostile and broken input. Every file in fixtures/ states on its first lines
 * what must be reported (`# expect: <rule-id> <line>:<col>`, or `# expect:
 * none`) and why. Each is loaded through loadWorkspace + checkWorkspace; the
 * test asserts the diagnostic and that nothing throws. Large and deeply nested
 * inputs are generated (generated-inputs.ts), not committed. How fast each
 * input is diagnosed (the 1 s budget) is measured by bench/malformed.bench.ts,
 * not asserted here: timings belong in benchmarks, not in unit tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import { checkWorkspace } from '../../src/model/validation/lint.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { blockNesting, flowNesting, hugeAnnotationPolicy, nestedLabelValue } from './generated-inputs.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

interface Expectation {
  rule: string;
  line: number;
  column: number;
}

/** `none` → []; otherwise every `# expect:` line in the leading comment block. */
function readExpectations(text: string): Expectation[] | 'none' {
  const out: Expectation[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.startsWith('#')) break;
    const m = /^# expect: (none|([a-z0-9-]+) (\d+):(\d+))$/.exec(line);
    if (!m) continue;
    if (m[1] === 'none') return 'none';
    out.push({ rule: m[2], line: Number(m[3]), column: Number(m[4]) });
  }
  return out;
}

function check(name: string, text: string): { diagnostics: Diagnostic[] } {
  return { diagnostics: checkWorkspace(loadWorkspace([{ name, text }])) };
}

const show = (ds: Diagnostic[]): string =>
  ds.map((d) => `  ${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`).join('\n') || '  (none)';

function expectDiagnostic(ds: Diagnostic[], e: Expectation): void {
  const hit = ds.some((d) => d.rule === e.rule && d.line === e.line && d.column === e.column);
  expect(hit, `expected ${e.rule} at ${e.line}:${e.column}; got\n${show(ds)}`).toBe(true);
}

const files = readdirSync(FIXTURES).sort();

describe('malformed fixtures', () => {
  it('has at least 40 fixtures, each stating its expectation and why', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const f of files) {
      const text = readFileSync(join(FIXTURES, f), 'utf8');
      const exp = readExpectations(text);
      expect(exp === 'none' || exp.length > 0, `${f} has no # expect: line`).toBe(true);
      expect(/^# why: /m.test(text), `${f} has no # why: line`).toBe(true);
    }
  });

  for (const f of files) {
    it(f, () => {
      // Read as the CLI does (UTF-8; invalid bytes become U+FFFD).
      const text = readFileSync(join(FIXTURES, f), 'utf8');
      const expected = readExpectations(text);
      const { diagnostics } = check(f, text);
      for (const d of diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(d.message).not.toMatch(/\n/);
      }
      if (expected === 'none') {
        expect(
          diagnostics.filter((d) => d.severity !== 'info'),
          show(diagnostics),
        ).toEqual([]);
      } else {
        for (const e of expected) expectDiagnostic(diagnostics, e);
      }
    });
  }

  it('no fixture polluted Object.prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'web')).toBe(false);
  });
});

describe('generated inputs', () => {
  it('a 10 MB file: a huge annotation, then an invalid port', () => {
    const text = hugeAnnotationPolicy();
    expect(text.length).toBeGreaterThan(10_000_000);
    expectDiagnostic(check('big.yaml', text).diagnostics, { rule: 'invalid-port', line: 10, column: 13 });
  });

  it('moderate nesting (100 levels) where a label value is expected', () => {
    // `      app: ` is 11 characters: the outer list starts at column 12 of line 8.
    expectDiagnostic(check('deep.yaml', nestedLabelValue(100)).diagnostics, {
      rule: 'wrong-type',
      line: 8,
      column: 12,
    });
  });

  it('extreme nesting (30 000 flow levels) is a syntax error, not a stack overflow', () => {
    const { diagnostics } = check('deeper.yaml', flowNesting(30_000));
    expect(diagnostics.some((d) => d.rule === 'yaml-syntax' && d.severity === 'error')).toBe(true);
  });

  it('extreme block nesting (5 000 levels of maps) does not throw', () => {
    expect(() => check('deep-block.yaml', blockNesting(5000))).not.toThrow();
  });

  it('a 0-byte file and a whitespace-only file report nothing', () => {
    expect(check('empty.yaml', '').diagnostics).toEqual([]);
    expect(check('blank.yaml', ' \n\n\t\n').diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
