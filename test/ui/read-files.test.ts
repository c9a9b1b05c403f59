/**
 * Dropped folders are walked through the (callback-style) FileSystem entry
 * API. Synthetic drops in a browser carry no entries, so the walk is checked
 * here against fake entries: nested folders, batched readEntries, hidden
 * folders skipped, non-YAML files reported as skipped.
 */
import { describe, expect, it } from 'vitest';
import { readFiles, takeDropped } from '../../src/ui/io/read-files.ts';

type Entry = {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
  file?: (ok: (f: File) => void) => void;
  createReader?: () => { readEntries: (ok: (e: Entry[]) => void) => void };
};

const file = (name: string, text: string): Entry => ({
  name,
  isFile: true,
  isDirectory: false,
  file: (ok) => ok(new File([text], name)),
});
/** readEntries answers in batches of two, then an empty batch, like Chromium's batches of 100. */
const dir = (name: string, children: Entry[]): Entry => ({
  name,
  isFile: false,
  isDirectory: true,
  createReader: () => {
    let at = 0;
    return {
      readEntries: (ok) => {
        const batch = children.slice(at, at + 2);
        at += 2;
        setTimeout(() => ok(batch), 0);
      },
    };
  },
});
const dataTransfer = (roots: Entry[], plain: File[] = []) =>
  ({
    items: [
      ...roots.map((e) => ({ kind: 'file', webkitGetAsEntry: () => e, getAsFile: () => null })),
      ...plain.map((f) => ({ kind: 'file', webkitGetAsEntry: () => null, getAsFile: () => f })),
      { kind: 'string', webkitGetAsEntry: () => null, getAsFile: () => null },
    ],
    files: [],
  }) as unknown as DataTransfer;

describe('dropped files and folders', () => {
  it('walks nested folders in batches, sorted by path, skipping hidden folders', async () => {
    const tree = dir('manifests', [
      file('b.yaml', 'kind: B'),
      dir('apps', [file('web.yml', 'kind: Web'), file('README.md', '# not yaml'), file('api.json', '{}')]),
      dir('.git', [file('config.yaml', 'not: manifests')]),
      file('a.yaml', 'kind: A'),
    ]);
    const collect = takeDropped(dataTransfer([tree], [new File(['kind: Loose'], 'loose.yaml')]));
    const entries = await collect();
    expect(entries.map((e) => e.path)).toEqual([
      'loose.yaml',
      'manifests/a.yaml',
      'manifests/apps/README.md',
      'manifests/apps/api.json',
      'manifests/apps/web.yml',
      'manifests/b.yaml',
    ]);
    const { files, skipped } = await readFiles(entries);
    expect(files.map((f) => f.name)).toEqual([
      'loose.yaml',
      'manifests/a.yaml',
      'manifests/apps/api.json',
      'manifests/apps/web.yml',
      'manifests/b.yaml',
    ]);
    expect(files.find((f) => f.name === 'manifests/apps/web.yml')?.text).toBe('kind: Web');
    expect(skipped).toEqual(['manifests/apps/README.md']);
  });
});
