/**
 * Saves a file the way every browser supports without a server: a Blob, an
 * object URL and a temporary <a download>. The URL is revoked a little later,
 * because revoking it synchronously can cancel the download in some browsers.
 */
export function download(name: string, content: BlobPart, type: string): void {
  const blob = new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A workspace name as a file name stem: `Example workspace` → `example-workspace`. */
export function fileStem(name: string): string {
  const stem = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return stem || 'workspace';
}
