/**
 * The theme: what the user chose (system, light or dark; remembered in localStorage) and what is shown.
 * The shown theme is set as `<html data-theme>`, which tokens.css keys its colours on; React Flow and Monaco
 * read `resolved` from here. public/theme-boot.js applies the remembered choice before the first paint, so a
 * dark choice on a light system never flashes white.
 */
import { createStore } from 'zustand/vanilla';
import { bindStore } from '../hooks/bind-store.ts';
import type { ThemeName } from './tokens.ts';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The key public/theme-boot.js reads too: keep them the same. */
const STORAGE_KEY = 'netpol-studio.theme';

interface ThemeState {
  choice: ThemeChoice;
  resolved: ThemeName;
  setChoice: (choice: ThemeChoice) => void;
}

const isChoice = (v: unknown): v is ThemeChoice => (THEME_CHOICES as readonly unknown[]).includes(v);

function readChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isChoice(stored) ? stored : 'system';
  } catch {
    return 'system'; // storage blocked (private mode, sandboxed frame): follow the system
  }
}

const systemQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
const resolve = (choice: ThemeChoice): ThemeName =>
  choice === 'system' ? (systemQuery?.matches ? 'dark' : 'light') : choice;

function show(theme: ThemeName) {
  document.documentElement.dataset.theme = theme;
}

const themeStore = createStore<ThemeState>((set) => ({
  choice: readChoice(),
  resolved: resolve(readChoice()),
  setChoice: (choice) => {
    try {
      if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Not remembered, but still applied for this visit.
    }
    set({ choice, resolved: resolve(choice) });
  },
}));

show(themeStore.getState().resolved);
themeStore.subscribe((s, prev) => {
  if (s.resolved !== prev.resolved) show(s.resolved);
});
// Following the system: a change of the OS setting while the app is open switches it too.
systemQuery?.addEventListener('change', () => {
  const { choice } = themeStore.getState();
  if (choice === 'system') themeStore.setState({ resolved: resolve(choice) });
});

export const useTheme = bindStore(themeStore);
