/**
 * Whether the first-visit tour has been seen, remembered in this browser.
 * Where storage is unavailable the tour is treated as seen: a tour that
 * cannot be remembered would come back on every visit.
 */
const SEEN_KEY = 'netpol-studio.tour-seen';

/**
 * Test builds only: a spec sets this to `1` to get the first-visit tour. Every e2e spec loads the app
 * fresh, and a dialog opening over it would take its keys and clicks; production builds never read it.
 */
const TEST_SHOW_KEY = 'netpol-studio.test.show-tour';

function read(key: string): string | null | undefined {
  try {
    return localStorage.getItem(key);
  } catch {
    return undefined;
  }
}

export function markTourSeen(): void {
  try {
    localStorage.setItem(SEEN_KEY, '1');
  } catch {
    // Not remembered: see above, the next visit treats it as seen too.
  }
}

/** True on a first visit: the tour then opens by itself (once). */
export function tourOpensByItself(): boolean {
  const seen = read(SEEN_KEY);
  if (seen !== null) return false; // seen, or storage unavailable (undefined)
  return import.meta.env.VITE_TEST_HOOKS ? read(TEST_SHOW_KEY) === '1' : true;
}
