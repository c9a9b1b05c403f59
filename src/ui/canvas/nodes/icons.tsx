/** Small inline icons (no icon font: nothing to fetch, nothing for the CSP to block). */
import type { GraphNodeKind } from '../../../model/graph/types.ts';

const paths: Record<GraphNodeKind, string> = {
  // stacked layers
  namespace: 'M12 3 2 8l10 5 10-5-10-5Zm-7.6 9L2 13.2l10 5 10-5-2.4-1.2-7.6 3.8-7.6-3.8Z',
  // cube
  workload:
    'M12 2 3 6.5v11L12 22l9-4.5v-11L12 2Zm0 2.2 6.6 3.3L12 10.8 5.4 7.5 12 4.2ZM5 9.1l6 3v7.6l-6-3V9.1Zm8 10.6v-7.6l6-3v7.6l-6 3Z',
  // tag
  inferred: 'M3 3h8.6l9.4 9.4-8.6 8.6L3 11.6V3Zm4.5 3A1.5 1.5 0 1 0 7.5 9a1.5 1.5 0 0 0 0-3Z',
  // network
  cidr: 'M11 2h2v4h4v4h-4v2h6v4h2v6h-6v-6h2v-2H7v2h2v6H3v-6h2v-4h6v-2H7V6h4V2Z',
  // group of dots
  'namespace-pods':
    'M6 4a3 3 0 1 1 0 6 3 3 0 0 1 0-6Zm12 0a3 3 0 1 1 0 6 3 3 0 0 1 0-6ZM6 14a3 3 0 1 1 0 6 3 3 0 0 1 0-6Zm12 0a3 3 0 1 1 0 6 3 3 0 0 1 0-6Z',
  // grid
  'all-namespaces': 'M3 3h8v8H3V3Zm10 0h8v8h-8V3ZM3 13h8v8H3v-8Zm10 0h8v8h-8v-8Z',
  // globe
  anywhere:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 9h-3a15.6 15.6 0 0 0-1.3-6.1A8 8 0 0 1 18.9 11ZM12 4.1c.9 1.3 1.8 3.7 1.9 6.9h-3.8c.1-3.2 1-5.6 1.9-6.9ZM9.4 4.9A15.6 15.6 0 0 0 8.1 11h-3a8 8 0 0 1 4.3-6.1ZM5.1 13h3c.1 2.4.6 4.5 1.3 6.1A8 8 0 0 1 5.1 13Zm6.9 6.9c-.9-1.3-1.8-3.7-1.9-6.9h3.8c-.1 3.2-1 5.6-1.9 6.9Zm2.6-.8c.7-1.6 1.2-3.7 1.3-6.1h3a8 8 0 0 1-4.3 6.1Z',
  // door with an arrow in: where outside traffic enters
  'ingress-controller':
    'M4 3h10v4h-2V5H6v14h6v-2h2v4H4V3Zm11.6 5.4L19.2 12l-3.6 3.6-1.4-1.4 1.2-1.2H9v-2h6.4l-1.2-1.2 1.4-1.4Z',
  // circle with a question mark: not analysed
  'not-analysed':
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-.1 3a3.4 3.4 0 0 0-3.4 3h2a1.4 1.4 0 1 1 2 1.3c-.9.5-1.5 1.2-1.5 2.2v.5h2v-.4c0-.3.2-.6.6-.8A3.4 3.4 0 0 0 11.9 7ZM11 16h2v2h-2v-2Z',
};

export function KindIcon({ kind, size = 16 }: { kind: GraphNodeKind; size?: number }) {
  return (
    <svg className="kind-icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
      <path d={paths[kind]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
