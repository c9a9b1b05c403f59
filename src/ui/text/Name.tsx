/**
 * A user-supplied name (workspace, object, label, policy id) shown inside UI
 * text: a <bdi>, so its own direction, and any bidi control it holds (U+202E),
 * never reorders the sentence around it.
 */
import type { ReactNode } from 'react';
import { messageParts } from '../../state/named.ts';

// `children` is optional for <Trans components={{ name: <Name /> }}>, which fills it in.
export function Name({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    <bdi className={className ? `name ${className}` : 'name'} data-name="">
      {children}
    </bdi>
  );
}

/** A sentence built with named(): each name in it rendered as a <Name>. */
export function MessageText({ text }: { text: string }) {
  return <>{messageParts(text).map((p, i) => (p.isName ? <Name key={i}>{p.text}</Name> : p.text))}</>;
}
