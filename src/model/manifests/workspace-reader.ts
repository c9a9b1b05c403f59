/**
 * `loadWorkspace([file])` through one incremental parser per file name, with
 * the last result of each file kept. Whoever owns a reader (the store's
 * analysis caches, a test, a benchmark) creates it and passes it on, so the
 * graph, the diagnostics and src/sync's applyEdit ask for the same text in
 * turn and share one parse — without any parse living in module state.
 *
 * A Workspace read here is valid until the next `read` of the same file name
 * with another text: the incremental parser shifts cached Documents in place
 * (see incremental.ts), so readers are not shared between owners.
 */
import type { Workspace } from '../types.ts';
import { IncrementalParser } from './incremental.ts';
import type { SourceFile } from './source.ts';
import { buildWorkspace, loadWorkspace, type WorkspaceOptions } from './workspace.ts';

interface Entry {
  parser: IncrementalParser;
  text?: string;
  ws?: Workspace;
}

export class WorkspaceReader {
  /** File name → its parser and last result. */
  private readonly files = new Map<string, Entry>();

  /** `options` are the builder's (workspace.ts), the same for every read. */
  constructor(private readonly options: WorkspaceOptions = {}) {}

  /** `after`, the next text of file `name`, is `before` with [start, end) of it replaced (incremental.ts `tellEdit`). */
  tellEdit(name: string, before: string, after: string, start: number, end: number): void {
    this.files.get(name)?.parser.tellEdit(before, after, start, end);
  }

  /** The Workspace of `file`, parsing only the documents changed since this file's last read. */
  read(file: SourceFile): Workspace {
    let entry = this.files.get(file.name);
    if (!entry) {
      entry = { parser: new IncrementalParser({ dropClusterNoise: this.options.dropClusterNoise }) };
      this.files.set(file.name, entry);
    }
    if (entry.ws && entry.text === file.text) return entry.ws;
    let ws: Workspace;
    try {
      ws = buildWorkspace([entry.parser.parse(file)], this.options);
    } catch {
      // The parser can overflow the stack on absurd nesting: loadWorkspace reports it. Start afresh.
      entry.parser = new IncrementalParser({ dropClusterNoise: this.options.dropClusterNoise });
      ws = loadWorkspace([file], this.options);
    }
    entry.text = file.text;
    entry.ws = ws;
    return ws;
  }
}
