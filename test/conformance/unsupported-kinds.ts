/**
 * Which oracle inputs hold objects the project does not analyse yet
 * (AdminNetworkPolicy, BaselineAdminNetworkPolicy, Ingress, Route): computed
 * from what the workspace reader says it ignored, so a case starts running by
 * itself as soon as the reader analyses that kind.
 */
import type { SourceFile } from '../../src/model/manifests/source.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';

/** Kinds that change netpol-analyzer's connectivity: ignoring them would make the expected output wrong. */
const CONNECTIVITY_KINDS = ['AdminNetworkPolicy', 'BaselineAdminNetworkPolicy', 'Ingress', 'Route'];

/** The connectivity-changing kinds the workspace reader ignored in `files`. Empty: the case can run. */
export function unanalysedKinds(files: readonly SourceFile[]): string[] {
  const ws = loadWorkspace([...files]);
  const found = new Set<string>();
  for (const d of ws.diagnostics) {
    if (d.rule !== 'ignored-kind') continue;
    const kind = CONNECTIVITY_KINDS.find((k) => d.message.startsWith(`${k} objects`));
    if (kind) found.add(kind);
  }
  return [...found].sort();
}

/** Prints the skipped cases of a suite, with the kinds that make each one wait, so a skip is never silent. */
export function reportSkipped(suite: string, skipped: ReadonlyMap<string, string[]>): void {
  if (skipped.size === 0) return;
  const lines = [...skipped].map(([c, kinds]) => `  - ${c}: input holds ${kinds.join(', ')} (not analysed yet)`);
  console.warn(
    `\n*** ${suite}: ${skipped.size} case(s) SKIPPED until their kinds are analysed:\n${lines.join('\n')}\n`,
  );
}
