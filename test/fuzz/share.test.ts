/**
 * Fuzzing the share-link codec (src/model/io/share.ts), whose input comes from chats and tickets: any
 * workspace survives encode → decode unchanged; any string, any altered link and any well-framed but foreign
 * payload decodes to a workspace or to one sentence saying the link is damaged, never an exception.
 */
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { base64urlEncode } from '../../src/model/io/base64url.ts';
import { crc32 } from '../../src/model/io/crc32.ts';
import { decodeShare, encodeShare, type SharedWorkspace } from '../../src/model/io/share.ts';
import { fcParams, FUZZ_SEED } from './fuzz-seed.ts';

const DAMAGED = /^This share link is damaged \(.+\)\.$/;

/** Positions as JSON carries them: finite, and -0 is 0. */
const coordinate = fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v));
const nodeId = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'wl:shop/web[Deployment]', 'ns:shop'),
);
const workspaceArb: fc.Arbitrary<SharedWorkspace> = fc.record(
  {
    text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 800 }), fc.string({ unit: 'binary', maxLength: 500 })),
    name: fc.string({ unit: 'grapheme', maxLength: 60 }),
    layout: fc.dictionary(nodeId, fc.record({ x: coordinate, y: coordinate }), { maxKeys: 12 }),
  },
  { requiredKeys: ['text'] },
);

/** What a decode may return: the workspace itself, or a damaged-link sentence. */
function expectWorkspaceOrSentence(input: string): ReturnType<typeof decodeShare> {
  const r = decodeShare(input);
  if ('error' in r) expect(r.error).toMatch(DAMAGED);
  else expect(typeof r.workspace.text).toBe('string');
  return r;
}

/** A link framed as encodeShare frames it (version, CRC, deflate) around bytes it would never produce. */
function framed(payload: Uint8Array): string {
  const deflated = deflateSync(payload);
  const bytes = new Uint8Array(4 + deflated.length);
  new DataView(bytes.buffer).setUint32(0, crc32(deflated));
  bytes.set(deflated, 4);
  return `#w=1.${base64urlEncode(bytes)}`;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe(`share codec fuzzing (FUZZ_SEED=${FUZZ_SEED})`, () => {
  it('decode(encode(workspace)) is the workspace', () => {
    fc.assert(
      fc.property(workspaceArb, (ws) => {
        expect(decodeShare(encodeShare(ws))).toEqual({ workspace: ws });
      }),
      fcParams(1500),
    );
  });

  it('any string decodes to a workspace or a damaged-link sentence', () => {
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .tuple(fc.constantFrom('#w=', 'w=', '#w=1.', 'https://x.test/#w=1.', '#a=1&w=1.'), fc.string())
        .map(([p, s]) => p + s),
      fc
        .tuple(fc.constantFrom('#w=1.', 'w=1.'), fc.string({ unit: fc.constantFrom(...BASE64URL), maxLength: 400 }))
        .map(([p, s]) => p + s),
    );
    fc.assert(
      fc.property(input, (s) => void expectWorkspaceOrSentence(s)),
      fcParams(2500),
    );
  });

  it('an altered or cut link decodes to the same workspace or a damaged-link sentence', () => {
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat(8),
      insert: fc.string({ unit: fc.constantFrom(...BASE64URL, '=', '%', ' ', '#', '&', '.'), maxLength: 3 }),
    });
    fc.assert(
      fc.property(workspaceArb, edit, (ws, e) => {
        const link = encodeShare(ws);
        const at = e.at % (link.length + 1);
        const altered = link.slice(0, at) + e.insert + link.slice(at + e.cut);
        const r = expectWorkspaceOrSentence(altered);
        // A change that survives the checksum can only be one that leaves the bytes as they were.
        if ('workspace' in r && altered !== link) expect(r.workspace).toEqual(ws);
      }),
      fcParams(1500),
    );
  });

  it('a well-framed payload that is not a workspace gets a sentence, not an exception', () => {
    const payload = fc.oneof(
      fc.jsonValue().map((v) => strToU8(JSON.stringify(v) ?? 'undefined')),
      fc
        .record({ text: fc.anything(), layout: fc.anything(), name: fc.anything() })
        .map((v) => strToU8(JSON.stringify(v))),
      fc.uint8Array({ maxLength: 200 }),
    );
    fc.assert(
      fc.property(payload, (p) => void expectWorkspaceOrSentence(framed(p))),
      fcParams(1000),
    );
  });
});
