/**
 * Monaco follows the app's theme: two themes defined from the same tokens as the rest of the page (its
 * background is the panel's, its selection and line highlight the accent's), on Monaco's own `vs` and
 * `vs-dark` syntax colours. Monaco's theme is global to the page, so one subscription sets it.
 */
import type * as Monaco from 'monaco-editor';
import { useEffect } from 'react';
import { TOKENS, type ThemeName } from '../theme/tokens.ts';
import { useTheme } from '../theme/theme-store.ts';

const NAMES: Record<ThemeName, string> = { light: 'netpol-light', dark: 'netpol-dark' };

/** `#rrggbb` plus an alpha byte, the form Monaco's theme colours take for translucency. */
const alpha = (hex: string, a: number) =>
  `${hex}${Math.round(a * 255)
    .toString(16)
    .padStart(2, '0')}`;

function themeData(theme: ThemeName): Monaco.editor.IStandaloneThemeData {
  const t = TOKENS[theme];
  return {
    base: theme === 'dark' ? 'vs-dark' : 'vs',
    inherit: true,
    // Monaco's dark comment green (#608b4e) is 4.4:1 on the panel and less on the current line: lightened.
    rules: theme === 'dark' ? [{ token: 'comment', foreground: '8fbf7f' }] : [],
    colors: {
      'editor.background': t.panel,
      'editor.foreground': t.ink,
      'editorLineNumber.foreground': t.muted,
      'editorLineNumber.activeForeground': t.ink,
      'editor.lineHighlightBackground': alpha(t.accent, 0.08),
      'editor.selectionBackground': alpha(t.accent, 0.3),
      'editorGutter.background': t.panel,
      'editorWidget.background': t['surface-2'],
      'editorWidget.border': t['line-2'],
      focusBorder: t.focus,
    },
  };
}

let defined = false;

/** The name of Monaco's theme for the app's theme now, defining both themes on first use. */
export function monacoThemeName(monaco: typeof Monaco, theme: ThemeName): string {
  if (!defined) {
    for (const name of ['light', 'dark'] as const) monaco.editor.defineTheme(NAMES[name], themeData(name));
    defined = true;
  }
  return NAMES[theme];
}

/** Switches Monaco's theme whenever the app's theme changes. */
export function useMonacoTheme(monaco: typeof Monaco): void {
  const resolved = useTheme((s) => s.resolved);
  useEffect(() => {
    monaco.editor.setTheme(monacoThemeName(monaco, resolved));
  }, [monaco, resolved]);
}
