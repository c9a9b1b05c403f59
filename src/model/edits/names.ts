/**
 * Names the planner invents (new policies) must be valid DNS-1123 subdomains
 * and must not collide with an existing policy of the namespace.
 */
import type { Workspace } from '../types.ts';

/** Lowercase, `[a-z0-9-.]`, no leading/trailing punctuation, at most 253 characters. */
export function dnsName(raw: string): string {
  const s = raw
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return (s || 'x').slice(0, 240).replace(/[-.]+$/, '');
}

/** `base`, or `base-2`, `base-3`... whichever no policy of the namespace uses. */
export function uniquePolicyName(
  ws: Workspace,
  namespace: string,
  base: string,
  taken: Set<string> = new Set(),
): string {
  const used = new Set(ws.policies.filter((p) => p.namespace === namespace).map((p) => p.name));
  for (const t of taken) used.add(t);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) {
    const name = `${base}-${i}`;
    if (!used.has(name)) return name;
  }
}
