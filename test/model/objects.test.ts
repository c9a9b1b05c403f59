/** The one reader of manifests: what it finds in a document, where, and under which identity. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { controllerOwner, MAX_LIST_DEPTH, ownerReferences, readDocument } from '../../src/model/manifests/objects.ts';
import { isClusterScoped, kindInfo } from '../../src/model/manifests/kinds.ts';

const read = (text: string, docIndex = 0) => readDocument(parseDocument(text), docIndex);
const ids = (text: string) =>
  read(text).objects.map((o) => `${o.group}|${o.kind}|${o.namespace ?? '-'}|${o.name}|${o.known ? 'read' : 'ignored'}`);

describe('readDocument', () => {
  it('a whole-document object: path [], namespace defaulted, group from the apiVersion', () => {
    const [o] = read('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n', 3).objects;
    expect(o).toMatchObject({ docIndex: 3, path: [], kind: 'Deployment', group: 'apps', namespace: 'default' });
    expect(o.known?.reader).toBe('workload');
  });

  it('cluster-scoped kinds have no namespace, even a stray one', () => {
    expect(ids('kind: Namespace\nmetadata: {name: shop, namespace: x}\n')).toEqual(['|Namespace|-|shop|read']);
    expect(ids('kind: ClusterRole\nmetadata: {name: r}\n')).toEqual(['|ClusterRole|-|r|ignored']);
  });

  it('NetworkPolicy: the three Kubernetes versions and a missing apiVersion are networking.k8s.io; others are ignored', () => {
    const policy = (v: string) => ids(`${v}\nkind: NetworkPolicy\nmetadata: {name: p, namespace: s}\n`)[0];
    expect(policy('apiVersion: networking.k8s.io/v1')).toBe('networking.k8s.io|NetworkPolicy|s|p|read');
    expect(policy('apiVersion: networking.k8s.io/v1beta1')).toBe('networking.k8s.io|NetworkPolicy|s|p|read');
    expect(policy('apiVersion: extensions/v1beta1')).toBe('networking.k8s.io|NetworkPolicy|s|p|read');
    expect(policy('')).toBe('networking.k8s.io|NetworkPolicy|s|p|read');
    expect(policy('apiVersion: projectcalico.org/v3')).toBe('projectcalico.org|NetworkPolicy|s|p|ignored');
    expect(policy('apiVersion: networking.k8s.io/v2')).toBe('networking.k8s.io|NetworkPolicy|s|p|ignored');
  });

  it('expands nested lists with paths to each item; typed lists imply kind and apiVersion', () => {
    const r = read(`apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: PodList
    items:
      - metadata: {name: a, namespace: x}
  - kind: NetworkPolicy
    metadata: {name: np}
  - metadata: {name: no-kind}
`);
    expect(r.objects.map((o) => [o.path, o.kind, o.apiVersion, o.name])).toEqual([
      [['items', 0, 'items', 0], 'Pod', 'v1', 'a'],
      [['items', 1], 'NetworkPolicy', undefined, 'np'],
    ]);
    expect(r.lists.map((l) => [l.path, l.kind])).toEqual([
      [[], 'List'],
      [['items', 0], 'PodList'],
    ]);
    expect(r.stray).toBeUndefined();
  });

  it(`stops expanding lists at depth ${MAX_LIST_DEPTH}`, () => {
    const nest = (depth: number): string =>
      depth === 0 ? '{kind: Pod, metadata: {name: p}}' : `{kind: List, items: [${nest(depth - 1)}]}`;
    expect(read(nest(MAX_LIST_DEPTH)).objects).toHaveLength(1);
    expect(read(nest(MAX_LIST_DEPTH + 1)).objects).toHaveLength(0);
  });

  it('a document that is no object is reported as stray; an empty one is not', () => {
    expect(read('just some text\n').stray).toBeDefined();
    expect(read('metadata: {name: x}\n').stray).toBeDefined();
    expect(read('# only a comment\n').stray).toBeUndefined();
  });
});

describe('owner references', () => {
  const meta = (refs: string) => {
    const doc = parseDocument(`kind: Pod\nmetadata:\n  name: p\n  ownerReferences: ${refs}\n`);
    return { doc, metadata: readDocument(doc, 0).objects[0].metadata };
  };

  it('the controller owner names the workload; Node owners and non-controllers do not; a missing kind is Pod', () => {
    const owner = (refs: string) => {
      const { doc, metadata } = meta(refs);
      return controllerOwner(doc, metadata);
    };
    expect(owner('[{kind: ReplicaSet, name: rs-1, controller: true}]')).toEqual({ kind: 'ReplicaSet', name: 'rs-1' });
    expect(owner('[{kind: Node, name: n1, controller: true}]')).toBeUndefined();
    expect(owner('[{kind: ReplicaSet, name: rs-1}]')).toBeUndefined();
    expect(owner('[{name: x, controller: true}]')).toEqual({ kind: 'Pod', name: 'x' });
  });

  it('exposes every reference, for grouping Pods under their owners', () => {
    const { doc, metadata } = meta('[{apiVersion: apps/v1, kind: ReplicaSet, name: rs-1, controller: true}]');
    expect(ownerReferences(doc, metadata)).toEqual([
      { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs-1', controller: true },
    ]);
  });
});

describe('kinds table', () => {
  it('knows the workload kinds in any apiVersion, and which kinds are cluster-scoped', () => {
    expect(kindInfo('CronJob', 'batch/v1beta1')?.podTemplate).toEqual(['spec', 'jobTemplate', 'spec', 'template']);
    // Issue 14: Services are read (for what Ingresses and Routes reach); a kind the project never reads is not.
    expect(kindInfo('Service', 'v1')?.reader).toBe('service');
    expect(kindInfo('ConfigMap', 'v1')).toBeUndefined();
    expect(isClusterScoped('AdminNetworkPolicy')).toBe(true);
    expect(isClusterScoped('ClusterIssuer')).toBe(true);
    expect(isClusterScoped('ClusterServiceVersion')).toBe(false);
    expect(isClusterScoped('NetworkPolicy')).toBe(false);
  });
});
