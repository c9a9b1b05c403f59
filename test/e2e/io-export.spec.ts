/**
 * Every export path of issue 5, with the downloaded file read back and
 * checked: workspace YAML, NetworkPolicies only, the per-namespace zip, PNG,
 * SVG, the connectivity list as CSV and Markdown, and copying to the clipboard.
 */
import { strFromU8, unzipSync } from 'fflate';
import { parseAllDocuments } from 'yaml';
import { test, expect, openApp, ORIGIN } from './fixtures.ts';
import { editorText, exportFile, pick } from './io-helpers.ts';

test('workspace YAML downloads exactly as the editor holds it', async ({ page, watch: _watch }) => {
  await openApp(page);
  const { download, bytes } = await exportFile(page, 'export-workspace');
  expect(download.suggestedFilename()).toBe('example-workspace.yaml');
  expect(bytes.toString('utf8')).toBe(await editorText(page));
});

test('NetworkPolicies only: every document is an apply-ready policy', async ({ page, watch: _watch }) => {
  await openApp(page);
  const { download, bytes } = await exportFile(page, 'export-policies');
  expect(download.suggestedFilename()).toBe('example-workspace-networkpolicies.yaml');
  const docs = parseAllDocuments(bytes.toString('utf8')).map(
    (d) => d.toJS() as { apiVersion: string; kind: string; metadata: { name: string; namespace: string } },
  );
  expect(docs.map((d) => d.metadata.name)).toEqual(['default-deny', 'allow-dns', 'web', 'api', 'db']);
  for (const d of docs) {
    expect(d.kind).toBe('NetworkPolicy');
    expect(d.apiVersion).toBe('networking.k8s.io/v1');
    expect(d.metadata.namespace).toBe('shop');
  }
});

test('the zip holds one file per policy in a folder per namespace', async ({ page, watch: _watch }) => {
  await openApp(page);
  const { download, bytes } = await exportFile(page, 'export-zip');
  expect(download.suggestedFilename()).toBe('example-workspace-networkpolicies.zip');
  const files = unzipSync(new Uint8Array(bytes));
  expect(Object.keys(files).sort()).toEqual([
    'shop/allow-dns.yaml',
    'shop/api.yaml',
    'shop/db.yaml',
    'shop/default-deny.yaml',
    'shop/web.yaml',
  ]);
  const db = strFromU8(files['shop/db.yaml']);
  expect(db).toContain('kind: NetworkPolicy');
  expect(db).toContain('name: db');
  expect(db).toContain('port: 5432');
});

test('the graph exports as SVG with the node labels as text', async ({ page, watch: _watch }) => {
  await openApp(page);
  const { download, bytes } = await exportFile(page, 'export-svg');
  expect(download.suggestedFilename()).toBe('example-workspace-graph.svg');
  const svg = bytes.toString('utf8');
  // Parse it the way an image viewer would; a parser error would show up as <parsererror>.
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      paths: doc.querySelectorAll('path[marker-end]').length,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  for (const label of ['shop', 'web', 'api', 'db', 'TCP 5432'])
    expect(parsed.texts.some((t) => t.startsWith(label))).toBe(true);
  expect(parsed.paths).toBeGreaterThanOrEqual(4);
});

test('the graph exports as PNG', async ({ page, watch: _watch }) => {
  await openApp(page);
  const { download, bytes } = await exportFile(page, 'export-png');
  expect(download.suggestedFilename()).toBe('example-workspace-graph.png');
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(10_000);
  // IHDR: width and height (big-endian) of a 2× rendering of the whole graph.
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(600);
  expect(bytes.readUInt32BE(20)).toBeGreaterThan(300);
});

test('the connectivity list exports as CSV and as Markdown', async ({ page, watch: _watch }) => {
  await openApp(page);
  const csv = (await exportFile(page, 'export-csv')).bytes.toString('utf8');
  expect(csv.split('\r\n')[0]).toBe('src,dst,conn');
  expect(csv).toContain('shop/api[Deployment],shop/db[Deployment],TCP 5432\r\n');
  expect(csv).toContain('0.0.0.0-255.255.255.255[External],shop/web[Deployment],TCP 8080\r\n');
  const md = (await exportFile(page, 'export-md')).bytes.toString('utf8');
  expect(md.split('\n').slice(0, 2)).toEqual(['| src | dst | conn |', '|-----|-----|------|']);
  expect(md).toContain('| shop/web[Deployment] | shop/api[Deployment] | TCP 8080 |');
});

test('copy to clipboard puts the workspace YAML there and confirms it', async ({ page, context, watch: _watch }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  await openApp(page);
  await pick(page, 'export-menu', 'copy-yaml');
  await expect(page.getByTestId('notice-success')).toContainText('Workspace YAML copied to the clipboard');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await editorText(page));
});

test('when the clipboard refuses, the text is offered to copy by hand', async ({ page, watch: _watch }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
    });
  });
  await openApp(page);
  await pick(page, 'export-menu', 'copy-yaml');
  const dialog = page.getByTestId('copy-fallback');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Could not copy automatically (Write permission denied.)');
  expect(await page.getByTestId('copy-fallback-text').inputValue()).toBe(await editorText(page));
  // The text is selected, ready for Ctrl+C.
  expect(
    await page.evaluate(() => {
      const t = document.activeElement as HTMLTextAreaElement;
      return t.selectionEnd - t.selectionStart;
    }),
  ).toBeGreaterThan(100);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
