/** The navigation tests' workspace and its graph. */
import { deriveGraph } from '../../src/model/graph/index.ts';
import type { PolicyGraph } from '../../src/model/graph/types.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';

export { TWO_NAMESPACES } from './two-namespaces.ts';

export const graphOf = (text: string): PolicyGraph => deriveGraph(loadWorkspace([{ name: 'g.yaml', text }]));
