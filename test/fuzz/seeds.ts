/**
 * Texts the mutation fuzzer starts from. Always the project's own inputs (the example workspace, the writer's
 * fixtures, the malformed fixtures, the import fixtures), so a clean clone fuzzes too; plus, when present, the
 * oracle corpus (ORACLE_DIR, see test/conformance/oracle.ts) and the article's seed listings (SEED_DIR, else
 * ../shared/seed beside the project). Files over MAX_SEED_CHARS are left out: one case must stay cheap.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ORACLE_DIR } from '../conformance/oracle.ts';
import { ROOT } from '../hosting/dist-builds.ts';
import { LIST_CRLF, ODD_INDENT, POLICIES_ONLY, SHOP } from '../sync/fixtures.ts';

export interface Seed {
  name: string;
  text: string;
}

export const MAX_SEED_CHARS = 6_000;
const SEED_DIR = process.env.SEED_DIR ? resolve(process.env.SEED_DIR) : resolve(ROOT, '../shared/seed');

function yamlFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ya?ml|json)$/i.test(f))
    .sort()
    .map((f) => join(dir, f))
    .filter((p) => statSync(p).isFile() && statSync(p).size <= MAX_SEED_CHARS);
}

const fromFiles = (label: string, base: string, paths: string[]): Seed[] =>
  paths.map((p) => ({ name: `${label}:${relative(base, p)}`, text: readFileSync(p, 'utf8') }));

/** Every seed, in a fixed order (a FUZZ_SEED replays the same cases only over the same seeds). */
export function loadSeeds(): { seeds: Seed[]; sources: string } {
  const own: Seed[] = [
    { name: 'sync:SHOP', text: SHOP },
    { name: 'sync:POLICIES_ONLY', text: POLICIES_ONLY },
    { name: 'sync:ODD_INDENT', text: ODD_INDENT },
    { name: 'sync:LIST_CRLF', text: LIST_CRLF },
    ...fromFiles('app', ROOT, yamlFilesUnder(join(ROOT, 'src/ui/examples'))),
    ...fromFiles('malformed', ROOT, yamlFilesUnder(join(ROOT, 'test/malformed/fixtures'))),
    ...fromFiles('e2e', ROOT, yamlFilesUnder(join(ROOT, 'test/e2e/fixtures'))),
  ];
  const oracle = fromFiles('oracle', ORACLE_DIR, yamlFilesUnder(ORACLE_DIR));
  const listings = fromFiles('seed', SEED_DIR, yamlFilesUnder(SEED_DIR));
  const sources = `${own.length} own, ${oracle.length} from ${ORACLE_DIR}, ${listings.length} from ${SEED_DIR}`;
  return { seeds: [...own, ...oracle, ...listings], sources };
}
