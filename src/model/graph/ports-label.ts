/** Edge labels for a rule's ports: `TCP 8080`, `UDP 53`, `TCP 8000-8100`, `TCP http`, `all ports`. */
import type { PolicyPort } from '../types.ts';

export function portLabel(p: PolicyPort): string {
  if (p.port === undefined) return `${p.protocol} all ports`;
  if (p.endPort !== undefined && typeof p.port === 'number') return `${p.protocol} ${p.port}-${p.endPort}`;
  return `${p.protocol} ${p.port}`;
}

export function portsLabel(ports: readonly PolicyPort[]): string {
  return ports.length === 0 ? 'all ports' : ports.map(portLabel).join(', ');
}
