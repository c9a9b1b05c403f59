// The app's rendering of core messages follows the language of the i18next instance its
// provider supplies (the language switch), and stays English without one.
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.ts';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import { say } from '../../src/model/validation/messages.ts';
import { useCoreText } from '../../src/ui/text/use-core-text.ts';

const said = say('selectsNothing', { policy: 'shop/db', namespace: 'shop' });
const finding: Diagnostic = {
  file: 'a.yaml',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  offset: 0,
  endOffset: 1,
  severity: 'warning',
  rule: 'selects-nothing',
  message: said.text,
  ref: said.ref,
};

function Probe() {
  const core = useCoreText();
  return h('p', null, core.diagnostic(finding));
}

describe('core messages in the app', () => {
  it('speak the language of the provided instance', () => {
    const html = renderToStaticMarkup(h(I18nextProvider, { i18n: createI18n('ja') }, h(Probe)));
    expect(html).toBe(
      '<p>shop/db の spec.podSelector は Namespace shop のどのワークロードも選択しないため、このポリシーはここでは効果がありません。</p>',
    );
  });
  it('stay English without a provider', () => {
    expect(renderToStaticMarkup(h(Probe))).toBe(`<p>${said.text}</p>`);
  });
});
