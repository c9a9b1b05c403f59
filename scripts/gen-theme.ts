/**
 * `npm run theme`: writes src/ui/theme/tokens.css from src/ui/theme/tokens.ts (the one source of the colours).
 * test/ui/theme-tokens.test.ts fails when the committed file differs from what this would write.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { themeCss } from '../src/ui/theme/theme-css.ts';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '../src/ui/theme/tokens.css');
writeFileSync(target, themeCss());
console.log(`wrote ${target}`);
