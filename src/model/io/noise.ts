/**
 * Cluster noise: fields the API server adds to objects read back from a cluster
 * (`kubectl get -o yaml`). They say nothing about connectivity and drown the
 * workspace, so inventory imports drop them. Labels, ownerReferences (the
 * analysis groups pods under their controller owner) and container ports stay.
 */
import { isMap, type Document } from 'yaml';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Fields removed from every `metadata` we clean. */
const METADATA_NOISE = ['managedFields', 'resourceVersion', 'uid', 'creationTimestamp', 'generation', 'selfLink'];

/**
 * Pod-template metadata inside workloads; kubectl prints `creationTimestamp: null` there.
 * Paths are relative to the document root.
 */
const TEMPLATE_METADATA_PATHS: readonly (readonly string[])[] = [
  ['spec', 'template', 'metadata'],
  ['spec', 'jobTemplate', 'metadata'],
  ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
];

/** Removes cluster noise from a document in place; returns whether anything was removed. */
export function stripClusterNoise(doc: Document): boolean {
  if (!isMap(doc.contents)) return false;
  let changed = false;
  const drop = (path: readonly string[]) => {
    if (doc.hasIn(path)) {
      doc.deleteIn(path);
      changed = true;
    }
  };
  drop(['status']);
  for (const key of METADATA_NOISE) drop(['metadata', key]);
  drop(['metadata', 'annotations', LAST_APPLIED]);
  // An annotations map emptied by the line above would print as `annotations: {}`.
  const annotations = doc.getIn(['metadata', 'annotations']);
  if (changed && isMap(annotations) && annotations.items.length === 0) doc.deleteIn(['metadata', 'annotations']);
  for (const meta of TEMPLATE_METADATA_PATHS) {
    drop([...meta, 'creationTimestamp']);
  }
  return changed;
}
