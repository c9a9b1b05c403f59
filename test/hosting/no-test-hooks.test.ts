/**
 * The production bundle carries no test hook: `window.__netpolStudio` and `window.__netpolStudioState` exist
 * only in test builds (vite.config.ts, VITE_TEST_HOOKS). Scans the dist/ that `npm test` builds before the unit
 * tests; the test build (dist-test/), when present, must still have them, or this scan proves nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { built, filesOf } from './dist-builds.ts';

const HOOK_NAMES = ['__netpolStudio', '__netpolStudioState'];

const hooksIn = (dir: string): string[] =>
  filesOf(dir, '.js').flatMap((f) => {
    const js = readFileSync(f, 'utf8');
    return HOOK_NAMES.filter((h) => js.includes(h)).map((h) => `${h} in ${f}`);
  });

describe('test hooks', () => {
  it.skipIf(!built('dist'))('appear in no JavaScript file of the production build (dist/)', () => {
    expect(filesOf('dist', '.js').length).toBeGreaterThan(0);
    expect(hooksIn('dist')).toEqual([]);
  });

  it.skipIf(!built('dist-test'))('are in the test build (dist-test/) the e2e suite drives', () => {
    const found = hooksIn('dist-test').join('\n');
    for (const h of HOOK_NAMES) expect(found).toContain(`${h} in`);
  });
});
