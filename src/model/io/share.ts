/**
 * Share links: the whole workspace (text, node positions, name) inside the URL
 * fragment, `#w=<version>.<base64url(crc32 ‖ deflate(json))>`. The fragment
 * never leaves the browser (not sent to any server), which keeps the app's
 * "no request leaves the page" promise.
 *
 * Decoding never throws: a link is user input from chats and tickets, so every
 * failure becomes one sentence for a person. Decompression is bounded so a
 * crafted link cannot blow up memory (a deflate stream can expand ~1000×).
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { base64urlDecode, base64urlEncode } from './base64url.ts';
import { crc32 } from './crc32.ts';

export interface LayoutPosition {
  x: number;
  y: number;
}

export interface SharedWorkspace {
  text: string;
  /** Node positions by stable node id. */
  layout?: Record<string, LayoutPosition>;
  name?: string;
}

export type ShareDecodeResult = { workspace: SharedWorkspace } | { error: string };

/** Current format; bump it when the payload changes and keep decoding the old ones. */
export const SHARE_FORMAT_VERSION = '1';
/** Largest decompressed payload a link may carry. */
export const MAX_SHARE_BYTES = 20 * 1024 * 1024;

const PARAM = 'w';
/** Input slice fed to the inflater per step; bounds how far past the limit one step can go. */
const STEP = 1024;

/** Returns the fragment, starting with `#`, to append to the app's URL. */
export function encodeShare(workspace: SharedWorkspace): string {
  const payload: SharedWorkspace = { text: workspace.text };
  // Only positions travel: callers may pass richer boxes (sizes are recomputed on load).
  if (workspace.layout) {
    payload.layout = Object.fromEntries(Object.entries(workspace.layout).map(([id, p]) => [id, { x: p.x, y: p.y }]));
  }
  if (workspace.name !== undefined) payload.name = workspace.name;
  const deflated = deflateSync(strToU8(JSON.stringify(payload)), { level: 9 });
  const bytes = new Uint8Array(4 + deflated.length);
  new DataView(bytes.buffer).setUint32(0, crc32(deflated));
  bytes.set(deflated, 4);
  return `#${PARAM}=${SHARE_FORMAT_VERSION}.${base64urlEncode(bytes)}`;
}

/** True when a URL or fragment carries a share payload, so the app knows to try decoding it. */
export function hasSharePayload(urlOrFragment: string): boolean {
  return findParam(urlOrFragment) !== null;
}

/** Accepts a whole URL, a `#w=…` fragment or the bare `w=…` parameter. */
export function decodeShare(urlOrFragment: string, options: { maxBytes?: number } = {}): ShareDecodeResult {
  const maxBytes = options.maxBytes ?? MAX_SHARE_BYTES;
  const value = findParam(urlOrFragment);
  if (value === null || value === '') return damaged('it contains no workspace');
  const dot = value.indexOf('.');
  if (dot < 0) return damaged('its format version is missing');
  const version = value.slice(0, dot);
  if (version !== SHARE_FORMAT_VERSION) {
    return damaged(`unknown format version "${version.slice(0, 12)}"; it may come from a newer netpol-studio`);
  }
  const data = value.slice(dot + 1);
  // base64 is 4/3 of the bytes; anything longer cannot be a payload we would accept.
  if (data.length > (maxBytes * 4) / 3 + 16) return damaged('it is far larger than any workspace this app opens');
  const bytes = base64urlDecode(data);
  if (bytes === null) return damaged('it contains characters that do not belong in a share link, or it was cut off');
  if (bytes.length < 5) return damaged('it was cut off');
  const deflated = bytes.subarray(4);
  const expected = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  if (crc32(deflated) !== expected) return damaged('it was cut off or altered; copy the whole link again');

  const inflated = inflateBounded(deflated, maxBytes);
  if ('error' in inflated) return damaged(inflated.error);
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(inflated.bytes));
  } catch {
    return damaged('its content is not readable');
  }
  const workspace = validate(parsed);
  return workspace ? { workspace } : damaged('its content is not a workspace');
}

function damaged(why: string): { error: string } {
  return { error: `This share link is damaged (${why}).` };
}

function findParam(input: string): string | null {
  const s = input.trim();
  const hash = s.indexOf('#');
  const fragment = hash >= 0 ? s.slice(hash + 1) : s;
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${PARAM}=`)) return part.slice(PARAM.length + 1);
  }
  return null;
}

class TooLarge extends Error {}

function inflateBounded(data: Uint8Array, maxBytes: number): { bytes: Uint8Array } | { error: string } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new TooLarge();
    chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += STEP) {
      inflater.push(data.subarray(i, Math.min(i + STEP, data.length)), i + STEP >= data.length);
    }
  } catch (e) {
    if (e instanceof TooLarge)
      return { error: `its workspace would be larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };
    return { error: 'its compressed data is invalid' };
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return { bytes: out };
}

/** Checks the decoded JSON's shape; drops layout entries that are not finite positions. */
function validate(value: unknown): SharedWorkspace | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string') return null;
  const out: SharedWorkspace = { text: v.text };
  if (v.name !== undefined) {
    if (typeof v.name !== 'string') return null;
    out.name = v.name;
  }
  if (v.layout !== undefined) {
    if (typeof v.layout !== 'object' || v.layout === null || Array.isArray(v.layout)) return null;
    const layout: Record<string, LayoutPosition> = {};
    for (const [id, p] of Object.entries(v.layout as Record<string, unknown>)) {
      const pos = p as Record<string, unknown> | null;
      if (!pos || !Number.isFinite(pos.x) || !Number.isFinite(pos.y)) continue;
      // defineProperty: a node id such as `__proto__` must stay a plain key.
      Object.defineProperty(layout, id, {
        value: { x: pos.x, y: pos.y },
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    out.layout = layout;
  }
  return out;
}
