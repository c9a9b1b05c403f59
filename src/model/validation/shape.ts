/**
 * Type checks for the JSON shape Kubernetes decodes into: a map where a struct
 * is expected, a list where a slice is, a string, an integer. Each accessor
 * follows aliases, treats null as "absent" (as the API server's decoder does),
 * and reports `wrong-type` at the offending value otherwise.
 */
import type { Node, YAMLMap, YAMLSeq } from 'yaml';
import type { MessageRef } from '../text/message.ts';
import { say } from './messages.ts';
import { describeNode, fieldsOf, isMap, isNullNode, isScalar, isSeq, type Field, type Reporter } from './context.ts';

export function asMap(r: Reporter, node: unknown, path: string): YAMLMap | undefined {
  const n = r.deref(node);
  if (isNullNode(n)) return undefined;
  if (isMap(n)) return n;
  r.error(n, 'wrong-type', say('mustBeMap', { path, found: describeNode(n) }));
  return undefined;
}

export function asSeq(r: Reporter, node: unknown, path: string): YAMLSeq | undefined {
  const n = r.deref(node);
  if (isNullNode(n)) return undefined;
  if (isSeq(n)) return n;
  r.error(n, 'wrong-type', say('mustBeList', { path, found: describeNode(n) }));
  return undefined;
}

export interface StringValue {
  value: string;
  node: Node;
}

export function asString(r: Reporter, node: unknown, path: string, hint?: MessageRef): StringValue | undefined {
  const n = r.deref(node);
  if (isNullNode(n)) return undefined;
  if (isScalar(n) && typeof n.value === 'string') return { value: n.value, node: n };
  r.error(n, 'wrong-type', say('mustBeString', { path, found: describeNode(n), hint: hint ?? '' }));
  return undefined;
}

export interface IntValue {
  value: number;
  node: Node;
}

/** int32 fields such as endPort. */
export function asInt(r: Reporter, node: unknown, path: string): IntValue | undefined {
  const n = r.deref(node);
  if (isNullNode(n)) return undefined;
  if (isScalar(n) && typeof n.value === 'number' && Number.isInteger(n.value)) return { value: n.value, node: n };
  r.error(n, 'wrong-type', say('mustBeInteger', { path, found: describeNode(n) }));
  return undefined;
}

/**
 * The fields of a struct-like map. Keys that are not strings are `wrong-type`
 * errors; keys not in `known` are `unknown-field` warnings (the API server
 * drops or rejects them, so what the user meant is not applied).
 */
export function structFields(r: Reporter, map: YAMLMap, path: string, known: readonly string[]): Field[] {
  const { fields, badKeys } = fieldsOf(map);
  for (const pair of badKeys) {
    r.error(pair.key ?? pair, 'wrong-type', say('keysMustBeStrings', { path, found: describeNode(r.deref(pair.key)) }));
  }
  for (const f of fields) {
    if (!known.includes(f.name)) {
      r.warning(
        f.key,
        'unknown-field',
        say('unknownField', { name: JSON.stringify(f.name), path, known: known.join(', ') }),
      );
    }
  }
  return fields.filter((f) => known.includes(f.name));
}

export function field(fields: readonly Field[], name: string): Field | undefined {
  return fields.find((f) => f.name === name);
}
