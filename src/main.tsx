import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@xyflow/react/dist/style.css';
import './ui/styles.css';
import './state/test-hook.ts'; // window hook for benchmarks and e2e: installed by test builds only
import './ui/analysis/install.ts'; // large workspaces are analysed in a worker (before the first text loads)
import { configureWorkspaces, startWorkspaces, workspacesStore } from './state/workspaces.ts';
import { App } from './ui/App.tsx';
import shopExample from './ui/examples/shop.yaml?raw';
import { loadWorkspaceText } from './ui/io/apply-text.ts';
import { download, fileStem } from './ui/io/download.ts';
import { startLanguage } from './ui/i18n/start-language.ts';

// Restore the last workspace from browser storage; a first visit opens the
// built-in example. Switching workspaces resets the editor's undo history.
// Text that cannot be stored (full storage, damaged data) is offered as a file.
configureWorkspaces({
  loadText: loadWorkspaceText,
  saveFile: (stem, ext, text) => download(`${fileStem(stem)}.${ext}`, text, 'text/plain'),
});
// Whatever happens while loading, the editor must not stay read-only (YamlEditor waits for `started`).
void startWorkspaces({ example: shopExample }).finally(() => workspacesStore.setState({ started: true }));

// Before the first render, so the first paint is already in the user's language.
const i18n = startLanguage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
