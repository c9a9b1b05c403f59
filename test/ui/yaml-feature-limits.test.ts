/** monaco-yaml features by text size (src/ui/editor/yaml-feature-limits.ts): which size counts, and hysteresis. */
import { describe, expect, it } from 'vitest';
import {
  ALL_FEATURES,
  LIMITS,
  allowedFeatures,
  editorOptionsFor,
  modelLanguageFor,
} from '../../src/ui/editor/yaml-feature-limits.ts';

/** A YAML document of exactly `length` characters (a mapping with one long string). */
const doc = (length: number) => {
  const head = 'kind: ConfigMap\ndata:\n  blob: ';
  return head + 'x'.repeat(length - head.length - 1) + '\n';
};

describe('allowedFeatures', () => {
  const { completionAndHover, validate, format } = LIMITS;

  it('keeps everything on for an ordinary workspace', () => {
    expect(allowedFeatures(doc(20_000), ALL_FEATURES)).toEqual(ALL_FEATURES);
  });

  it('turns completion and hover off by the size of the whole text, one document or many', () => {
    const oneLarge = allowedFeatures(doc(completionAndHover.off + 1), ALL_FEATURES);
    expect(oneLarge).toMatchObject({ completion: false, hover: false, validate: true });

    // Many small manifests of the same total size too: yaml-language-server parses the whole text for each.
    const many = Array.from({ length: 40 }, () => doc(Math.ceil(completionAndHover.off / 30))).join('---\n');
    expect(many.length).toBeGreaterThan(completionAndHover.off);
    expect(allowedFeatures(many, ALL_FEATURES)).toMatchObject({ completion: false, hover: false, validate: true });
    // Just under the limit, in many documents, they stay on.
    const under = Array.from({ length: 40 }, () => doc(Math.floor(completionAndHover.on / 41))).join('---\n');
    expect(under.length).toBeLessThan(completionAndHover.on);
    expect(allowedFeatures(under, ALL_FEATURES)).toMatchObject({ completion: true, hover: true });
  });

  it('turns format and validation off by the total size', () => {
    const overFormat = Array.from({ length: 20 }, () => doc(Math.ceil(format.off / 10))).join('---\n');
    expect(allowedFeatures(overFormat, ALL_FEATURES)).toMatchObject({ format: false, validate: true });
    const overValidate = Array.from({ length: 20 }, () => doc(Math.ceil(validate.off / 10))).join('---\n');
    expect(allowedFeatures(overValidate, ALL_FEATURES)).toMatchObject({ format: false, validate: false });
  });

  it("leaves folding to the page's indentation above one size, stops it and sticky scroll above a larger one, and wrapping above a larger one still", () => {
    const { workerFolding, stickyScroll, wordWrap } = LIMITS;
    expect(workerFolding.off).toBeLessThan(stickyScroll.off);
    expect(stickyScroll.off).toBeLessThan(wordWrap.off);
    const manyDocs = (total: number) => Array.from({ length: 20 }, () => doc(Math.ceil(total / 20))).join('---\n');
    const mid = allowedFeatures(manyDocs(workerFolding.off + 1024), ALL_FEATURES);
    expect(mid).toMatchObject({ workerFolding: false, stickyScroll: true });
    expect(editorOptionsFor(mid)).toMatchObject({ foldingStrategy: 'indentation', links: false });
    const big = allowedFeatures(manyDocs(wordWrap.off + 1024), ALL_FEATURES);
    expect(big).toMatchObject({ workerFolding: false, stickyScroll: false, wordWrap: false, completion: false });
    expect(editorOptionsFor(big)).toMatchObject({ links: false, stickyScroll: { enabled: false }, wordWrap: 'off' });
    // Folding by indentation and sticky scroll walk every line on the main thread after each edit: both go
    // off together, at a size where wrapping (computed once, not per edit) stays on.
    expect(LIMITS.folding).toEqual(LIMITS.stickyScroll);
    expect(editorOptionsFor(mid)).toMatchObject({ folding: true });
    expect(editorOptionsFor(big)).toMatchObject({ folding: false });
    // The 1.2 MB workspace of 2,000 workloads the live diff is measured on: no folding, no sticky scroll, wrapped.
    const liveDiffSize = allowedFeatures(manyDocs(1200 * 1024), ALL_FEATURES);
    expect(liveDiffSize).toMatchObject({ folding: false, stickyScroll: false, wordWrap: true, highlight: true });
    expect(editorOptionsFor(liveDiffSize)).toMatchObject({
      folding: false,
      stickyScroll: { enabled: false },
      wordWrap: 'on',
    });
    // Hysteresis: a text just under the limit that had folding off keeps it off until it shrinks below `on`.
    const between = manyDocs(LIMITS.folding.on + 8 * 1024);
    expect(allowedFeatures(between, { ...ALL_FEATURES, folding: false, stickyScroll: false })).toMatchObject({
      folding: false,
    });
    expect(allowedFeatures(between, ALL_FEATURES)).toMatchObject({ folding: true, stickyScroll: true });
    // Without schema completion: no word suggestions from the whole text, no code actions on every cursor move.
    expect(editorOptionsFor(big)).toMatchObject({ wordBasedSuggestions: 'off', lightbulb: { enabled: 'off' } });
    // An ordinary workspace folds with monaco-yaml's ranges, shows links and keeps sticky scroll (by indentation).
    expect(editorOptionsFor(ALL_FEATURES)).toEqual({
      folding: true,
      foldingStrategy: 'auto',
      links: true,
      stickyScroll: { enabled: true, defaultModel: 'indentationModel' },
      wordWrap: 'on',
      wordBasedSuggestions: 'currentDocument',
      lightbulb: { enabled: 'onCode' },
      matchBrackets: 'always',
      unicodeHighlight: { ambiguousCharacters: true, invisibleCharacters: true, nonBasicASCII: 'inUntrustedWorkspace' },
    });
    // A plain-text model (over the colouring limit) is not sent to Monaco's worker to mark unusual characters.
    // Nor are brackets matched around the cursor after every keystroke.
    expect(editorOptionsFor({ ...big, highlight: false })).toMatchObject({
      matchBrackets: 'never',
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
    });
  });

  it('changes nothing between the two sizes of a limit (hysteresis), in either direction', () => {
    const between = doc((completionAndHover.on + completionAndHover.off) / 2);
    const off = { ...ALL_FEATURES, completion: false, hover: false };
    expect(allowedFeatures(between, off)).toEqual(off);
    expect(allowedFeatures(between, ALL_FEATURES)).toEqual(ALL_FEATURES);
    // Below the lower size they come back.
    expect(allowedFeatures(doc(completionAndHover.on - 1), off)).toEqual(ALL_FEATURES);
  });

  it('turns every feature off for a text nested deeper than the reader takes, and back on without it', () => {
    const deep = `ok: 1\n---\nx: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    const off = allowedFeatures(deep, ALL_FEATURES);
    expect(off).toEqual({
      completion: false,
      hover: false,
      format: false,
      validate: false,
      workerFolding: false,
      stickyScroll: false,
      wordWrap: false,
      // Colouring and folding are by size only: both read line by line, and this text is small.
      highlight: true,
      folding: true,
    });
    expect(allowedFeatures('ok: 1\n---\nx: [[1]]\n', off)).toEqual(ALL_FEATURES);
  });

  it('stops colouring (a plain-text model, never tokenized) above the largest size, and colours again below it', () => {
    const { highlight } = LIMITS;
    const manyDocs = (total: number) => Array.from({ length: 20 }, () => doc(Math.ceil(total / 20))).join('---\n');
    expect(modelLanguageFor(ALL_FEATURES)).toBe('yaml');
    const big = allowedFeatures(manyDocs(highlight.off + 1024), ALL_FEATURES);
    expect(big.highlight).toBe(false);
    expect(modelLanguageFor(big)).toBe('plaintext');
    // Just under the upper size it stays as it is, either way; under the lower size it comes back.
    expect(allowedFeatures(manyDocs(highlight.off - 1024), big).highlight).toBe(false);
    expect(allowedFeatures(manyDocs(highlight.off - 1024), ALL_FEATURES).highlight).toBe(true);
    expect(modelLanguageFor(allowedFeatures(manyDocs(highlight.on - 1024), big))).toBe('yaml');
  });
});
