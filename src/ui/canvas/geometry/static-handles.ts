/**
 * The handles of a card, given to React Flow with the node instead of measured from its DOM.
 *
 * Why: React Flow draws an edge only between nodes whose handles it knows, so with
 * `onlyRenderVisibleElements` it renders every node it has not measured yet, in view or not, just to
 * read its handles. A 5,000-workload paste therefore rendered and laid out all 7,750 cards at once
 * (one 5 s task, then 3.7 s of style and layout) although a dozen were on screen. Declared handles
 * count as known: only the cards in view are rendered, and edges to cards off screen still draw.
 * Our edges float between card boxes (edges/edge-geometry.ts), so these positions only need to be
 * near the DOM's: React Flow replaces them with measured ones once a card is on screen.
 *
 * The boxes mirror the CSS: 6 px ends at the middle of the left and right sides (`.entity__handle`),
 * a 12 px connector on the right where one can drag from (`.entity__connector`), and the namespace
 * box's connector 13 px from its top (`.ns-box__connector`).
 */
import { Position, type NodeHandle } from '@xyflow/react';

const END = 6;
const CONNECTOR = 12;
/** `.ns-box__connector { top: 13px }`. */
const NAMESPACE_CONNECTOR_TOP = 13;

function end(type: 'source' | 'target', width: number, height: number, size = END): NodeHandle {
  const left = type === 'target';
  return {
    type,
    position: left ? Position.Left : Position.Right,
    x: left ? -size / 2 : width - size / 2,
    y: height / 2 - size / 2,
    width: size,
    height: size,
  };
}

/** A workload, peer or CIDR card (nodes/EntityNode.tsx): `connector` when one can drag a rule from it. */
export function entityHandles(width: number, height: number, connector: boolean): NodeHandle[] {
  return [end('target', width, height), end('source', width, height, connector ? CONNECTOR : END)];
}

/** A collapsed namespace card (navigate/CollapsedNamespaceNode.tsx). */
export function collapsedHandles(width: number, height: number): NodeHandle[] {
  return [end('target', width, height), end('source', width, height)];
}

/** A namespace box (nodes/NamespaceNode.tsx): the bundle ends when `ends`, then its connector. */
export function namespaceHandles(width: number, height: number, ends: boolean): NodeHandle[] {
  const connect: NodeHandle = {
    id: 'connect',
    type: 'source',
    position: Position.Right,
    x: width - CONNECTOR / 2,
    y: NAMESPACE_CONNECTOR_TOP,
    width: CONNECTOR,
    height: CONNECTOR,
  };
  return ends ? [end('target', width, height), end('source', width, height), connect] : [connect];
}
