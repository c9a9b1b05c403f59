/**
 * A text large enough to be analysed in the worker crosses to it as changes (state/backend/text-delta.ts),
 * and a keystroke's change is the editor's own account of it, not a comparison of the texts
 * (source-slice.ts). Whatever is typed — keys at one place within a frame, keys at two places, Backspace,
 * a paste of several lines, undo, several cursors — the graph on the canvas is exactly the graph of the
 * text in the editor, as this process derives it from that text.
 */
import type { Page } from '@playwright/test';
import { generate } from '../../bench/generate.ts';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { expect, openApp, test } from './fixtures.ts';

// ~850 KB: over the size the worker takes (backend.ts OFFLOAD_FROM_CHARS).
const TEXT = generate({ namespaces: 50, workloads: 1500, policies: 300 });

/** Once the graph has caught up with the editor: the editor's text and the graph's node and edge ids. */
async function settled(page: Page): Promise<{ text: string; nodes: string[]; edges: string[] }> {
  await page.waitForFunction(
    () => {
      const { store, view } = window.__netpolStudioState!;
      const s = store.getState();
      return !s.parsePending && !view().updating && s.parsedText === window.__netpolStudio!.editor.getValue();
    },
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  return page.evaluate(() => {
    const { graph } = window.__netpolStudioState!.view();
    return {
      text: window.__netpolStudio!.editor.getValue(),
      nodes: graph.nodes.map((n) => n.id).sort(),
      edges: graph.edges.map((e) => `${e.id} ${e.label}`).sort(),
    };
  });
}

/** What the graph of `text` is, derived here from the text alone. */
function expected(text: string): { nodes: string[]; edges: string[] } {
  const graph = deriveGraph(loadWorkspace([{ name: 'workspace.yaml', text }]));
  return { nodes: graph.nodes.map((n) => n.id).sort(), edges: graph.edges.map((e) => `${e.id} ${e.label}`).sort() };
}

async function expectGraphOfEditorText(page: Page, what: string): Promise<string> {
  const drawn = await settled(page);
  const want = expected(drawn.text);
  expect(drawn.nodes, `nodes after ${what}`).toEqual(want.nodes);
  expect(drawn.edges, `edges after ${what}`).toEqual(want.edges);
  return drawn.text;
}

/** Runs Monaco commands in one task (so within one frame, before the store parses), at `offset`. */
async function typeAt(
  page: Page,
  offset: number,
  steps: ({ type: string } | { paste: string } | 'Backspace')[],
): Promise<void> {
  await page.evaluate(
    ({ offset, steps }) => {
      const editor = window.__netpolStudio!.editor;
      const position = editor.getModel()!.getPositionAt(offset);
      editor.setSelection({
        startLineNumber: position.lineNumber,
        startColumn: position.column,
        endLineNumber: position.lineNumber,
        endColumn: position.column,
      });
      for (const step of steps)
        if (step === 'Backspace') editor.trigger('keyboard', 'deleteLeft', null);
        else if ('paste' in step) editor.trigger('keyboard', 'paste', { text: step.paste });
        else editor.trigger('keyboard', 'type', { text: step.type });
    },
    { offset, steps },
  );
}

test('edits of a text the worker analyses leave the graph of exactly the editor text', async ({ page, watch }) => {
  test.setTimeout(240_000);
  void watch;
  await openApp(page);
  await page.evaluate((t) => window.__netpolStudio!.loadWorkspaceText(t), TEXT);
  let text = await expectGraphOfEditorText(page, 'the load');
  expect(text.length).toBeGreaterThan(768 * 1024);

  // Keys at one place, within one frame: a selector typed into one no workload has, and half taken back.
  const selector = text.indexOf('matchLabels: {tier: db}') + 'matchLabels: {tier: db'.length;
  await typeAt(page, selector, [{ type: 'x' }, { type: 'y' }, 'Backspace']);
  text = await expectGraphOfEditorText(page, 'keys at one place');
  expect(text).toContain('matchLabels: {tier: dbx}');

  // Keys at two places in one frame: a comment at the top, and the same selector put back.
  const again = text.indexOf('matchLabels: {tier: dbx}') + 'matchLabels: {tier: dbx'.length;
  await page.evaluate(
    ({ again }) => {
      const editor = window.__netpolStudio!.editor;
      const model = editor.getModel()!;
      const at = model.getPositionAt(again);
      editor.executeEdits('test', [
        {
          range: {
            startLineNumber: at.lineNumber,
            startColumn: at.column - 1,
            endLineNumber: at.lineNumber,
            endColumn: at.column,
          },
          text: '',
        },
      ]);
      editor.executeEdits('test', [
        { range: { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 1 }, text: '# edited\n' },
      ]);
    },
    { again },
  );
  text = await expectGraphOfEditorText(page, 'keys at two places');
  expect(text.startsWith('# edited\n')).toBe(true);

  // A paste of several lines (a new policy) at the end, then undo of it.
  const policy = [
    '---',
    'apiVersion: networking.k8s.io/v1',
    'kind: NetworkPolicy',
    'metadata: {name: typed-in, namespace: ns-1}',
    'spec:',
    '  podSelector: {matchLabels: {tier: web}}',
    '  ingress:',
    '    - from: [{podSelector: {matchLabels: {tier: api}}}]',
    '      ports: [{port: 7443}]',
    '',
  ].join('\n');
  await typeAt(page, text.length, [{ paste: policy }]);
  text = await expectGraphOfEditorText(page, 'a paste of a policy');
  expect(text).toContain('name: typed-in');
  await page.evaluate(() => window.__netpolStudio!.editor.trigger('keyboard', 'undo', null));
  text = await expectGraphOfEditorText(page, 'undo');
  expect(text).not.toContain('name: typed-in');

  // Several cursors: one edit event with several changes.
  await page.evaluate(() => {
    const editor = window.__netpolStudio!.editor;
    const model = editor.getModel()!;
    const lines = [2, 40, 400].map((n) => model.getLineMaxColumn(n));
    editor.setSelections(
      [2, 40, 400].map((line, i) => ({
        selectionStartLineNumber: line,
        selectionStartColumn: lines[i],
        positionLineNumber: line,
        positionColumn: lines[i],
      })),
    );
    editor.trigger('keyboard', 'type', { text: ' # three cursors' });
  });
  text = await expectGraphOfEditorText(page, 'several cursors');
  expect(text.split(' # three cursors').length).toBe(4);
});
