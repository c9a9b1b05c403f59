/**
 * Which monaco-yaml features the size of the text allows. Each feature has an
 * upper size where it goes off and a lower one where it comes back on, so text
 * hovering around a limit does not toggle it on every keystroke (each toggle
 * restarts monaco-yaml's worker). Pure: no Monaco here, tested in Node.
 *
 * Figures below are from yaml-language-server 1.x as bundled in monaco-yaml 5.5,
 * measured in Node on a generated kubectl List (test/e2e/kubectl-list.ts) on
 * the 2-core CI machine under load; a developer's laptop is several times faster.
 */

import { findDeepNesting } from '../../model/manifests/nesting.ts';

export interface YamlFeatures {
  /** Schema completion and hover. */
  completion: boolean;
  hover: boolean;
  /** "Format Document" (prettier). */
  format: boolean;
  /** Schema markers. */
  validate: boolean;
  /**
   * Folding ranges and links answered by monaco-yaml's worker. Off: the editor folds by indentation on the
   * page (the same folds for YAML) and shows no links.
   */
  workerFolding: boolean;
  /** Sticky scroll (by indentation, on the page's main thread). */
  stickyScroll: boolean;
  /** Long lines wrapped in the editor. */
  wordWrap: boolean;
  /** Syntax colouring (the model's language is YAML; off, it is plain text and nothing is tokenized). */
  highlight: boolean;
  /** Folding at all (by the worker's ranges or by indentation). */
  folding: boolean;
}

export const ALL_FEATURES: YamlFeatures = {
  completion: true,
  hover: true,
  format: true,
  validate: true,
  workerFolding: true,
  stickyScroll: true,
  wordWrap: true,
  highlight: true,
  folding: true,
};

/** Off above `off` characters, back on below `on`. */
interface Limit {
  off: number;
  on: number;
}

const KB = 1024;

export const LIMITS = {
  /**
   * Completion and hover (and the code actions Monaco asks for on every cursor move, which the lightbulb
   * shows) work on yaml-language-server's parse of the whole text, made again for every version: typing in
   * the 566 KB `bench:browser` workspace, its worker spent ~270 ms of a core per keystroke parsing for quick
   * suggestions and ~130 ms per cursor move walking every scalar for code actions (Chromium trace, 10
   * keystrokes), on a 2-core machine where the page needs the other core. Measured on the whole text, then:
   * an earlier limit on the largest document missed that a workspace of many small manifests is parsed whole
   * too. Checking the document under the cursor against the schema adds ~3 ms per KB of that document.
   */
  completionAndHover: { off: 256 * KB, on: 192 * KB },
  /**
   * prettier re-prints the whole text in the worker: 10 s at 600 KB, 73 s at 3.7 MB, holding the worker (so
   * markers and completion) all that time; "Format Document" is hidden above the limit.
   */
  format: { off: 1024 * KB, on: 768 * KB },
  /**
   * Validation parses and checks the whole text 500 ms after each edit: 13 s for a 3 MB List. Above the limit
   * its markers would come long after the edit and keep a core busy while typing; netpol-studio's own
   * diagnostics still run.
   */
  validate: { off: 4096 * KB, on: 3072 * KB },
  /**
   * The editor asks monaco-yaml's worker for folding ranges and for links after every edit, and the worker
   * parses the whole text again for each new version: typing in the 566 KB `bench:browser` workspace, ~250 ms
   * of a core per keystroke (Chromium trace, once completion and code actions were off); on a pasted 10 MB
   * dump, 10.8 s. On a 2-core machine that is the core the page needs. Indentation gives YAML the same folds.
   */
  workerFolding: { off: 256 * KB, on: 192 * KB },
  /**
   * Sticky scroll walks every line's indentation on the main thread after an edit: ~26 ms at 1.2 MB (59,000
   * lines; the `bench:live-diff` workspace, profiled), ~120 ms at 10 MB. Off with folding (below).
   */
  stickyScroll: { off: 512 * KB, on: 384 * KB },
  /**
   * Folding by indentation walks every line again after each edit, then rewrites its decorations, in one task
   * on the main thread once edits pause: ~100 ms at 1.2 MB (59,000 lines: 49 ms computing the ranges, 57 ms
   * decorating; the first edit of `bench:live-diff`, profiled), so ~50 ms at this limit, the longest task the
   * analysis views allow themselves (issue 13); ~200 ms at 22 MB. VS Code turns folding off for large files
   * too. Turning it off narrows the gutter, which makes Monaco wrap every line again while wrapping is on
   * (340 ms at 10 MB): a text that arrives whole is limited before it is in (yaml-feature-limiter.ts), and
   * typing across this limit rewraps ~512 KB once.
   */
  folding: { off: 512 * KB, on: 384 * KB },
  /**
   * Wrapping computes the line breaks of every line when a text arrives and again whenever the gutter or
   * the pane changes width (the gutter widens once a text passes 99,999 lines): ~250 ms each at 10 MB, in
   * the task of the paste. kubectl output has short lines anyway.
   */
  wordWrap: { off: 4096 * KB, on: 3072 * KB },
  /**
   * Monaco colours YAML by tokenizing every line of the text on the main thread, in the background after a
   * change but to the end: 5.5 s of the page's main thread after pasting a 10 MB dump (`bench:big` trace),
   * on a 2-core machine where the analysis worker needs the other core, so the first graph came seconds
   * later. VS Code stops colouring large files for the same reason. Plain text above the limit.
   */
  highlight: { off: 4096 * KB, on: 3072 * KB },
} satisfies Record<string, Limit>;

const within = (size: number, limit: Limit, now: boolean) => (size > limit.off ? false : size < limit.on ? true : now);

const NO_FEATURES: YamlFeatures = {
  completion: false,
  hover: false,
  format: false,
  validate: false,
  workerFolding: false,
  stickyScroll: false,
  wordWrap: false,
  highlight: false,
  folding: false,
};

/**
 * The features `text` allows, given those in force now (between the two sizes of a limit nothing changes).
 * A text nested deeper than the reader takes (model/manifests/nesting.ts) gets none: yaml-language-server
 * walks documents recursively and threw a RangeError (stack overflow) in the console on 50,000 levels;
 * netpol-studio's own reader reports the place instead.
 */
export function allowedFeatures(text: string, now: YamlFeatures): YamlFeatures {
  const bySize: YamlFeatures = {
    completion: within(text.length, LIMITS.completionAndHover, now.completion),
    hover: within(text.length, LIMITS.completionAndHover, now.hover),
    format: within(text.length, LIMITS.format, now.format),
    validate: within(text.length, LIMITS.validate, now.validate),
    workerFolding: within(text.length, LIMITS.workerFolding, now.workerFolding),
    stickyScroll: within(text.length, LIMITS.stickyScroll, now.stickyScroll),
    wordWrap: within(text.length, LIMITS.wordWrap, now.wordWrap),
    // Colouring and folding go by size alone (below): both read line by line, never recursively.
    highlight: within(text.length, LIMITS.highlight, now.highlight),
    folding: within(text.length, LIMITS.folding, now.folding),
  };
  // Nothing left for deep nesting to turn off: its scan of the whole text is skipped (226 ms a keystroke in a
  // 22 MB List, traced).
  // Colouring and folding (by indentation, then) stay by size: both read line by line, never recursively.
  const lineByLine = { highlight: bySize.highlight, folding: bySize.folding };
  if (sameFeatures(bySize, { ...NO_FEATURES, ...lineByLine })) return bySize;
  if (findDeepNesting(text) !== undefined) return { ...NO_FEATURES, ...lineByLine };
  return bySize;
}

/** The same monaco-yaml configuration: changing it restarts the worker. */
export const sameWorkerFeatures = (a: YamlFeatures, b: YamlFeatures) =>
  a.completion === b.completion && a.hover === b.hover && a.format === b.format && a.validate === b.validate;

export const sameFeatures = (a: YamlFeatures, b: YamlFeatures) =>
  sameWorkerFeatures(a, b) &&
  a.workerFolding === b.workerFolding &&
  a.stickyScroll === b.stickyScroll &&
  a.wordWrap === b.wordWrap &&
  a.highlight === b.highlight &&
  a.folding === b.folding;

/** The editor model's language for these features: plain text is never tokenized. */
export const modelLanguageFor = (features: YamlFeatures): 'yaml' | 'plaintext' =>
  features.highlight ? 'yaml' : 'plaintext';

/** The editor options that carry the features monaco-yaml's configuration does not (Monaco option names). */
export function editorOptionsFor(features: YamlFeatures) {
  return {
    folding: features.folding,
    foldingStrategy: features.workerFolding ? ('auto' as const) : ('indentation' as const),
    links: features.workerFolding,
    // Sticky scroll's default outline model asks monaco-yaml's worker for the document symbols of the whole
    // text after every edit, and rebuilding that outline on the main thread took 60–100 ms per keystroke on
    // a 566 KB workspace, delaying the graph (issue 4). Indentation gives the same enclosing key lines locally.
    stickyScroll: { enabled: features.stickyScroll, defaultModel: 'indentationModel' as const },
    // Comments in pasted manifests are often long; wrap rather than scroll sideways.
    wordWrap: features.wordWrap ? ('on' as const) : ('off' as const),
    // Without schema completion, quick suggestions would offer the text's own words: Monaco's editor worker
    // splits the whole text into words for every keystroke's request.
    wordBasedSuggestions: features.completion ? ('currentDocument' as const) : ('off' as const),
    // Off, Monaco asks for code actions only when the person does (Ctrl+.), not on every cursor move.
    lightbulb: { enabled: features.completion ? ('onCode' as const) : ('off' as const) },
    // Matching brackets are looked for around the cursor after every keystroke and cursor move, on the main
    // thread: ~23 ms a keystroke in a 22 MB List (profiled), where kubectl output has almost no brackets
    // anyway. Off with the colours; on, Monaco's default.
    matchBrackets: features.highlight ? ('always' as const) : ('never' as const),
    // Monaco marks invisible and confusable characters by sending the whole text to its editor worker and
    // scanning all of it there after every edit: for a 22 MB List, on the core the analysis worker needs. Off with
    // the colours (a plain-text model); on, Monaco's own defaults.
    unicodeHighlight: features.highlight
      ? { ambiguousCharacters: true, invisibleCharacters: true, nonBasicASCII: 'inUntrustedWorkspace' as const }
      : { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
  };
}
