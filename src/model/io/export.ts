/**
 * Workspace out: the whole workspace, only its NetworkPolicies (one YAML text
 * or a zip with `<namespace>/<name>.yaml` per policy), and the connectivity
 * list as CSV / Markdown. The UI turns the results into downloads.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { exportPolicies, type SkippedDocument } from './policy-export.ts';

export { exportPolicies } from './policy-export.ts';
export type { SkippedDocument } from './policy-export.ts';
export { connectivityCsv, connectivityMarkdown } from './table-export.ts';
/**
 * The whole workspace as one multi-document YAML, exactly as written (comments,
 * order, formatting), so importing it back gives the identical workspace.
 */
export function exportWorkspace(workspaceText: string): string {
  return workspaceText;
}

export interface PolicyZip {
  zip: Uint8Array;
  /** Paths inside the zip, in order. */
  files: string[];
  skipped: SkippedDocument[];
}

/**
 * One file per policy, a folder per namespace. Two policies with the same
 * namespace/name would be the same object for kubectl: the later one wins, as
 * it would on apply, and the earlier is listed in `skipped`.
 */
export function exportPoliciesZip(workspaceText: string, options: { mtime?: Date } = {}): PolicyZip {
  const { policies, skipped } = exportPolicies(workspaceText);
  // Flat `ns/name.yaml` keys: the folders exist through the paths, without separate directory entries.
  const entries: Zippable = {};
  const skippedAll = [...skipped];
  for (const p of policies) {
    const path = `${safeSegment(p.namespace)}/${safeSegment(p.name)}.yaml`;
    if (entries[path])
      skippedAll.push({
        line: p.line,
        reason: `${p.namespace}/${p.name} appears more than once; only the last one is in the zip`,
      });
    entries[path] = strToU8(p.text);
  }
  const files = Object.keys(entries);
  const zip = zipSync(entries, { level: 6, mtime: options.mtime ?? new Date() });
  return { zip, files, skipped: skippedAll };
}

/**
 * Valid names are DNS-1123 and path-safe already; anything else (the workspace may
 * hold invalid names) must not escape its folder or create odd paths in the zip.
 */
function safeSegment(name: string): string {
  const s = name.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^\.*$/.test(s) ? `_${s}` : s;
}
