/** The app's builds as the `npm test` chain leaves them: dist/ (production) and dist-test/ (test hooks). */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** True when `dir` holds a build; otherwise warns, so a skipped suite is never silent. */
export function built(dir: string): boolean {
  if (existsSync(join(ROOT, dir, 'index.html'))) return true;
  console.warn(`\n*** ${dir}/ is not built — its checks are SKIPPED (npm test builds it before the unit tests). ***\n`);
  return false;
}

/** Every file under `dir` (relative to the project root) whose name ends in `ext`. */
export function filesOf(dir: string, ext: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(ROOT, dir, f));
}
