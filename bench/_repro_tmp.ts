import ELK from 'elkjs/lib/elk.bundled.js';
import { generate } from '/work/main/bench/generate.ts';
import { deriveGraph } from '/work/main/src/model/graph.ts';
import { loadWorkspace } from '/work/main/src/model/workspace.ts';
import { toElk } from '/work/main/src/ui/layout/elk-graph.ts';
const [a,b,c] = (process.argv[2] ?? '20,200,60').split(',').map(Number);
const g = deriveGraph(loadWorkspace([{ name: 'g.yaml', text: generate({ namespaces: a, workloads: b, policies: c }) }]));
console.log('nodes', g.nodes.length, 'edges', g.edges.length, [...new Set(g.nodes.map(n=>n.kind))]);
const input = toElk(g);
const t = Date.now();
try { const r = await new ELK().layout(input); console.log('ok', Date.now()-t, r.children!.length); } catch (e) { console.log('FAIL', Date.now()-t, String(e)); }
