import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { base64urlDecode, base64urlEncode } from '../../src/model/io/base64url.ts';
import { crc32 } from '../../src/model/io/crc32.ts';
import { decodeShare, encodeShare, hasSharePayload, type SharedWorkspace } from '../../src/model/io/share.ts';

const WORKSPACE: SharedWorkspace = {
  name: 'Boutique — équipe paiements 💳',
  text: `# Politique d'accès: 日本語のコメント ✓
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-web # « web » seulement
  namespace: shop
spec:
  podSelector: {}
`,
  layout: { 'ns:shop': { x: 10.5, y: -20 }, 'wl:shop/web[Deployment]': { x: 1e6, y: 0.125 } },
};

/** A link payload built by hand, to reach decoder branches encodeShare never produces. */
function handmade(json: string, version = '1'): string {
  const deflated = deflateSync(strToU8(json));
  const bytes = new Uint8Array(4 + deflated.length);
  new DataView(bytes.buffer).setUint32(0, crc32(deflated));
  bytes.set(deflated, 4);
  return `#w=${version}.${base64urlEncode(bytes)}`;
}

describe('share links', () => {
  it('round-trips text (with comments and Unicode), layout and name', () => {
    const fragment = encodeShare(WORKSPACE);
    expect(fragment).toMatch(/^#w=1\.[A-Za-z0-9_-]+$/); // base64url, no padding
    expect(decodeShare(fragment)).toEqual({ workspace: WORKSPACE });
    expect(decodeShare(`https://example.test/netpol/?x=1${fragment}`)).toEqual({ workspace: WORKSPACE });
    expect(decodeShare(fragment.slice(1))).toEqual({ workspace: WORKSPACE });
  });

  it('round-trips any workspace text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.option(fc.string(), { nil: undefined }),
        (text, name) => {
          const ws: SharedWorkspace = name === undefined ? { text } : { text, name };
          expect(decodeShare(encodeShare(ws))).toEqual({ workspace: ws });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('says a truncated link is damaged', () => {
    const fragment = encodeShare(WORKSPACE);
    for (const cut of [fragment.length - 1, fragment.length - 7, Math.floor(fragment.length / 2), 10]) {
      const r = decodeShare(fragment.slice(0, cut));
      expect(r).toHaveProperty('error');
      expect((r as { error: string }).error).toMatch(/^This share link is damaged \(.+\)\.$/);
    }
  });

  it('says an altered link is damaged', () => {
    const fragment = encodeShare(WORKSPACE);
    const at = fragment.length - 20;
    const altered = fragment.slice(0, at) + (fragment[at] === 'A' ? 'B' : 'A') + fragment.slice(at + 1);
    expect(decodeShare(altered)).toEqual({
      error: 'This share link is damaged (it was cut off or altered; copy the whole link again).',
    });
  });

  it('explains unknown versions, missing data and foreign characters', () => {
    expect(decodeShare('#w=9.AAAA')).toEqual({
      error: 'This share link is damaged (unknown format version "9"; it may come from a newer netpol-studio).',
    });
    expect(decodeShare('#w=')).toEqual({ error: 'This share link is damaged (it contains no workspace).' });
    expect(decodeShare('#other=1')).toEqual({ error: 'This share link is damaged (it contains no workspace).' });
    expect(decodeShare('#w=abc')).toEqual({ error: 'This share link is damaged (its format version is missing).' });
    expect(decodeShare('#w=1.ab+c/d==')).toEqual({
      error:
        'This share link is damaged (it contains characters that do not belong in a share link, or it was cut off).',
    });
  });

  it('rejects content that is not a workspace', () => {
    expect(decodeShare(handmade('not json'))).toEqual({
      error: 'This share link is damaged (its content is not readable).',
    });
    expect(decodeShare(handmade('{"layout": {}}'))).toEqual({
      error: 'This share link is damaged (its content is not a workspace).',
    });
    expect(decodeShare(handmade('{"text": "a", "name": 5}'))).toEqual({
      error: 'This share link is damaged (its content is not a workspace).',
    });
  });

  it('refuses to decompress beyond the size limit (zip bomb)', () => {
    const bomb = handmade(JSON.stringify({ text: ' '.repeat(21 * 1024 * 1024) }));
    expect(bomb.length).toBeLessThan(100_000); // a short link…
    expect(decodeShare(bomb)).toEqual({
      error: 'This share link is damaged (its workspace would be larger than 20 MB).',
    });
    const small = handmade(JSON.stringify({ text: 'x'.repeat(5000) }));
    expect(decodeShare(small, { maxBytes: 1000 })).toHaveProperty('error');
    expect(decodeShare(small)).toHaveProperty('workspace');
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = decodeShare(`#w=1.${s}`);
        expect('error' in r || 'workspace' in r).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('recognises URLs that carry a workspace', () => {
    expect(hasSharePayload(`https://x.test/${encodeShare({ text: '' })}`)).toBe(true);
    expect(hasSharePayload('https://x.test/#section')).toBe(false);
  });

  it('drops layout entries that are not finite positions and keeps odd node ids as keys', () => {
    const r = decodeShare(
      handmade('{"text":"t","layout":{"a":{"x":1,"y":2},"b":{"x":"1","y":2},"__proto__":{"x":3,"y":4}}}'),
    );
    expect('workspace' in r && r.workspace.layout && Object.keys(r.workspace.layout)).toEqual(['a', '__proto__']);
    expect('workspace' in r && Object.getPrototypeOf(r.workspace.layout)).toBe(Object.prototype);
  });
});

describe('base64url', () => {
  it('round-trips bytes and matches RFC 4648 vectors without padding', () => {
    const enc = (s: string) => base64urlEncode(strToU8(s));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual([
      '',
      'Zg',
      'Zm8',
      'Zm9v',
      'Zm9vYg',
      'Zm9vYmE',
      'Zm9vYmFy',
    ]);
    expect(base64urlEncode(new Uint8Array([251, 255]))).toBe('-_8');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(base64urlDecode(base64urlEncode(bytes))).toEqual(bytes);
      }),
    );
    expect(base64urlDecode('Zm9vY')).toBeNull(); // impossible length
  });
});
