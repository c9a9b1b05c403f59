/** The export and share actions (loaded on first use, see actions.ts). Each reports its outcome to the user. */
import { analyzeConnectivity } from '../../model/analysis/connectivity.ts';
import { connlistEntries } from '../../model/analysis/connlist.ts';
import {
  connectivityCsv,
  connectivityMarkdown,
  encodeShare,
  exportPolicies,
  exportPoliciesZip,
  exportWorkspace,
} from '../../model/io/index.ts';
import { loadWorkspace } from '../../model/manifests/workspace.ts';
import { notify } from '../../state/notices.ts';
import { message } from '../../state/message.ts';
import { APP_READ_OPTIONS } from '../../state/read-options.ts';
import type { ExportKind } from '../../state/baseline-slice.ts';
import { activeName } from '../../state/workspaces.ts';
import { copyText } from './clipboard.ts';
import { download, fileStem } from './download.ts';
import { graphPng, graphSvg } from './graph-image.ts';
import { useStore } from '../hooks/stores.ts';

const text = () => useStore.getState().text;
const stem = () => fileStem(activeName());

/** An export of manifests (for kubectl apply) becomes the live diff's "last export" baseline. */
const recorded = (source: string, what: ExportKind): void =>
  useStore.getState().recordExport({ text: source, at: Date.now(), what });

export function exportWorkspaceYaml(): void {
  const source = text();
  download(`${stem()}.yaml`, exportWorkspace(source), 'application/yaml');
  recorded(source, 'workspace');
}

function reportSkipped(skipped: { line: number; reason: string }[]): void {
  if (skipped.length === 0) return;
  // The reasons come from src/model (exportPolicies) and are shown as it words them.
  const first = skipped
    .slice(0, 3)
    .map((s) => `${s.line}: ${s.reason}`)
    .join('; ');
  notify(
    'info',
    message('ui-io:export.skipped', { count: skipped.length, first: `${first}${skipped.length > 3 ? '; …' : ''}` }),
  );
}

export function exportPoliciesYaml(): void {
  const source = text();
  const result = exportPolicies(source);
  if (result.policies.length === 0) {
    notify('info', message('ui-io:export.noPolicies'));
    return;
  }
  download(`${stem()}-networkpolicies.yaml`, result.text, 'application/yaml');
  recorded(source, 'policies');
  reportSkipped(result.skipped);
}

export function exportPoliciesAsZip(): void {
  const source = text();
  const result = exportPoliciesZip(source);
  if (result.files.length === 0) {
    notify('info', message('ui-io:export.noPolicies'));
    return;
  }
  // Copy into a fresh ArrayBuffer-backed array: the Blob constructor wants exactly that type.
  download(`${stem()}-networkpolicies.zip`, new Uint8Array(result.zip), 'application/zip');
  recorded(source, 'zip');
  reportSkipped(result.skipped);
}

export function copyWorkspaceYaml(): void {
  const source = text();
  // A refused clipboard shows the text to copy by hand: it is exported either way.
  void copyText(exportWorkspace(source), 'workspaceYaml');
  recorded(source, 'copy');
}

export function exportSvg(): void {
  const svg = graphSvg();
  if (!svg) return void notify('info', message('ui-io:export.emptyGraph'));
  download(`${stem()}-graph.svg`, svg, 'image/svg+xml');
}

export async function exportPng(): Promise<void> {
  const svg = graphSvg();
  if (!svg) return void notify('info', message('ui-io:export.emptyGraph'));
  try {
    download(`${stem()}-graph.png`, await graphPng(svg), 'image/png');
  } catch (e) {
    notify('error', message('ui-io:export.pngFailed', { reason: (e as Error).message }));
  }
}

/** Read as the canvas reads it (Pods of a Deployment's ReplicaSet are that Deployment), so the list matches the graph. */
function connectivityRows() {
  return connlistEntries(
    analyzeConnectivity(loadWorkspace([{ name: 'workspace.yaml', text: text() }], APP_READ_OPTIONS)),
  );
}

export function exportCsv(): void {
  download(`${stem()}-connectivity.csv`, connectivityCsv(connectivityRows()), 'text/csv');
}

export function exportMarkdown(): void {
  download(`${stem()}-connectivity.md`, connectivityMarkdown(connectivityRows()), 'text/markdown');
}

/** The link carries the workspace in its fragment, which browsers never send to a server. */
export function shareLink(): string {
  // Only hand-placed positions travel: the receiver's automatic layout of the same text is the same.
  const { manual } = useStore.getState();
  return `${location.origin}${location.pathname}${encodeShare({ text: text(), layout: manual, name: activeName() })}`;
}

export function copyShareLink(): void {
  const link = shareLink();
  if (link.length > 64_000) {
    notify('info', message('ui-io:share.long', { size: Math.round(link.length / 1024) }));
  }
  void copyText(link, 'shareLink');
}
