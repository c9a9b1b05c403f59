/**
 * A save's Result as plain data, to cross a worker's port: a structured clone
 * keeps an Error's message but not its class or its `kind`, and the page
 * decides by `kind` (a conflict asks the person, a full storage is reported)
 * and shows `message`. Nothing on the page reads more of a save's error.
 */
import { fail, ok, PersistenceError, type PersistenceErrorKind, type Result } from './errors.ts';

export type WireResult<T> =
  { ok: true; value: T } | { ok: false; kind: PersistenceErrorKind; name: string; message: string };

export function resultToWire<T>(result: Result<T>): WireResult<T> {
  if (result.ok) return result;
  const { kind, name, message } = result.error;
  return { ok: false, kind, name, message };
}

/** The page's side: a PersistenceError of the same kind, name and message. */
export function resultFromWire<T>(wire: WireResult<T>): Result<T> {
  if (wire.ok) return ok(wire.value);
  const error = new PersistenceError(wire.kind, wire.message);
  error.name = wire.name;
  return fail(error);
}
