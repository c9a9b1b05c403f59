/**
 * While the user types in the YAML, the canvas is its own compositing layer
 * (`.is-typing` in styles.css: `will-change: transform` on React Flow's
 * viewport). Otherwise every repaint of the editor (each character, each
 * caret blink) makes Chromium re-layerize the whole page, a thousand node
 * cards included: ~10 ms a frame on a 1,000-workload graph, twice per
 * keystroke (the editor's frame, then the graph's). It is dropped a moment
 * after typing stops, so zooming later renders text at full sharpness (a
 * promoted layer may be rastered at its old scale).
 */
const TYPING_CLASS = 'is-typing';
const QUIET_MS = 1500;

let timer: ReturnType<typeof setTimeout> | undefined;

/** Called on every edit typed into the editor. */
export function noteTyping(): void {
  if (typeof document === 'undefined') return;
  document.documentElement.classList.add(TYPING_CLASS);
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    document.documentElement.classList.remove(TYPING_CLASS);
  }, QUIET_MS);
}
