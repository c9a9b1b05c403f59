// Issue 12, "nothing lost, nothing injected": the editor (paste), Import and the CLI read the same
// inputs the same way. Each odd input below is fed to all three; they must agree on accepting or
// refusing it, on the kind of message and on where it points.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, type CliIO } from '../../src/cli/main.ts';
import { importFileFromBytes, importFiles } from '../../src/model/io/import.ts';
import { READING_RULES } from '../../src/model/validation/index.ts';
import { AnalysisCaches } from '../../src/state/analysis-caches.ts';
import { analyse } from '../../src/state/analyse.ts';

type Kind = 'syntax' | 'too-deep' | 'not-utf8' | 'control-character' | 'alias-bomb';
type Answer = { accepted: true } | { accepted: false; kind: Kind; line: number; column: number; message: string };

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

const NS = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`;
const LISTING = '/work/shared/seed/listing-06.yaml';
const listing = existsSync(LISTING) ? readFileSync(LISTING, 'utf8') : `# three tiers\n---\n${NS('production')}`;

function nestedMaps(depth: number): string {
  const lines = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:`);
  return `${NS('deep')}data:\n${lines.map((l) => `  ${l}`).join('\n')} end\n`;
}

interface Case {
  name: string;
  /** File name for Import and the CLI (the editor has none). */
  file?: string;
  content: string | Uint8Array;
  expected: 'accept' | Kind;
}

const CASES: Case[] = [
  { name: 'the three-tier listing (comment before its first ---)', content: listing, expected: 'accept' },
  {
    name: 'merged listings: a comment-only document between two ---',
    content: `${NS('a')}---\n# listing two\n---\n${NS('b')}`,
    expected: 'accept',
  },
  { name: 'empty documents (---\\n---)', content: `---\n---\n${NS('a')}---\n---\n`, expected: 'accept' },
  { name: 'a trailing ---', content: `${NS('a')}---\n`, expected: 'accept' },
  { name: 'only separators', content: '---\n---\n...\n', expected: 'accept' },
  { name: 'a byte-order mark', content: bytes([0xef, 0xbb, 0xbf], NS('a')), expected: 'accept' },
  { name: 'CRLF line ends', content: `${NS('a')}---\n${NS('b')}`.replace(/\n/g, '\r\n'), expected: 'accept' },
  { name: 'a bare scalar document', content: `${NS('a')}---\njust a string\n`, expected: 'accept' },
  {
    name: 'a List with a null item',
    content: `apiVersion: v1\nkind: List\nitems:\n  - null\n  - ${NS('a').replace(/\n(?=.)/g, '\n    ')}`,
    expected: 'accept',
  },
  { name: 'a top-level list of strings', content: '- a\n- b\n', expected: 'accept' },
  {
    name: 'a JSON file',
    file: 'ns.json',
    content: '{\n  "apiVersion": "v1",\n  "kind": "Namespace",\n  "metadata": {"name": "a"}\n}\n',
    expected: 'accept',
  },
  { name: 'a JSON file holding a plain value', file: 'v.json', content: '"hello"\n', expected: 'accept' },
  {
    name: 'a U+FFFD written in a label (valid UTF-8)',
    content: `${NS('a')}  labels: {x: "\uFFFD"}\n`,
    expected: 'accept',
  },
  { name: '200 levels of nesting (below the limit)', content: nestedMaps(200), expected: 'accept' },
  {
    name: 'invalid UTF-8 (a lone 0xFF)',
    content: bytes(NS('a'), '  labels: {x: "', [0xff], '"}\n'),
    expected: 'not-utf8',
  },
  { name: 'invalid UTF-8 (a truncated sequence)', content: bytes('a: "\u00e9', [0xc3], '"\n'), expected: 'not-utf8' },
  { name: 'a NUL byte', content: `${NS('a')}  labels: {x: "a\u0000b"}\n`, expected: 'control-character' },
  {
    name: 'a tab-indented document',
    content: 'apiVersion: v1\nkind: Namespace\nmetadata:\n\tname: a\n',
    expected: 'syntax',
  },
  { name: 'an unclosed quote', content: `${NS('a')}---\nkind: "Namespace\n`, expected: 'syntax' },
  { name: '50,000 nested [', content: `${'['.repeat(50_000)}${']'.repeat(50_000)}\n`, expected: 'too-deep' },
  {
    name: '50,000 nested flow maps',
    content: `${'{a: '.repeat(50_000)}1${'}'.repeat(50_000)}\n`,
    expected: 'too-deep',
  },
  { name: '50,000 compact block sequences', content: `${'- '.repeat(50_000)}x\n`, expected: 'too-deep' },
  { name: '300 levels of block maps', content: nestedMaps(300), expected: 'too-deep' },
  {
    name: '50,000 nested [ in a .json file',
    file: 'deep.json',
    content: `${'['.repeat(50_000)}${']'.repeat(50_000)}\n`,
    expected: 'too-deep',
  },
  {
    name: 'an alias bomb',
    content: `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n`,
    expected: 'alias-bomb',
  },
];

function kindOf(message: string): Kind {
  if (/^Nested deeper than 256 levels at line \d+, column \d+/.test(message)) return 'too-deep';
  if (/^Not valid UTF-8: the byte 0x[0-9A-F]{2} at byte offset \d+/.test(message)) return 'not-utf8';
  if (/control character U\+00/.test(message)) return 'control-character';
  if (/alias bomb/.test(message)) return 'alias-bomb';
  return 'syntax';
}

const refused = (line: number, column: number, message: string): Answer => ({
  accepted: false,
  kind: kindOf(message),
  line,
  column,
  message,
});

/** The editor: the store's analysis of the pasted text; a reading error is what the CLI would refuse. */
function paste(text: string): Answer {
  const found = analyse(text, new AnalysisCaches()).diagnostics.filter(
    (d) => d.severity === 'error' && READING_RULES.has(d.rule),
  );
  found.sort((a, b) => a.offset - b.offset);
  return found.length === 0 ? { accepted: true } : refused(found[0].line, found[0].column, found[0].message);
}

function importAnswer(name: string, content: Uint8Array): Answer {
  const r = importFiles('', [importFileFromBytes(name, content)], 'replace');
  return 'error' in r ? refused(r.error.line, r.error.column, r.error.message) : { accepted: true };
}

async function cliAnswer(name: string, content: Uint8Array): Promise<Answer> {
  let stderr = '';
  const io: CliIO = {
    stdout: () => undefined,
    stderr: (t) => void (stderr += t),
    readFile: async () => content,
    pathKind: async () => 'file',
    readDir: async () => [],
    joinPath: (a, b) => `${a}/${b}`,
  };
  const code = await run(['connlist', name], io);
  const m = /^netpol-studio: .*?:(\d+):(\d+): cannot read: (.*?)(?: \(and \d+ more; see netpol-studio lint\))?\n$/.exec(
    stderr,
  );
  if (code === 0) return { accepted: true };
  expect(m, `the CLI's refusal names file:line:column: ${stderr}`).not.toBeNull();
  return refused(Number(m![1]), Number(m![2]), m![3]);
}

describe('paste, Import and the CLI accept and refuse the same inputs', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const file = c.file ?? 'case.yaml';
      const content = typeof c.content === 'string' ? utf8(c.content) : c.content;
      const decoded = new TextDecoder('utf-8', { fatal: false }).decode(content);
      const fromImport = importAnswer(file, content);
      const fromCli = await cliAnswer(file, content);
      // Paste carries characters, not bytes: bytes that are not UTF-8 cannot reach the editor.
      const fromPaste = c.expected === 'not-utf8' ? fromImport : paste(decoded);

      const expected = c.expected === 'accept' ? { accepted: true } : { accepted: false, kind: c.expected };
      for (const [channel, answer] of [
        ['paste', fromPaste],
        ['import', fromImport],
        ['cli', fromCli],
      ] as const) {
        expect(answer, channel).toMatchObject(expected);
      }
      if (!fromImport.accepted) {
        // The same place and the same words everywhere.
        expect(fromCli).toEqual(fromImport);
        expect(fromPaste).toEqual(fromImport);
      }
    });
  }

  it('bytes that are not UTF-8 are refused at their byte offset, line and column', () => {
    const r = importAnswer('x.yaml', bytes('a: 1\nb: "\u00e9', [0xff], '"\n'));
    expect(r).toEqual({
      accepted: false,
      kind: 'not-utf8',
      line: 2,
      column: 6,
      message:
        'Not valid UTF-8: the byte 0xFF at byte offset 11 does not start a UTF-8 character; save the file as UTF-8.',
    });
  });
});
