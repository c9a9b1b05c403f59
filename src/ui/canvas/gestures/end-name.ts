/**
 * How an end of a flow is named to the user. A namespace box stands for all
 * pods in it: that is a sentence, so it is a Message translated where shown.
 */
import type { GraphNode } from '../../../model/graph/types.ts';
import { message, type Text } from '../../../state/message.ts';

export const endName = (n: GraphNode): Text =>
  n.kind === 'namespace' && n.namespace !== undefined ? message('ui-canvas:allPodsIn', { name: n.namespace }) : n.label;
