/**
 * NetworkPolicies of the workspace, ready for `kubectl apply`: apiVersion
 * networking.k8s.io/v1, kind, metadata (name, namespace, labels, annotations)
 * and spec. Everything else (status, cluster metadata, stray top-level keys)
 * is dropped; a missing namespace becomes `default`, the namespace the analysis
 * assumed, so the applied policy means what the graph showed. Comments stay;
 * a policy that is already clean is exported with its exact text.
 */
import { isMap, isScalar, type Document } from 'yaml';
import { isKubernetesPolicyGroup, kindInfo } from '../manifests/kinds.ts';
import { joinDocuments, segmentText } from './documents.ts';
import { YAML_OUT } from './prepare.ts';

const API_VERSION = 'networking.k8s.io/v1';
const TOP_LEVEL: ReadonlySet<string> = new Set(['apiVersion', 'kind', 'metadata', 'spec']);
const METADATA: ReadonlySet<string> = new Set(['name', 'namespace', 'labels', 'annotations']);
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export interface ExportedPolicy {
  namespace: string;
  name: string;
  /** 1-based line of the policy in the workspace text. */
  line: number;
  /** One YAML document (no leading `---`), ending with a newline. */
  text: string;
}

export interface SkippedDocument {
  /** 1-based line of the document in the workspace text. */
  line: number;
  reason: string;
}

export interface PolicyExport {
  /** All exported policies as one multi-document YAML text. */
  text: string;
  policies: ExportedPolicy[];
  /** NetworkPolicy documents that could not be exported, with why. */
  skipped: SkippedDocument[];
}

export function exportPolicies(workspaceText: string): PolicyExport {
  const { source, segments } = segmentText('workspace', workspaceText);
  const policies: ExportedPolicy[] = [];
  const skipped: SkippedDocument[] = [];
  for (const seg of segments) {
    const doc = seg.parsed.doc;
    if (!isMap(doc.contents) || doc.get('kind') !== 'NetworkPolicy') continue;
    const line = source.lines.position(doc.contents.range?.[0] ?? seg.start).line;
    const apiVersion = doc.get('apiVersion');
    const version = typeof apiVersion === 'string' ? apiVersion : undefined;
    if (kindInfo('NetworkPolicy', version)?.reader !== 'networkPolicy') {
      // The versions the workspace reads (kinds.ts): Calico and other CRDs reuse the kind name, and an
      // unknown networking.k8s.io version has no known shape.
      const what =
        version !== undefined && isKubernetesPolicyGroup(version)
          ? 'NetworkPolicy version this tool reads'
          : 'Kubernetes NetworkPolicy';
      skipped.push({ line, reason: `apiVersion ${apiVersion} is not a ${what}` });
      continue;
    }
    if (seg.hasErrors) {
      skipped.push({ line, reason: 'the document has YAML errors' });
      continue;
    }
    const name = doc.getIn(['metadata', 'name']);
    if (typeof name !== 'string' || name === '') {
      skipped.push({ line, reason: 'the policy has no metadata.name' });
      continue;
    }
    const work = doc.clone();
    const changed = normalise(work);
    const namespace = String(work.getIn(['metadata', 'namespace']));
    const text = changed ? work.toString(YAML_OUT) : withNewline(seg.text);
    policies.push({ namespace, name, line, text: text.replace(/^---[ \t]*\r?\n/, '') });
  }
  const text = joinDocuments(policies.map((p) => p.text));
  return { text, policies, skipped };
}

/** Rewrites a policy document in place into its apply-ready form; returns whether it changed. */
function normalise(doc: Document): boolean {
  let changed = false;
  const root = doc.contents;
  if (!isMap(root)) return false;
  if (doc.get('apiVersion') !== API_VERSION) {
    if (root.has('apiVersion')) doc.set('apiVersion', API_VERSION);
    else root.items.unshift(doc.createPair('apiVersion', API_VERSION));
    changed = true;
  }
  for (const pair of [...root.items]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!TOP_LEVEL.has(key)) {
      root.delete(pair.key);
      changed = true;
    }
  }
  const meta = doc.get('metadata', true);
  if (isMap(meta)) {
    for (const pair of [...meta.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!METADATA.has(key)) {
        meta.delete(pair.key);
        changed = true;
      }
    }
    if (doc.hasIn(['metadata', 'annotations', LAST_APPLIED])) {
      doc.deleteIn(['metadata', 'annotations', LAST_APPLIED]);
      const ann = doc.getIn(['metadata', 'annotations']);
      if (isMap(ann) && ann.items.length === 0) doc.deleteIn(['metadata', 'annotations']);
      changed = true;
    }
    const ns = meta.get('namespace');
    if (typeof ns !== 'string' || ns === '') {
      // Right after the name, where people expect it.
      const at = meta.items.findIndex((p) => isScalar(p.key) && p.key.value === 'name');
      meta.delete('namespace');
      meta.items.splice(at + 1, 0, doc.createPair('namespace', 'default'));
      changed = true;
    }
  }
  return changed;
}

function withNewline(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}
