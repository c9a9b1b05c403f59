/**
 * Files from the Open dialog or a drop → ImportFiles. A dropped folder is
 * walked recursively (webkitGetAsEntry / FileSystemDirectoryReader); only
 * .yaml, .yml and .json files are taken, the rest is listed as skipped so the
 * user knows why a file did not arrive.
 */
import { importFileFromBytes, type ImportFile } from '../../model/io/index.ts';

export const ACCEPT = '.yaml,.yml,.json';
const ACCEPTED = /\.(ya?ml|json)$/i;

export interface CollectedFiles {
  files: ImportFile[];
  skipped: string[];
}

/** Reads files in the order given; paths (from folders) are kept in the names. */
export async function readFiles(entries: readonly { file: File; path: string }[]): Promise<CollectedFiles> {
  const files: ImportFile[] = [];
  const skipped: string[] = [];
  for (const { file, path } of entries) {
    if (!ACCEPTED.test(file.name)) {
      skipped.push(path);
      continue;
    }
    // Bytes, not file.text(): that would turn bytes that are not UTF-8 into U+FFFD without a word.
    files.push(importFileFromBytes(path, new Uint8Array(await file.arrayBuffer())));
  }
  return { files, skipped };
}

export function fromFileList(list: FileList | readonly File[]): { file: File; path: string }[] {
  return [...list].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
}

/**
 * DataTransfer items must be read synchronously inside the drop handler (the
 * browser empties them afterwards), so this takes the entries and files first
 * and walks folders afterwards. Synthetic DataTransfers (and some browsers)
 * have no entries: then the plain files are used.
 */
export function takeDropped(dt: DataTransfer): () => Promise<{ file: File; path: string }[]> {
  const roots: FileSystemEntry[] = [];
  const plain: File[] = [];
  for (const item of [...dt.items]) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) roots.push(entry);
    else {
      const f = item.getAsFile();
      if (f) plain.push(f);
    }
  }
  if (roots.length === 0 && plain.length === 0) plain.push(...dt.files);
  return async () => {
    const out = plain.map((file) => ({ file, path: file.name }));
    for (const root of roots) await walk(root, '', out);
    // Folder walks return entries in no fixed order; sorted paths make imports repeatable.
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  };
}

async function walk(entry: FileSystemEntry, prefix: string, out: { file: File; path: string }[]): Promise<void> {
  const path = prefix + entry.name;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, path });
    return;
  }
  if (!entry.isDirectory) return;
  // Hidden folders (.git, .github) hold CI files, not manifests.
  if (entry.name.startsWith('.')) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns batches (100 in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, `${path}/`, out);
  }
}
