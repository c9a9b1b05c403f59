import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@xyflow/react/dist/style.css';
import './ui/styles.css';
import './state/test-hook.ts'; // window hook for benchmarks and e2e: installed by test builds only
import './ui/analysis/install.ts'; // large workspaces are analysed in a worker (before the first text loads)
import { createI18n } from './i18n/i18n.ts';
import { detectLanguage } from './i18n/language.ts';
import { configureWorkspaces, startWorkspaces, workspacesStore } from './state/workspaces.ts';
import { App } from './ui/App.tsx';
import shopExample from './ui/examples/shop.yaml?raw';
import { loadWorkspaceText } from './ui/io/apply-text.ts';
import { download, fileStem } from './ui/io/download.ts';

// Restore the last workspace from browser storage; a first visit opens the
// built-in example. Switching workspaces resets the editor's undo history.
// Text that cannot be stored (full storage, damaged data) is offered as a file.
configureWorkspaces({
  loadText: loadWorkspaceText,
  saveFile: (stem, ext, text) => download(`${fileStem(stem)}.${ext}`, text, 'text/plain'),
});
// Whatever happens while loading, the editor must not stay read-only (YamlEditor waits for `started`).
void startWorkspaces({ example: shopExample }).finally(() => workspacesStore.setState({ started: true }));

/** The remembered language choice, if storage lets us read it. */
function storedLanguage(): string | null {
  try {
    return localStorage.getItem('netpol-studio.language');
  } catch {
    return null;
  }
}

// Minimal provider for the keyboard layer's strings (the language switcher's branch brings the full one).
const i18n = createI18n(detectLanguage(storedLanguage(), navigator.languages));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
