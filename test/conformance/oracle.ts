/**
 * Locating and reading the external oracle corpus (../shared/oracle, see its README).
 * ORACLE_DIR overrides the path; when the folder is absent the suites skip loudly.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../../src/model/manifests/source.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ORACLE_DIR = process.env.ORACLE_DIR
  ? resolve(process.env.ORACLE_DIR)
  : resolve(projectRoot, '../shared/oracle');

/**
 * True when `sub` exists in the oracle; otherwise warns once per suite so a skip is never silent.
 * `suite` names the suite in that warning (by default `sub`).
 */
export function oraclePresent(sub: string, suite = sub): boolean {
  const p = join(ORACLE_DIR, sub);
  if (existsSync(p)) return true;
  console.warn(
    `\n*** ORACLE MISSING: ${p} not found — conformance suite "${suite}" is SKIPPED. Set ORACLE_DIR to run it. ***\n`,
  );
  return false;
}

/** Every file under `dir`, recursively, sorted (the analyzer reads a whole directory as one cluster). */
export function readTree(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/i.test(f)) out.push({ name: p, text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

/** The paths of every YAML file (.yaml, .yml) under `dir`, recursively, sorted. */
export function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFilesUnder(path);
      return /\.ya?ml$/i.test(name) ? [path] : [];
    });
}

/** Rows of a TSV file with a header line, as objects keyed by column name. */
export function readTsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  const cols = header.split('\t');
  return lines.map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}
